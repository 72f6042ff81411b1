// Source captures (issue 10, item 1) on a real PostgreSQL: limits, type, duplicates, truncated uploads,
// who may do what, and what readers see of private, public, unpublished and hidden captures.
import { hash } from "@node-rs/argon2";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CAPTURE_BYTES } from "@/lib/captures/capture-schema";
import { getPublicCapture, listPublicSourceCaptures } from "@/lib/captures/get-public-capture";
import { hideCapture } from "@/lib/captures/hide-capture";
import { readPublicCaptureBytes, readStudioCaptureBytes } from "@/lib/captures/read-capture-bytes";
import { setCaptureVisibility } from "@/lib/captures/set-capture-visibility";
import { uploadCapture } from "@/lib/captures/upload-capture";
import { db } from "@/lib/db";
import { buildDossier } from "@/lib/dossier/build-dossier";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { saveRevision } from "@/lib/revisions/save-revision";
import type { Actor, Role } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { bodyOf, endlessPdfBody, pdfBytes, postAnnouncing, sha256Of } from "./capture-helpers";
import { createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";
import { signInOverHttp } from "./sign-in";

const PASSWORD = "captures-test-password";
let app: AppServer;
let editor: Actor;
let reviewer: Actor;
let admin: Actor;
const createdShas: string[] = [];

async function person(role: Role): Promise<Actor & { email: string }> {
  const email = `captures-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.example`;
  return db().user.create({
    data: { email, name: `Captures ${role}`, role, passwordHash: await hash(PASSWORD) },
    select: { id: true, email: true, name: true, role: true },
  });
}

const META = { capturedAt: "2026-11-30", capturedUrl: "https://example.org/communique", tool: "Chromium print to PDF", note: "Taken before it was edited" };

async function upload(bytes: Uint8Array, extra: { declaredBytes?: number | null; declaredSha256?: string | null; metadata?: unknown; actor?: Actor } = {}) {
  const result = await uploadCapture({
    actor: extra.actor ?? editor,
    body: bodyOf(bytes).stream,
    declaredBytes: extra.declaredBytes === undefined ? bytes.length : extra.declaredBytes,
    declaredSha256: extra.declaredSha256 ?? null,
    metadata: extra.metadata ?? META,
  });
  if (result.ok) createdShas.push(result.capture.sha256);
  return result;
}

/** Rows that an upload may write: a refused one must leave all of them as they were. */
async function storeCounts() {
  const [captures, chunks, audit] = await Promise.all([
    db().capture.count(),
    db().captureChunk.count(),
    db().auditEvent.count({ where: { action: "capture.upload" } }),
  ]);
  return { captures, chunks, audit };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream as unknown as AsyncIterable<Uint8Array>) parts.push(Buffer.from(part));
  return Buffer.concat(parts);
}

function refOf(capture: { sha256: string; mediaType: string; size: number; capturedAt: string }) {
  return { sha256: capture.sha256, mediaType: capture.mediaType as "application/pdf", size: capture.size, capturedAt: capture.capturedAt };
}

beforeAll(async () => {
  [app, editor, reviewer, admin] = await Promise.all([startAppServer(3400), makeActor("EDITOR"), makeActor("REVIEWER"), makeActor("ADMIN")]);
});
afterAll(async () => {
  await app?.stop();
  // Captures are never deleted by the app; the test removes its own.
  const ids = (await db().capture.findMany({ where: { sha256: { in: createdShas } }, select: { id: true } })).map((c) => c.id);
  await db().captureChunk.deleteMany({ where: { captureId: { in: ids } } });
  await db().capture.deleteMany({ where: { id: { in: ids } } });
});

