import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(fileURLToPath(new URL("..", import.meta.url)));
export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export type NginxFront = { url: string; accessLog: string; process: ChildProcess; workerPids: () => number[]; stop: () => Promise<void> };

/**
 * The documented server block (docs/nginx/expediente.conf), run as it is written, with only its
 * machine-specific lines replaced: the app's port, nginx's own address, and paths under `dir`.
 */
export function frontConfig({ port, originPort, dir }: { port: number; originPort: number; dir: string }): string {
  let block = readFileSync(path.join(ROOT, "docs", "nginx", "expediente.conf"), "utf8");
  const replacements: [RegExp, string][] = [
    [/^(\s*)server 127\.0\.0\.1:3000;/m, `$1server 127.0.0.1:${originPort};`],
    [/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`],
    [/^proxy_cache_path \/var\/cache\/nginx\/expediente /m, `proxy_cache_path ${dir}/cache `],
    [/^(\s*)access_log \/var\/log\/nginx\/expediente\.access\.log /m, `$1access_log ${dir}/access.log `],
  ];
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(block)) throw new Error(`docs/nginx/expediente.conf no longer has the line ${pattern}: update bench/start-nginx.ts`);
    block = block.replace(pattern, replacement);
  }
  // What Debian's /etc/nginx/nginx.conf gives the block, with every path nginx writes under `dir`.
  return `worker_processes auto;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  gzip on;
  client_body_temp_path ${dir}/temp/body;
  proxy_temp_path ${dir}/temp/proxy;
  fastcgi_temp_path ${dir}/temp/fastcgi;
  uwsgi_temp_path ${dir}/temp/uwsgi;
  scgi_temp_path ${dir}/temp/scgi;
${block}
}
`;
}

/** nginx in the foreground on `port` in front of the app on `originPort`, once it answers the app's health check through itself. */
export async function startNginxFront({ port, originPort, dir }: { port: number; originPort: number; dir: string }): Promise<NginxFront> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX} (apt-get install nginx, or set NGINX_PATH)`);
  mkdirSync(path.join(dir, "temp"), { recursive: true });
  // As root, nginx's workers run as nobody and must reach the cache and temp folders nginx makes here.
  chmodSync(dir, 0o755);
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(conf, frontConfig({ port, originPort, dir }));
  const args = ["-p", dir, "-e", path.join(dir, "error.log"), "-c", conf];
  const check = spawnSync(NGINX, [...args, "-t", "-q"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx refuses the generated configuration ${conf}:\n${check.stderr}`);
  const child = spawn(NGINX, [...args, "-g", `daemon off; pid ${path.join(dir, "nginx.pid")};`], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    // An nginx that exited (port taken) must not pass for one that answers: something else may listen there.
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`nginx on ${port} did not start (see ${dir}/error.log)`);
    try {
      if ((await fetch(`${url}/api/health`)).ok && child.exitCode === null) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    accessLog: path.join(dir, "access.log"),
    process: child,
    workerPids: () =>
      spawnSync("pgrep", ["-P", String(child.pid)], { encoding: "utf8" })
        .stdout.split("\n")
        .filter(Boolean)
        .map(Number)
        // Not the cache loader, which exits a minute after the start.
        .filter((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("worker process")),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGQUIT"); // nginx's graceful stop
      }),
  };
}

export type AccessLine = { status: number; cache: string; upstream: string; upstreamBytes: number; upstreamReceived: number; appCopy: string; path: string };

/** The lines of the documented `expediente_cache` log format, from `offset` (bytes) on. */
export function readAccessLog(file: string, offset = 0): AccessLine[] {
  const text = readFileSync(file).subarray(offset).toString("utf8");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const request = /"[A-Z]+ (\S+) [^"]*" (\d{3})/.exec(line);
      const field = (name: string) => new RegExp(`\\b${name}=(\\S+)`).exec(line)?.[1] ?? "-";
      return {
        path: request?.[1] ?? "",
        status: Number(request?.[2] ?? 0),
        cache: field("cache"),
        upstream: field("upstream"),
        upstreamBytes: Number(field("upstream_bytes")) || 0,
        upstreamReceived: Number(field("upstream_received")) || 0,
        appCopy: field("app_copy"),
      };
    });
}
