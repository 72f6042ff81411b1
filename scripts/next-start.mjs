// How the production server is started, shared by `npm start`, the servers the tests start and the
// benchmarks, so that what is tested and measured is what runs.
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));

/**
 * V8 grows its heap to absorb a burst of readers and keeps the pages afterwards, so without a cap a
 * minute at 64 connections left the server at 520 MB against 300 MB at rest (BENCHMARKS.md). The old
 * generation is capped and the young one kept small. The cap is twice the largest live heap measured
 * (121 MB, the whole e2e suite against one server): at 128 MB that suite ran the server out of memory.
 * EXPEDIENTE_MAX_HEAP_MB changes it.
 * @param {Record<string, string | undefined>} env
 */
export function productionNodeFlags(env = process.env) {
  const heapMb = Number(env.EXPEDIENTE_MAX_HEAP_MB ?? 0) || 256;
  return [`--max-old-space-size=${heapMb}`, "--max-semi-space-size=8"];
}

/**
 * glibc gives threads that allocate their own malloc arenas, up to eight per core, and keeps what they
 * freed. Node's helper threads (V8's garbage collector, libuv's pool) spread the server's native memory
 * over such arenas: in the same `npm run bench:pages` run, two arenas left the server at 257 MB after the
 * load against 299 MB with glibc's default, at the same throughput (BENCHMARKS.md). The environment of
 * the process that runs `nextStartArgs`. A MALLOC_ARENA_MAX that is set and not empty wins (16 is
 * glibc's own default on two cores).
 * @template {Record<string, string | undefined>} Env
 * @param {Env} env
 * @returns {Env & { MALLOC_ARENA_MAX: string }}
 */
export function productionEnv(env = process.env) {
  return { ...env, MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX || "2" };
}

/**
 * The arguments after `node` that run `next start` on `port`.
 * @param {number | string} port
 * @param {Record<string, string | undefined>} env
 */
export function nextStartArgs(port, env = process.env) {
  return [...productionNodeFlags(env), path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)];
}

/**
 * What runs `next start` on `port` as production does: the arguments after `node` and the process's
 * environment (`env` plus the memory settings and PORT), the heap flag read from that same environment.
 * @template {Record<string, string | undefined>} Env
 * @param {number | string} port
 * @param {Env} env
 */
export function nextStartCommand(port, env) {
  const processEnv = { ...productionEnv(env), PORT: String(port) };
  return { args: nextStartArgs(port, processEnv), env: processEnv };
}