describe("uploading a capture", () => {
  it("stores it under the SHA-256 of its bytes, in 1 MiB chunks, private, with its description and an audit line", async () => {
    const bytes = pdfBytes(2.5 * 1024 * 1024);
    const result = await upload(bytes);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.isDuplicate).toBe(false);
    expect(result.capture).toMatchObject({
      sha256: sha256Of(bytes),
      mediaType: "application/pdf",
      size: bytes.length,
      capturedUrl: META.capturedUrl,
      tool: META.tool,
      note: META.note,
      isPublic: false,
      isGraphic: false,
      uploadedBy: editor.name,
    });
    expect(result.capture.capturedAt).toBe("2026-11-30T00:00:00.000Z");
    const row = await db().capture.findUniqueOrThrow({ where: { sha256: sha256Of(bytes) }, select: { id: true, chunkCount: true } });
    expect(row.chunkCount).toBe(3);
    expect(await db().captureChunk.count({ where: { captureId: row.id } })).toBe(3);
    const stored = await readAll((await readStudioCaptureBytes({ actor: editor, sha256: sha256Of(bytes) })).stream);
    expect(stored.equals(bytes)).toBe(true);
    const audit = await db().auditEvent.findFirst({
      where: { action: "capture.upload", actorId: editor.id },
      orderBy: { id: "desc" },
      select: { detail: true },
    });
    expect(audit?.detail).toMatchObject({ sha256: sha256Of(bytes), size: bytes.length });
  });

  it("reads the type from the bytes: a GIF named anything is refused with 415; HTML, text and images are accepted", async () => {
    const before = await storeCounts();
    const gif = await upload(Buffer.from("GIF89a\x01\x00\x01\x00\x80\x00\x00" + randomUUID(), "latin1"));
    expect(gif).toMatchObject({ ok: false, status: 415, fieldErrors: { file: [expect.stringMatching(/not a PDF, HTML or MHTML snapshot/)] } });
    expect(await storeCounts()).toEqual(before);
    const html = await upload(Buffer.from(`<!doctype html><title>${randomUUID()}</title>`));
    expect(html.ok && html.capture.mediaType).toBe("text/html");
    const text = await upload(Buffer.from(`Comunicado ${randomUUID()} — texto`));
    expect(text.ok && text.capture.mediaType).toBe("text/plain");
  });

  it("stops reading at the limit plus one byte and refuses a file over 50 MB with 413, writing nothing", async () => {
    const before = await storeCounts();
    const endless = endlessPdfBody();
    const result = await uploadCapture({ actor: editor, body: endless.stream, declaredBytes: null, declaredSha256: null, metadata: META });
    expect(result).toMatchObject({ ok: false, status: 413, fieldErrors: { file: [expect.stringMatching(/larger than 50\.0 MB/)] } });
    expect(endless.pulled()).toBeGreaterThan(MAX_CAPTURE_BYTES);
    expect(endless.pulled()).toBeLessThanOrEqual(MAX_CAPTURE_BYTES + 65_536);
    // A declared length over the limit is refused before one byte is read.
    const declared = endlessPdfBody();
    const early = await uploadCapture({ actor: editor, body: declared.stream, declaredBytes: MAX_CAPTURE_BYTES + 1, declaredSha256: null, metadata: META });
    expect(early).toMatchObject({ ok: false, status: 413 });
    expect(declared.pulled()).toBe(0);
    expect(await storeCounts()).toEqual(before);
  }, 60_000);

  it("refuses a truncated upload (a body that breaks off, fewer bytes than declared, another hash than the browser's) and writes nothing", async () => {
    const before = await storeCounts();
    const bytes = pdfBytes(3 * 1024 * 1024);
    const broken = await uploadCapture({
      actor: editor,
      body: bodyOf(bytes, { failAt: 2 * 1024 * 1024 }).stream,
      declaredBytes: null,
      declaredSha256: null,
      metadata: META,
    });
    expect(broken).toMatchObject({ ok: false, status: 400, fieldErrors: { file: [expect.stringMatching(/ended before the whole file arrived/)] } });
    const short = await upload(bytes.subarray(0, 1024 * 1024), { declaredBytes: bytes.length });
    expect(short).toMatchObject({ ok: false, status: 400, fieldErrors: { file: [expect.stringMatching(/ended before/)] } });
    const otherHash = await upload(bytes.subarray(0, 1024 * 1024), { declaredSha256: sha256Of(bytes) });
    expect(otherHash).toMatchObject({ ok: false, status: 400, fieldErrors: { file: [expect.stringMatching(/does not match/)] } });
    const empty = await upload(Buffer.alloc(0));
    expect(empty).toMatchObject({ ok: false, status: 400 });
    expect(await storeCounts()).toEqual(before);
    expect(await db().capture.count({ where: { sha256: { startsWith: "pending:" } } })).toBe(0);
  });

  it("links a duplicate to the capture already stored, keeps one copy, and refuses bad descriptions field by field", async () => {
    const bytes = pdfBytes(1.5 * 1024 * 1024);
    const first = await upload(bytes);
    expect(first.ok).toBe(true);
    const before = await storeCounts();
    const again = await upload(bytes, { metadata: { ...META, note: "someone else's note" } });
    expect(again).toMatchObject({ ok: true, isDuplicate: true, capture: { sha256: sha256Of(bytes), note: META.note } });
    // The browser's hash finds it without sending the bytes again.
    const byHash = bodyOf(bytes);
    const linked = await uploadCapture({ actor: editor, body: byHash.stream, declaredBytes: bytes.length, declaredSha256: sha256Of(bytes), metadata: META });
    expect(linked).toMatchObject({ ok: true, isDuplicate: true });
    expect(byHash.pulled()).toBe(0);
    expect(await storeCounts()).toEqual(before);

    const bad = await upload(pdfBytes(1000), { metadata: { capturedAt: "yesterday", capturedUrl: "javascript:alert(1)", tool: "x".repeat(200) } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["capturedAt", "capturedUrl", "tool"]);
    expect(await storeCounts()).toEqual(before);
  });
});

