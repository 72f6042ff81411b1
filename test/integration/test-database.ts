import { databaseUrl } from "../../scripts/db.mjs";

// Integration tests run on their own database next to the app's, rebuilt from the migrations and the seed.
export const TEST_DATABASE = "expediente_test";

/** The configured server's URL (with-db.mjs sets it), which the test database sits next to. */
export function testServerUrl(serverUrl: string | undefined): string {
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run integration tests with npm run test:integration");
  return serverUrl;
}

export function testDatabaseUrl(serverUrl: string | undefined): string {
  return databaseUrl(testServerUrl(serverUrl), TEST_DATABASE);
}
