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
 */
export function productionNodeFlags(env = process.env) {
  const heapMb = Number(env.EXPEDIENTE_MAX_HEAP_MB ?? 0) || 256;
  return [`--max-old-space-size=${heapMb}`, "--max-semi-space-size=8"];
}

/** The arguments after `node` that run `next start` on `port`. */
export function nextStartArgs(port, env = process.env) {
  return [...productionNodeFlags(env), path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)];
}
