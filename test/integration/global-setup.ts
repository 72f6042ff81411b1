import { freshSeededDatabase } from "../../scripts/db.mjs";
import { TEST_DATABASE } from "./test-database";

export default async function setup() {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run integration tests with npm run test:integration");
  await freshSeededDatabase(serverUrl, TEST_DATABASE, { SEED_DEMO_USERS: "1", EXPEDIENTE_EMBEDDED_DB: "0" });
}