describe("what readers see", () => {
  it("shows a capture only when public, not hidden and cited by a published source; reviewers publish, admins hide", async () => {
    const bytes = pdfBytes(200_000);
    const uploaded = await upload(bytes);
    if (!uploaded.ok) throw new Error("upload failed");
    const sha256 = uploaded.capture.sha256;
    const slug = uniqueSlug("captured");
    const { entryId } = await createEntry("source", sourceContent(slug, { captures: [refOf(uploaded.capture)] }), editor);

    // Public but cited only by an unpublished draft: nothing for readers.
    await setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: true } });
    expect(await getPublicCapture({ sha256 })).toBeNull();
    await expect(readPublicCaptureBytes({ sha256 })).rejects.toBeInstanceOf(NotFoundError);

    // Published, but private: still nothing.
    await setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: false } });
    await publish(entryId, reviewer);
    expect(await getPublicCapture({ sha256 })).toBeNull();
    expect(await listPublicSourceCaptures({ entryId })).toEqual([]);
    await expect(readPublicCaptureBytes({ sha256 })).rejects.toBeInstanceOf(NotFoundError);

    // An editor cannot make it public; a reviewer can.
    await expect(setCaptureVisibility({ actor: editor, sha256, input: { isPublic: true } })).rejects.toBeInstanceOf(ForbiddenError);
    await setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: true } });
    expect(await getPublicCapture({ sha256 })).toMatchObject({ sha256, size: bytes.length, citedIn: [{ slug, path: `/sources/${slug}` }] });
    expect((await listPublicSourceCaptures({ entryId })).map((c) => c.sha256)).toEqual([sha256]);
    expect((await readAll((await readPublicCaptureBytes({ sha256 })).stream)).equals(bytes)).toBe(true);
    // The dossier's reference for the source carries the hash.
    expect((await buildDossier()).references.find((r) => r.slug === slug)?.captureHashes).toEqual([sha256]);

    // Hiding: admins only, with a reason; the bytes stay for admins.
    await expect(hideCapture({ actor: reviewer, sha256, input: { reason: "Shows a minor" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(hideCapture({ actor: admin, sha256, input: { reason: " " } })).rejects.toBeInstanceOf(ValidationError);
    await hideCapture({ actor: admin, sha256, input: { reason: "Shows a minor" } });
    expect(await getPublicCapture({ sha256 })).toBeNull();
    expect((await buildDossier()).references.find((r) => r.slug === slug)?.captureHashes).toEqual([]);
    await expect(readPublicCaptureBytes({ sha256 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(readStudioCaptureBytes({ actor: editor, sha256 })).rejects.toBeInstanceOf(NotFoundError);
    expect((await readAll((await readStudioCaptureBytes({ actor: admin, sha256 })).stream)).equals(bytes)).toBe(true);
    expect(
      await db().auditEvent.findFirst({ where: { action: "capture.hide", actorId: admin.id }, orderBy: { id: "desc" }, select: { detail: true } }),
    ).toMatchObject({
      detail: { sha256, reason: "Shows a minor" },
    });

    // A hidden capture cannot be listed again by a source.
    const again = await saveRevision({
      actor: editor,
      kind: "source",
      content: sourceContent(uniqueSlug("relist"), { captures: [refOf(uploaded.capture)] }),
      summary: "Relist",
    });
    expect(again).toMatchObject({ ok: false, fieldErrors: { "captures.0.sha256": [expect.stringMatching(/hid this capture/)] } });
  });

  it("refuses a source listing a capture the archive does not hold", async () => {
    const result = await saveRevision({
      actor: editor,
      kind: "source",
      content: sourceContent(uniqueSlug("ghost"), { captures: [{ sha256: "a".repeat(64), mediaType: "application/pdf", size: 10, capturedAt: "2026-01-01" }] }),
      summary: "Ghost capture",
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { "captures.0.sha256": [expect.stringMatching(/holds no capture/)] } });
  });
});

describe("over HTTP", () => {
  it("uploads with a signed-in editor's cookie from this site only, and serves readers nothing private", async () => {
    const staff = await person("EDITOR");
    const cookie = await signInOverHttp(app.url, staff.email, PASSWORD);
    const bytes = pdfBytes(1.2 * 1024 * 1024);
    const sha256 = sha256Of(bytes);
    const query = new URLSearchParams({ capturedAt: "2026-12-01", capturedUrl: "https://example.org/a", tool: "curl" });
    const post = (headers: Record<string, string>, body: Blob = new Blob([new Uint8Array(bytes)])) =>
      fetch(`${app.url}/api/studio/capture-uploads?${query}`, { method: "POST", headers, body });
    const before = await storeCounts();

    expect((await post({ origin: "http://evil.example", "content-type": "application/octet-stream", cookie })).status).toBe(403);
    expect((await post({ "content-type": "application/octet-stream", cookie })).status).toBe(403);
    expect((await post({ origin: app.url, "content-type": "text/plain", cookie })).status).toBe(403);
    expect((await post({ origin: app.url, "content-type": "application/octet-stream" })).status).toBe(401);
    expect(await storeCounts()).toEqual(before);

    // Refused on its Content-Length, before the body is read.
    expect(
      await postAnnouncing(
        `${app.url}/api/studio/capture-uploads?${query}`,
        { origin: app.url, "content-type": "application/octet-stream", cookie },
        MAX_CAPTURE_BYTES + 1,
      ),
    ).toBe(413);

    const created = await post({ origin: app.url, "content-type": "application/octet-stream", cookie });
    expect(created.status).toBe(201);
    createdShas.push(sha256);
    expect(((await created.json()) as { capture: { sha256: string; isPublic: boolean } }).capture).toMatchObject({ sha256, isPublic: false });
    const duplicate = await post({ origin: app.url, "content-type": "application/octet-stream", cookie });
    expect(duplicate.status).toBe(200);
    expect(await duplicate.json()).toMatchObject({ isDuplicate: true, capture: { sha256 } });

    // Private and cited by a published source: 404 to readers, the bytes to staff.
    const capture = await db().capture.findUniqueOrThrow({ where: { sha256 }, select: { sha256: true, mediaType: true, size: true, capturedAt: true } });
    const slug = uniqueSlug("http-captured");
    const { entryId } = await createEntry(
      "source",
      sourceContent(slug, { captures: [refOf({ ...capture, capturedAt: capture.capturedAt.toISOString() })] }),
      editor,
    );
    await publish(entryId, reviewer);
    expect((await fetch(`${app.url}/api/v1/captures/${sha256}`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/v1/captures/${sha256}/file`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/studio/captures/${sha256}/file`)).status).toBe(401);
    const staffCopy = await fetch(`${app.url}/api/studio/captures/${sha256}/file`, { headers: { cookie } });
    expect(staffCopy.status).toBe(200);
    expect(sha256Of(Buffer.from(await staffCopy.arrayBuffer()))).toBe(sha256);
    // An editor's cookie cannot make it public over HTTP either.
    const refused = await fetch(`${app.url}/api/studio/captures/${sha256}/visibility`, {
      method: "POST",
      headers: { origin: app.url, "content-type": "application/json", cookie },
      body: JSON.stringify({ isPublic: true }),
    });
    expect(refused.status).toBe(403);
    // Nor any other public surface of the published source: its page, its JSON, its history, the open data.
    for (const path of [
      `/sources/${slug}`,
      `/api/v1/sources/${slug}`,
      `/sources/${slug}/history/1`,
      `/api/v1/sources/${slug}/revisions`,
      "/data/record.json",
    ]) {
      expect(await (await fetch(`${app.url}${path}`)).text(), path).not.toContain(sha256);
    }

    await setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: true } });
    const meta = await fetch(`${app.url}/api/v1/captures/${sha256}`);
    expect(meta.status).toBe(200);
    const body = (await meta.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ sha256, mediaType: "application/pdf", size: bytes.length, citedIn: [{ slug }] });
    expect(body).not.toHaveProperty("note");
    const file = await fetch(`${app.url}/api/v1/captures/${sha256}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(sha256Of(Buffer.from(await file.arrayBuffer()))).toBe(sha256);
    expect(await (await fetch(`${app.url}/sources/${slug}`)).text()).toContain(sha256);
  });
});
