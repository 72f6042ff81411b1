import { describe, expect, it } from "vitest";
import { nextStartArgs, productionEnv, productionNodeFlags } from "./next-start.mjs";

// The memory settings BENCHMARKS.md measured are the ones every production server starts with.
describe("how the production server is started", () => {
  it("caps V8's heap at 256 MB unless EXPEDIENTE_MAX_HEAP_MB says otherwise", () => {
    expect(productionNodeFlags({})).toEqual(["--max-old-space-size=256", "--max-semi-space-size=8"]);
    expect(productionNodeFlags({ EXPEDIENTE_MAX_HEAP_MB: "192" })[0]).toBe("--max-old-space-size=192");
    expect(nextStartArgs(3100, {}).slice(0, 2)).toEqual(productionNodeFlags({}));
    expect(nextStartArgs(3100, {}).slice(-3)).toEqual(["start", "-p", "3100"]);
  });

  it("gives glibc two malloc arenas, keeps an operator's own choice, and passes the rest of the environment on", () => {
    expect(productionEnv({ PORT: "3100" })).toEqual({ PORT: "3100", MALLOC_ARENA_MAX: "2" });
    expect(productionEnv({ MALLOC_ARENA_MAX: "4" }).MALLOC_ARENA_MAX).toBe("4");
    expect(productionEnv({ MALLOC_ARENA_MAX: "" }).MALLOC_ARENA_MAX).toBe("2");
  });
});
