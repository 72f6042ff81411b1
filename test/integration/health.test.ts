import { describe, expect, it } from "vitest";
import { checkHealth } from "@/lib/health/check-health";

describe("health", () => {
  it("reports the database as reachable", async () => {
    expect(await checkHealth()).toEqual({ status: "ok", database: "ok" });
  });
});
