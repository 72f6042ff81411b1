import { afterAll, afterEach, beforeEach, vi } from "vitest";
import { testDatabaseUrl } from "./test-database";

process.env.DATABASE_URL = testDatabaseUrl(process.env.DATABASE_URL);
process.env.LOG_LEVEL = "silent";

// A console.error during a test is a failure.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) throw new Error(`console.error was called: ${errors.map((e) => e.map(String).join(" ")).join("\n")}`);
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
});
