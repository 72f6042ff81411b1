import net from "node:net";
import { describe, expect, it } from "vitest";
import { runScript } from "./run-script";

function expectOneLineExplanation(stderr: string, pattern: RegExp) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("bad configuration", () => {
  it("explains a malformed DATABASE_URL in one line", async () => {
    const result = await runScript(["scripts/with-db.mjs", "--no-seed"], { DATABASE_URL: "not a url" });
    expect(result.code).toBe(1);
    expectOneLineExplanation(result.stderr, /^expediente: DATABASE_URL is not a valid URL/);
  });

  it("explains a DATABASE_URL of another scheme in one line", async () => {
    const result = await runScript(["scripts/with-db.mjs", "--no-seed"], { DATABASE_URL: "mysql://u:p@localhost/db" });
    expect(result.code).toBe(1);
    expectOneLineExplanation(result.stderr, /must start with postgresql:\/\//);
  });

  it("explains an unreachable database in one line", async () => {
    const result = await runScript(["scripts/with-db.mjs", "--no-seed"], { DATABASE_URL: "postgresql://u:p@127.0.0.1:1/db" });
    expect(result.code).toBe(1);
    expectOneLineExplanation(result.stderr, /^expediente: Cannot connect to the database at 127\.0\.0\.1:1\/db/);
  });

  it("explains a port that is already taken in one line", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as net.AddressInfo).port;
    try {
      const result = await runScript(["scripts/start.mjs"], { PORT: String(port) });
      expect(result.code).toBe(1);
      expectOneLineExplanation(result.stderr, new RegExp(`^expediente: port ${port} is already in use`));
    } finally {
      server.close();
    }
  });

  it("explains an invalid PORT in one line", async () => {
    const result = await runScript(["scripts/start.mjs"], { PORT: "eighty" });
    expect(result.code).toBe(1);
    expectOneLineExplanation(result.stderr, /PORT must be a number/);
  });
});
