import { freshSeededDatabase } from "../../scripts/db.mjs";
import { TEST_DATABASE, testServerUrl } from "./test-database";

export default async function setup() {
  await freshSeededDatabase(testServerUrl(process.env.DATABASE_URL), TEST_DATABASE, { SEED_DEMO_USERS: "1", EXPEDIENTE_EMBEDDED_DB: "0" });
}
