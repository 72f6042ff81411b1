import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

// wrk runs shared by the page benches: requests/s, p50, p99 and the CPU the measured processes spent per request.

/** What browsers send (wrk sends no Accept-Encoding unless told). */
export const BROWSER_HEADERS = ["-H", "Accept-Encoding: gzip, deflate, br", "-H", "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"];

export type WrkResult = { requests: number; requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: string; cpuMsPerRequest: number };

/** CPU time (user + system) `pids` have used, in ms: a shared machine slows a run, but hardly changes this. */
export function cpuMs(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    total += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  }
  return total;
}

function toMs(value: string, unit: string): number {
  return Number(value) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[unit]!;
}

/** `wrk -t2 -c<connections> -d<seconds>s --latency` with browser headers; `cpuPids`: the processes whose CPU per request is reported. */
export function wrk({ url, seconds, connections, cpuPids }: { url: string; seconds: number; connections: number; cpuPids: number[] }): WrkResult {
  const cpuBefore = cpuMs(cpuPids);
  const run = spawnSync("wrk", ["-t2", `-c${connections}`, `-d${seconds}s`, "--timeout", "10s", "--latency", ...BROWSER_HEADERS, url], { encoding: "utf8" });
  if (run.error || run.status !== 0) throw new Error(`wrk failed (is it installed? apt-get install wrk): ${run.error?.message ?? run.stderr}`);
  const out = run.stdout;
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
  const p50 = /\s50%\s+([\d.]+)(us|ms|s)\b/.exec(out);
  const p99 = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(out);
  if (!rps || !p50 || !p99) throw new Error(`cannot read wrk's output:\n${out}`);
  const errors = [/Non-2xx or 3xx responses: \d+/.exec(out)?.[0], /Socket errors: [^\n]+/.exec(out)?.[0]].filter(Boolean).join("; ");
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const cpuMsPerRequest = requests > 0 ? (cpuMs(cpuPids) - cpuBefore) / requests : NaN;
  return { requests, requestsPerSecond: Number(rps[1]), p50Ms: toMs(p50[1]!, p50[2]!), p99Ms: toMs(p99[1]!, p99[2]!), errors, cpuMsPerRequest };
}
