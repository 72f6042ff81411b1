import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { setCaptureVisibility } from "@/lib/captures/set-capture-visibility";
import { db } from "@/lib/db";
import { startAppServer, type AppServer } from "./app-server";
import { sha256Of, storeTestCapture } from "./capture-helpers";
import { createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";
import { tamperedToken } from "./session-tokens";
import { signInOverHttp } from "./sign-in";

// Security headers on every kind of answer (docs/decisions/005-content-security-policy.md), and the
// requests Next itself would answer with a 500 (docs/trust.md).
let app: AppServer;
const email = `edge-headers-${Date.now()}@test.example`;
const password = "edge-headers-password";
const eventPath = "/events/san-miguel-del-ene-attack";

beforeAll(async () => {
  app = await startAppServer(3272);
  await db().user.create({ data: { email, name: "Headers Reviewer", role: "REVIEWER", passwordHash: await hash(password) } });
});
afterAll(async () => {
  await app?.stop();
});

function expectBaseHeaders(headers: Headers) {
  expect(headers.get("x-frame-options")).toBe("DENY");
  expect(headers.get("x-content-type-options")).toBe("nosniff");
  expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  expect(headers.get("permissions-policy")).toContain("camera=()");
  // The test server's origin is http: no HSTS (it would pin a plain-http host).
  expect(headers.get("strict-transport-security")).toBeNull();
}

/** The script sources of a page's policy, and that it allows no inline script by itself. */
function scriptSources(policy: string | null): string[] {
  expect(policy).toBeTruthy();
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  const scriptSrc = policy!
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  return scriptSrc.split(/\s+/).slice(1);
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc=/.test(attrs!) && !/application\/ld\+json/.test(attrs!))
    .map(([, , body]) => body!);
}

