import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor } from "@/lib/users/permissions";
import { startNginxFront, type NginxFront } from "../../bench/start-nginx";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, publish, uniqueSlug } from "./fixtures";

// Debian's nginx in front of the production build, with the documented configuration
// (docs/nginx/expediente.conf): every answer nginx stores is revalidated against the publication's
// validator before each use, so a publication or a withdrawal shows through nginx at the next request.
let app: AppServer;
let front: NginxFront;
let editor: Actor;
let reviewer: Actor;
const dir = mkdtempSync(path.join(tmpdir(), "expediente-nginx-"));

beforeAll(async () => {
  [app, editor, reviewer] = await Promise.all([startAppServer(3480), makeActor("EDITOR"), makeActor("REVIEWER")]);
  front = await startNginxFront({ port: 3481 + Number(process.env.TEST_PORT_OFFSET ?? 0), originPort: Number(new URL(app.url).port), dir });
});
afterAll(async () => {
  await Promise.all([front?.stop(), app?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

async function read(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${front.url}${url}`, { headers: { "accept-encoding": "gzip, deflate, br", ...headers }, redirect: "manual" });
  return {
    status: response.status,
    cacheStatus: response.headers.get("x-cache-status"),
    etag: response.headers.get("etag"),
    server: response.headers.get("server"),
    headers: response.headers,
    text: await response.text(),
  };
}

describe("nginx in front, revalidating", () => {
  it("asks the app before every use of a stored page, and shows a publication and a withdrawal at the next request", async () => {
    const slug = uniqueSlug("nginx-actor");
    const { entryId, revisionId } = await createEntry("actor", actorContent(slug, { title: `Through nginx first ${slug}` }), editor);
    await publish(entryId, reviewer);
    const paths = [`/actors/${slug}`, `/api/v1/actors/${slug}`];

    for (const url of paths) {
      const filled = await read(url);
      expect(filled.status, url).toBe(200);
      expect(filled.server, url).toMatch(/^nginx/);
      expect(filled.cacheStatus, url).toBe("MISS");
      const stored = await read(url);
      // Stored, and confirmed by the app (a 304 to nginx's If-None-Match), never served on nginx's word alone.
      expect(stored.cacheStatus, url).toBe("REVALIDATED");
      expect(stored.text, url).toContain(`Through nginx first ${slug}`);
      expect(stored.etag, url).toBe(filled.etag);
      // The app's instruction to nginx stays between them.
      expect(stored.headers.get("x-accel-expires"), url).toBeNull();
      expect(stored.headers.get("cache-control"), url).toBe("public, max-age=0, must-revalidate");
      // A browser's own revalidation is answered by nginx, after nginx's revalidation with the app.
      const browser = await read(url, { "if-none-match": stored.etag! });
      expect(browser.status, url).toBe(304);
      expect(browser.cacheStatus, url).toBe("REVALIDATED");
    }
    const before = await read(`/actors/${slug}`);

    const saved = await saveRevision({
      actor: editor,
      kind: "actor",
      entryId,
      baseRevisionId: revisionId,
      content: actorContent(slug, { title: `Through nginx second ${slug}` }),
      summary: "Retitle",
    });
    expect(saved.ok).toBe(true);
    await publish(entryId, reviewer);
    for (const url of paths) {
      const after = await read(url);
      expect(after.status, url).toBe(200);
      expect(after.cacheStatus, url).toBe("EXPIRED"); // the app answered in full: the stored copy was out of date
      expect(after.text, url).toContain(`Through nginx second ${slug}`);
      expect(after.text, url).not.toContain(`Through nginx first ${slug}`);
    }
    const current = await read(`/actors/${slug}`, { "if-none-match": before.etag! });
    expect(current.status).toBe(200); // the browser's copy is out of date
    expect(current.etag).not.toBe(before.etag);

    const withdrawn = await withdrawEntry({ actor: reviewer, entryId, reason: "Withdrawn behind nginx", isConfirmed: true });
    expect(withdrawn.ok).toBe(true);
    for (const url of paths) expect((await read(url)).status, url).toBe(410);
    const notice = await read(`/actors/${slug}`);
    expect(notice.text).toContain("Withdrawn behind nginx");
  });

  it("answers in an encoding the reader accepts, never one refused with q=0, and stores each apart", async () => {
    const encodingFor = async (acceptEncoding: string) => {
      const response = await fetch(`${front.url}/actors`, { headers: { "accept-encoding": acceptEncoding } });
      expect(response.status, acceptEncoding).toBe(200);
      expect(await response.text(), acceptEncoding).toContain("</html>");
      return response.headers.get("content-encoding");
    };
    expect(await encodingFor("gzip, deflate, br")).toBe("br");
    expect(await encodingFor("br;q=0, gzip")).toBe("gzip");
    expect(await encodingFor("gzip;q=0, br;q=0.5")).toBe("br");
    expect(await encodingFor("br;q=0.0, gzip;q=0")).toBeNull();
    expect(await encodingFor("*")).toBe("gzip");
    expect(await encodingFor("identity")).toBeNull();
    // The refused variant is not served from what an earlier reader's request stored either.
    expect(await encodingFor("gzip;q=1.0, br;q=0")).toBe("gzip");
  });

  it("never stores private answers, the sign-in page, router requests or signed-in staff's requests", async () => {
    // Filtered indexes are rendered per request with a nonce: private.
    await read("/actors?type=ngo");
    const filtered = await read("/actors?type=ngo");
    expect(filtered.status).toBe(200);
    expect(filtered.headers.get("cache-control")).toMatch(/^private/);
    expect(filtered.cacheStatus).toBe("MISS");
    // A search is the app's copy per query (decision 011): stored, and revalidated like a page.
    await read("/search?q=nginx");
    const search = await read("/search?q=nginx");
    expect(search.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(search.cacheStatus).toBe("REVALIDATED");
    const signIn = await read("/login");
    expect(signIn.server).toMatch(/^nginx/);
    expect(signIn.cacheStatus).toBeNull(); // outside the cached location altogether

    await read("/actors");
    expect((await read("/actors")).cacheStatus).toBe("REVALIDATED");
    expect((await read("/actors", { cookie: "next-auth.session-token=some-token" })).cacheStatus).toBe("BYPASS");
    expect((await read("/actors", { cookie: "theme=dark; __Secure-next-auth.session-token.0=part" })).cacheStatus).toBe("BYPASS");
    expect((await read("/actors", { rsc: "1" })).cacheStatus).toBe("BYPASS");
  });
});
