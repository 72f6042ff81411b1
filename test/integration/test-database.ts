// Integration tests run on their own database next to the app's, rebuilt from the migrations and the seed.
export const TEST_DATABASE = "expediente_test";

export function testDatabaseUrl(serverUrl: string | undefined): string {
  if (!serverUrl) throw new Error("DATABASE_URL is not set: run integration tests with npm run test:integration");
  const url = new URL(serverUrl);
  url.pathname = `/${TEST_DATABASE}`;
  return url.toString();
}