describe("security headers", () => {
  it("a cached event page is a document that runs no script, and its policy allows none", async () => {
    // Whether it is stored now (MISS, through Next) or served from memory, and with a query it ignores.
    for (const path of [eventPath, `${eventPath}?utm_source=feed`]) {
      const first = await fetch(`${app.url}${path}`);
      expect(first.status, path).toBe(200);
      expect(first.headers.get("cross-origin-opener-policy"), path).toBeNull();
    }
    const response = await fetch(`${app.url}${eventPath}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-expediente-cache")).toBe("HIT");
    expectBaseHeaders(response.headers);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'none';");
    // The same bytes for every reader, running nothing: not isolated from other sites' windows, which
    // would cost each reader's navigation a new renderer process (decision 005).
    expect(response.headers.get("cross-origin-opener-policy")).toBeNull();
    const html = await response.text();
    // Only its structured data, which is not run (decision 011; the copies that keep scripts allow them by hash: e2e/evidence-captures).
    expect(inlineScripts(html)).toEqual([]);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).toContain('<script type="application/ld+json">');
  });

  it("pages rendered per request carry a fresh nonce on every script, /login and /studio included", async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    for (const [path, headers] of [
      ["/login", {}],
      ["/studio", { cookie }],
      ["/actors?type=ngo", {}],
    ] as const) {
      const nonces: string[] = [];
      for (let i = 0; i < 2; i++) {
        const response = await fetch(`${app.url}${path}`, { headers, redirect: "manual" });
        expect(response.status, path).toBe(200);
        expectBaseHeaders(response.headers);
        expect(response.headers.get("cross-origin-opener-policy"), path).toBe("same-origin");
        const nonce = scriptSources(response.headers.get("content-security-policy")).find((s) => s.startsWith("'nonce-"));
        expect(nonce, path).toBeTruthy();
        const value = nonce!.slice("'nonce-".length, -1);
        const html = await response.text();
        const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].filter(([, attrs]) => !/application\/ld\+json/.test(attrs!));
        expect(scripts.length).toBeGreaterThan(0);
        for (const [tag] of scripts) expect(tag, path).toContain(`nonce="${value}"`);
        nonces.push(value);
      }
      expect(nonces[0]).not.toBe(nonces[1]);
    }
  });

  it("the API, the feed, static build files and 404s beside them carry the base headers too", async () => {
    for (const path of ["/api/v1/events/san-miguel-del-ene-attack", "/feed.xml", "/api/health"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
      expectBaseHeaders(response.headers);
      expect(response.headers.get("content-security-policy"), path).toContain("default-src 'none'");
    }
    // Paths that only begin like the files the proxy leaves alone are Next's 404 documents: headers too.
    for (const path of ["/favicon.icox", "/icon.svg.html", "/api/studio/capture-uploads/x", "/_next/imagery"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(404);
      expectBaseHeaders(response.headers);
      expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get("cross-origin-opener-policy"), path).toBe("same-origin");
    }
    const html = await (await fetch(`${app.url}/login`)).text();
    const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const file = await fetch(`${app.url}${chunk}`);
    expect(file.status).toBe(200);
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
  });
});

describe("what a client can obtain of the caches (issue 21, break 4)", () => {
  /** The longest lifetime `cache-control` gives a shared cache, in seconds. */
  function sharedLifetime(cacheControl: string | null): number {
    if (!cacheControl || /\b(private|no-store)\b/.test(cacheControl)) return 0;
    const seconds = /\bs-maxage=(\d+)/.exec(cacheControl)?.[1] ?? /\bmax-age=(\d+)/.exec(cacheControl)?.[1];
    // An answer with no lifetime of its own is one a shared cache may not keep beyond revalidating it here.
    return Number(seconds ?? 0);
  }

  it("never a lifetime longer than the public copies' nor the fill token, whatever headers a client imitates", async () => {
    const imitations: [string, RequestInit][] = [
      ["fill header", { headers: { "x-expediente-page-fill": "1" } }],
      ["fill header, HEAD", { method: "HEAD", headers: { "x-expediente-page-fill": "1" } }],
      ["HEAD", { method: "HEAD" }],
      ["RSC", { headers: { rsc: "1" } }],
      ["RSC, HEAD", { method: "HEAD", headers: { rsc: "1" } }],
    ];
    for (const path of [eventPath, `${eventPath}/history`, "/", `/actors/${uniqueSlug("never-published")}`]) {
      for (const [name, init] of imitations) {
        // Following redirects: the router's RSC requests are sent on to `?_rsc=…` first.
        const response = await fetch(`${app.url}${path}`, init);
        await response.arrayBuffer();
        const what = `${name} ${path} (${response.status})`;
        expect(sharedLifetime(response.headers.get("cache-control")), what).toBe(0);
        expect(response.headers.get("x-expediente-page-fill"), what).toBeNull();
      }
    }
  });
});

describe("capture downloads (issue 21, break 8)", () => {
  it("carry the route's sandbox policy, not the proxy's, on the public and the studio file", async () => {
    const [editor, reviewer] = await Promise.all([makeActor("EDITOR"), makeActor("REVIEWER")]);
    const bytes = await storeTestCapture({ actor: editor, size: 4096, capturedAt: "2026-12-07", tool: "edge-headers" });
    const sha256 = sha256Of(bytes);
    const capture = await db().capture.findUniqueOrThrow({ where: { sha256 }, select: { sha256: true, mediaType: true, size: true, capturedAt: true } });
    const { entryId } = await createEntry(
      "source",
      sourceContent(uniqueSlug("sandboxed"), {
        captures: [{ ...capture, mediaType: capture.mediaType as "application/pdf", capturedAt: capture.capturedAt.toISOString() }],
      }),
      editor,
    );
    await publish(entryId, reviewer);
    await setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: true } });
    const cookie = await signInOverHttp(app.url, email, password);
    for (const [path, headers] of [
      [`/api/v1/captures/${sha256}/file`, {}],
      [`/api/studio/captures/${sha256}/file`, { cookie }],
    ] as const) {
      const response = await fetch(`${app.url}${path}`, { headers });
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-disposition"), path).toMatch(/^attachment/);
      expect(response.headers.get("content-security-policy"), path).toBe("sandbox; default-src 'none'");
      expect(sha256Of(Buffer.from(await response.arrayBuffer()))).toBe(sha256);
    }
  });
});

describe("validators", () => {
  it("answers 304 to a current ETag, after one check, on pages, the API and the feed", async () => {
    for (const path of [eventPath, "/", "/api/v1/events/san-miguel-del-ene-attack", "/feed.xml"]) {
      const first = await fetch(`${app.url}${path}`);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag, path).toMatch(/^W\/"[0-9a-z]+-[\w-]+"$/);
      await first.arrayBuffer();
      const again = await fetch(`${app.url}${path}`, { headers: { "if-none-match": etag! } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("etag")).toBe(etag);
      expect(await again.text()).toBe("");
      const other = await fetch(`${app.url}${path}`, { headers: { "if-none-match": 'W/"0-stale"' } });
      expect(other.status, path).toBe(200);
    }
  });

  it("sends each cached page compressed once, in the encoding the client accepts", async () => {
    const plain = await fetch(`${app.url}${eventPath}`, { headers: { "accept-encoding": "identity" } });
    const html = await plain.text();
    expect(plain.headers.get("content-encoding")).toBeNull();
    // fetch decodes the body itself; content-length is what went over the wire.
    for (const encoding of ["br", "gzip"]) {
      const response = await fetch(`${app.url}${eventPath}`, { headers: { "accept-encoding": encoding } });
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("vary")).toContain("Accept-Encoding");
      expect(Number(response.headers.get("content-length"))).toBeLessThan(html.length / 3);
      expect(await response.text()).toBe(html);
    }
  });
});

describe("next-auth's endpoints", () => {
  it("have no /api/auth/_log: with a logger configured, next-auth writes what anyone posts there into the server's log", async () => {
    const forged = await fetch(`${app.url}/api/auth/_log`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: app.url },
      body: new URLSearchParams({ level: "error", code: "FORGED_BY_A_STRANGER", message: "all servers down" }),
    });
    expect(forged.status).toBe(404);
    // Its other POSTs still reach it: signing in is one.
    expect(await signInOverHttp(app.url, email, password)).toContain("next-auth.session-token=");
  });
});

describe("session reads", () => {
  it("reads the session once per studio request: a forged cookie is one warning, not one per layout and page", async () => {
    const cookie = tamperedToken(await signInOverHttp(app.url, email, password));
    const forgedLines = () =>
      app
        .log()
        .split("\n")
        .filter((line) => line.includes('"JWT_SESSION_ERROR"'));
    const before = forgedLines().length;
    const response = await fetch(`${app.url}/studio`, { headers: { cookie }, redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toContain("/login");
    await response.arrayBuffer();
    const deadline = Date.now() + 5_000;
    while (forgedLines().length === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    // A second read would log within the same render; give it time to show.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(forgedLines().length - before).toBe(1);
  });
});

describe("forged server-action ids (issue 21, break 10)", () => {
  it("are refused with one warning line each, the id cut to 64 characters, and Next's own statuses", async () => {
    const forged = `${"f".repeat(64)}${"X".repeat(266)}`;
    // Both streams: Next writes its stack traces to stderr, our logger to stdout.
    let written = "";
    const collect = (chunk: Buffer) => (written += chunk);
    app.process.stdout?.on("data", collect);
    app.process.stderr?.on("data", collect);
    for (const [id, status] of [
      [forged, 400],
      ["0".repeat(42), 409],
    ] as const) {
      const response = await fetch(`${app.url}/`, {
        method: "POST",
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: app.url },
        body: "[]",
      });
      expect(response.status, id).toBe(status);
      // The client router reloads on it (a tab open since an older deployment), as with Next's own answer.
      expect(response.headers.get("x-nextjs-action-not-found")).toBe("1");
      await response.arrayBuffer();
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    app.process.stdout?.off("data", collect);
    app.process.stderr?.off("data", collect);
    const lines = written.split("\n").filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines.join("\n")).not.toContain("X");
    const [invalid, unknown] = lines.map((line) => JSON.parse(line) as { level: number; action: string });
    expect(invalid).toMatchObject({ level: 40, action: `${"f".repeat(64)}…` });
    expect(unknown).toMatchObject({ level: 40, action: "0".repeat(42) });
  });
});

describe("requests Next would answer with a 500", () => {
  it("refuses a malformed percent-encoding with 400", async () => {
    for (const path of ["/events/%FF", "/api/v1/actors/a%FFb/revisions", "/actors/%E2%82/history"]) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("cross-origin-opener-policy"), path).toBe("same-origin");
      if (path.startsWith("/api/")) expect(((await response.json()) as { error: { status: number } }).error.status).toBe(400);
      else expect(await response.text()).toContain("malformed percent-encoding");
    }
  });

  it("refuses a server-action body nested 10,000 levels deep, and one too large, before Next decodes it", async () => {
    const cookie = await signInOverHttp(app.url, email, password);
    const deep = `[${"[".repeat(10_000)}${"]".repeat(10_000)}]`;
    const response = await fetch(`${app.url}/studio/entries/new?kind=event`, {
      method: "POST",
      headers: { cookie, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: app.url },
      body: deep,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("nested too deeply");
    const large = await fetch(`${app.url}/studio/entries/new?kind=event`, {
      method: "POST",
      headers: { cookie, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: app.url },
      body: "x".repeat(1024 * 1024 + 1),
    });
    expect(large.status).toBe(413);
  });
});
