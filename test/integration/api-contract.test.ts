// The public API against its own OpenAPI document, as an outside developer meets it: a typed client is
// generated from /api/openapi.json with openapi-typescript and a small program using it must compile and
// run; then every operation is called (the list paged to its end, every entry, each documented error)
// and every status, header and body is checked with ajv against the document. A field or a status the
// document does not describe fails the test, and so does a documented status no call produced.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import openapiTS, { astToString } from "openapi-typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setCaptureVisibility } from "@/lib/captures/set-capture-visibility";
import { uploadCapture } from "@/lib/captures/upload-capture";
import { db } from "@/lib/db";
import { KIND_WORDS } from "@/lib/entries/kinds";
import { withdrawEntry } from "@/lib/review/withdraw-entry";
import { saveRevision } from "@/lib/revisions/save-revision";
import { startAppServer, type AppServer } from "./app-server";
import { bodyOf, pdfBytes, sha256Of } from "./capture-helpers";
import { actorContent, createEntry, makeActor, publish, sourceContent, uniqueSlug } from "./fixtures";
import { ROOT } from "./run-script";

type Operation = { responses: Record<string, { content?: Record<string, unknown>; headers?: Record<string, { required?: boolean }> }> };
type OpenApi = { paths: Record<string, Record<string, Operation>> };

let app: AppServer;
let document: OpenApi;
let ajv: Ajv2020;
let workDir: string;
const renamed = { oldSlug: uniqueSlug("contract-old"), newSlug: uniqueSlug("contract-new") };
const withdrawnSlug = uniqueSlug("contract-withdrawn");
const secretWord = `Archivedtext${Date.now()}`;
const archivedSlug = uniqueSlug("contract-archived");
// A source withdrawn after a published actor cites it: its references say withdrawn: true (issue 21).
const withdrawnSourceSlug = uniqueSlug("contract-withdrawn-source");
const citingSlug = uniqueSlug("contract-citing");
const captureBytes = pdfBytes(5000);
const privateCaptureBytes = pdfBytes(5000);

beforeAll(async () => {
  const [server, editor, reviewer] = await Promise.all([startAppServer(3300), makeActor("EDITOR"), makeActor("REVIEWER")]);
  app = server;
  // A renamed entry (301), a withdrawn one (410) and a source with an archived text (editors only).
  const old = await createEntry("actor", actorContent(renamed.oldSlug), editor);
  await publish(old.entryId, reviewer);
  const rename = await saveRevision({
    actor: editor,
    kind: "actor",
    entryId: old.entryId,
    baseRevisionId: old.revisionId,
    content: actorContent(renamed.newSlug),
    summary: "Rename",
  });
  expect(rename.ok).toBe(true);
  await publish(old.entryId, reviewer);
  const gone = await createEntry("actor", actorContent(withdrawnSlug), editor);
  await publish(gone.entryId, reviewer);
  await withdrawEntry({ actor: reviewer, entryId: gone.entryId, reason: "Contract test", isConfirmed: true });
  const withdrawnSource = await createEntry("source", sourceContent(withdrawnSourceSlug), editor);
  await publish(withdrawnSource.entryId, reviewer);
  const citing = await createEntry(
    "actor",
    actorContent(citingSlug, {
      claims: [
        {
          id: "status",
          property: "status",
          value: { type: "text", text: "active" },
          nature: "asserted",
          rank: "normal",
          citations: [{ source: withdrawnSourceSlug }],
        },
      ],
    }),
    editor,
  );
  await publish(citing.entryId, reviewer);
  await withdrawEntry({ actor: reviewer, entryId: withdrawnSource.entryId, reason: "Contract test: retracted", isConfirmed: true });
  const archived = await createEntry("source", sourceContent(archivedSlug, { archive: { text: secretWord, sha256: "a".repeat(64) } }), editor);
  await publish(archived.entryId, reviewer);
  // A public capture cited by a published source (200) and a private one (404).
  for (const [bytes, isPublic] of [
    [captureBytes, true],
    [privateCaptureBytes, false],
  ] as const) {
    const uploaded = await uploadCapture({
      actor: editor,
      body: bodyOf(bytes).stream,
      declaredBytes: bytes.length,
      declaredSha256: null,
      metadata: { capturedAt: "2026-12-01" },
    });
    if (!uploaded.ok) throw new Error("capture upload failed");
    const { sha256, mediaType, size, capturedAt } = uploaded.capture;
    const cited = await createEntry("source", sourceContent(uniqueSlug("contract-captured"), { captures: [{ sha256, mediaType, size, capturedAt }] }), editor);
    await publish(cited.entryId, reviewer);
    if (isPublic) await setCaptureVisibility({ actor: reviewer, sha256, input: { isPublic: true } });
  }

  document = (await (await fetch(`${app.url}/api/openapi.json`)).json()) as OpenApi;
  ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document's own keywords, so ajv can hold the whole document and resolve its $refs in place.
  ajv.addVocabulary(["openapi", "info", "servers", "security", "paths", "components", "discriminator"]);
  ajv.addSchema(document, "openapi.json");
  workDir = mkdtempSync(path.join(tmpdir(), "expediente-api-client-"));
  symlinkSync(path.join(ROOT, "node_modules"), path.join(workDir, "node_modules"));
}, 120_000);

afterAll(async () => {
  await app?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const pointer = (...parts: string[]) => parts.map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

function bodySchema(route: string, method: string, status: number): ValidateFunction {
  const validate = ajv.getSchema(`openapi.json#/paths/${pointer(route, method, "responses", String(status), "content", "application/json", "schema")}`);
  if (!validate) throw new Error(`no JSON schema for ${method} ${route} ${status}`);
  return validate;
}

/** Every way an answer can differ from the document, as readable lines (empty: it conforms). */
function problemsOf(route: string, method: string, status: number, headers: Headers, body: unknown): string[] {
  const documented = document.paths[route]?.[method]?.responses[String(status)];
  if (!documented) return [`${method.toUpperCase()} ${route}: status ${status} is not documented`];
  const problems: string[] = [];
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    if (header.required && !headers.get(name)) problems.push(`${route} ${status}: header ${name} is missing`);
  }
  if (!documented.content) {
    if (body !== null) problems.push(`${route} ${status}: a body the document does not describe`);
    return problems;
  }
  if (!documented.content["application/json"]) {
    // Bytes, not JSON (a capture's file): the answer's media type must be one the document names.
    const mediaType = headers.get("content-type")?.split(";")[0]?.trim() ?? "";
    if (!(mediaType in documented.content)) problems.push(`${route} ${status}: content-type ${mediaType} is not documented`);
    return problems;
  }
  if (!headers.get("content-type")?.startsWith("application/json")) problems.push(`${route} ${status}: content-type ${headers.get("content-type")}`);
  const validate = bodySchema(route, method, status);
  if (!validate(body))
    problems.push(...(validate.errors ?? []).map((e) => `${route} ${status}: ${e.instancePath || "(body)"} ${e.message} ${JSON.stringify(e.params)}`));
  return problems;
}

const seen = new Set<string>();

/** Calls the API without following redirects and checks the answer against the document. */
async function call(route: string, url: string, method = "get"): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${app.url}${url}`, { method: method.toUpperCase(), redirect: "manual" });
  const bytes = new Uint8Array(await response.arrayBuffer());
  const isJson = response.headers.get("content-type")?.startsWith("application/json") ?? false;
  // Anything but JSON (a capture's bytes) is kept as bytes for the test to compare.
  const body: unknown = bytes.length === 0 ? null : isJson ? JSON.parse(new TextDecoder().decode(bytes)) : bytes;
  expect(problemsOf(route, method, response.status, response.headers, body), url).toEqual([]);
  seen.add(`${method} ${route} ${response.status}`);
  return { status: response.status, headers: response.headers, body };
}

type Listed = { kind: string; slug: string };

describe("the OpenAPI document", () => {
  it("gives every operation an id and a described body for every JSON answer", () => {
    for (const [route, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        expect((operation as { operationId?: string }).operationId, `${method} ${route}`).toBeTruthy();
        for (const [status, response] of Object.entries(operation.responses)) {
          if (Number(status) === 301) expect(response.headers?.Location?.required, `${route} 301`).toBe(true);
          // A capture's file answers its bytes, under each media type it may have; everything else answers JSON.
          else if (route.endsWith("/file") && status === "200") expect(Object.keys(response.content ?? {}), route).toContain("application/pdf");
          else expect(response.content?.["application/json"], `${route} ${status}`).toBeDefined();
        }
      }
    }
  });

  it("rejects what it does not describe (the validator is not a rubber stamp)", async () => {
    const { body } = await call("/api/v1/{kind}/{slug}", "/api/v1/events/san-miguel-del-ene-attack");
    const entry = body as Record<string, unknown> & { content: Record<string, unknown> };
    const headers = new Headers({ "content-type": "application/json" });
    expect(problemsOf("/api/v1/{kind}/{slug}", "get", 200, headers, entry)).toEqual([]);
    expect(problemsOf("/api/v1/{kind}/{slug}", "get", 200, headers, { ...entry, internalNote: "x" })).not.toEqual([]);
    expect(
      problemsOf("/api/v1/{kind}/{slug}", "get", 200, headers, { ...entry, content: { ...entry.content, archive: { text: "x", sha256: "a".repeat(64) } } }),
    ).not.toEqual([]);
    expect(problemsOf("/api/v1/{kind}/{slug}", "get", 200, headers, { ...entry, kind: "event" })).not.toEqual([]);
    expect(problemsOf("/api/v1/{kind}/{slug}", "get", 418, headers, entry)).toEqual(["GET /api/v1/{kind}/{slug}: status 418 is not documented"]);
    expect(problemsOf("/api/v1/{kind}/{slug}", "get", 404, headers, {})).not.toEqual([]);
    expect(problemsOf("/api/v1/{kind}/{slug}", "get", 404, headers, { error: {} })).not.toEqual([]);
    expect(problemsOf("/api/v1/{kind}/{slug}", "get", 301, new Headers(), null)).not.toEqual([]);
  });
});

describe("a typed client generated from the document", () => {
  it("compiles against the document's types and reads the record through openapi-fetch", async () => {
    const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0]);
    writeFileSync(path.join(workDir, "api.d.ts"), astToString(ast));
    writeFileSync(
      path.join(workDir, "client.ts"),
      `import createClient from "openapi-fetch";
import type { paths } from "./api";

const client = createClient<paths>({ baseUrl: process.argv[2] });
const listed: string[] = [];
let cursor: string | undefined;
do {
  const { data, error } = await client.GET("/api/v1/entries", { params: { query: { limit: 7, cursor } } });
  if (!data) throw new Error(error.error.message);
  for (const item of data.data) listed.push(item.kind + "/" + item.slug);
  cursor = data.nextCursor ?? undefined;
} while (cursor);
const { data: entry } = await client.GET("/api/v1/{kind}/{slug}", { params: { path: { kind: "events", slug: "san-miguel-del-ene-attack" } } });
if (!entry || entry.kind !== "events") throw new Error("no event");
const toll = entry.figures.find((figure) => figure.property === "fatalities");
const { data: log } = await client.GET("/api/v1/{kind}/{slug}/revisions", { params: { path: { kind: "events", slug: entry.slug } } });
const { error: missing } = await client.GET("/api/v1/{kind}/{slug}", { params: { path: { kind: "actors", slug: "no-such-actor" } } });
const { data: health } = await client.GET("/api/health");
console.log(JSON.stringify({
  listed: listed.length,
  distinct: new Set(listed).size,
  category: entry.content.eventType.category,
  year: entry.content.date.start.year ?? null,
  low: toll?.low ?? null,
  high: toll?.high ?? null,
  revisions: log?.data.length ?? 0,
  missing: missing?.error.status ?? null,
  health: health?.status ?? null,
}));
`,
    );
    writeFileSync(
      path.join(workDir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          target: "ES2022",
          module: "ESNext",
          moduleResolution: "bundler",
          skipLibCheck: true,
          types: ["node"],
          noUncheckedIndexedAccess: true,
        },
        files: ["client.ts", "api.d.ts"],
      }),
    );
    const compiled = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", workDir], { encoding: "utf8" });
    expect(compiled.stdout + compiled.stderr).toBe("");
    expect(compiled.status).toBe(0);
    writeFileSync(path.join(workDir, "package.json"), JSON.stringify({ type: "module" }));
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(workDir, "client.ts"), app.url], { encoding: "utf8", cwd: workDir });
    expect(run.stderr).toBe("");
    const result = JSON.parse(run.stdout) as Record<string, unknown>;
    const published = await db().entry.count({ where: { publishedRevisionId: { not: null }, withdrawnAt: null } });
    expect(result).toEqual({
      listed: published,
      distinct: published,
      category: "Violence against civilians",
      year: 2021,
      low: 14,
      high: 18,
      revisions: expect.any(Number),
      missing: 404,
      health: "ok",
    });
    expect(result.revisions).toBeGreaterThan(1);
  }, 120_000);

  it("a client holding types that do not match the answers fails to compile", async () => {
    // The same program reading a field the document does not have must not compile: the types are real.
    writeFileSync(
      path.join(workDir, "wrong.ts"),
      `import createClient from "openapi-fetch";
import type { paths } from "./api";
const client = createClient<paths>({ baseUrl: "http://127.0.0.1" });
const { data } = await client.GET("/api/v1/entries", { params: { query: { kind: "actor" } } });
console.log(data?.data[0]?.name);
`,
    );
    writeFileSync(path.join(workDir, "tsconfig.wrong.json"), JSON.stringify({ extends: "./tsconfig.json", files: ["wrong.ts", "api.d.ts"] }));
    const compiled = spawnSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", path.join(workDir, "tsconfig.wrong.json")], {
      encoding: "utf8",
    });
    expect(compiled.status).not.toBe(0);
    expect(compiled.stdout).toMatch(/Type '"actor"' is not assignable/);
    expect(compiled.stdout).toContain("Property 'name' does not exist");
  }, 60_000);
});

describe("every operation answers as documented", () => {
  it("lists every published entry across pages, in the plural kind vocabulary", async () => {
    const listed: Listed[] = [];
    let url: string | null = "/api/v1/entries?limit=9";
    let pages = 0;
    while (url) {
      const { status, body } = await call("/api/v1/entries", url);
      expect(status).toBe(200);
      const page = body as { data: Listed[]; nextCursor: string | null };
      listed.push(...page.data);
      pages++;
      url = page.nextCursor ? `/api/v1/entries?limit=9&cursor=${page.nextCursor}` : null;
    }
    const published = await db().entry.findMany({ where: { publishedRevisionId: { not: null }, withdrawnAt: null }, select: { slug: true } });
    expect(pages).toBeGreaterThan(1);
    expect(listed.map((e) => e.slug).sort()).toEqual(published.map((e) => e.slug).sort());
    expect(new Set(listed.map((e) => e.kind))).toEqual(new Set(["events", "actors", "sources"]));
    expect(listed.map((e) => e.slug)).not.toContain(withdrawnSlug);

    for (const kind of ["events", "actors", "sources"]) {
      const { body } = await call("/api/v1/entries", `/api/v1/entries?kind=${kind}&limit=100`);
      const entries = (body as { data: Listed[] }).data;
      expect(entries.length).toBeGreaterThan(0);
      expect(entries.every((e) => e.kind === kind)).toBe(true);
    }
  });

  it("refuses a kind that is not the plural word, naming the allowed values (400)", async () => {
    for (const kind of ["actor", "event", "Events", "people"]) {
      const { status, body } = await call("/api/v1/entries", `/api/v1/entries?kind=${kind}`);
      expect(status).toBe(400);
      const issue = (body as { error: { issues: { path: string; message: string }[] } }).error.issues.find((i) => i.path === "kind");
      expect(issue?.message).toBe("One of events, actors, sources");
    }
  });

  it("answers every published entry and its corrections log with documented bodies, never an archived text", async () => {
    const { body } = await call("/api/v1/entries", "/api/v1/entries?limit=100");
    let page = body as { data: Listed[]; nextCursor: string | null };
    const all = [...page.data];
    while (page.nextCursor) {
      page = (await call("/api/v1/entries", `/api/v1/entries?limit=100&cursor=${page.nextCursor}`)).body as typeof page;
      all.push(...page.data);
    }
    for (const { kind, slug } of all) {
      const entry = await call("/api/v1/{kind}/{slug}", `/api/v1/${kind}/${slug}`);
      expect(entry.status).toBe(200);
      expect((entry.body as Listed).kind).toBe(kind);
      const log = await call("/api/v1/{kind}/{slug}/revisions", `/api/v1/${kind}/${slug}/revisions`);
      expect(log.status).toBe(200);
    }
    const citing = await call("/api/v1/{kind}/{slug}", `/api/v1/actors/${citingSlug}`);
    expect((citing.body as { references: unknown[] }).references).toContainEqual(
      expect.objectContaining({ kind: "sources", slug: withdrawnSourceSlug, title: `Source ${withdrawnSourceSlug}`, url: null, withdrawn: true }),
    );
    const archived = await call("/api/v1/{kind}/{slug}", `/api/v1/sources/${archivedSlug}`);
    expect(JSON.stringify(archived.body)).not.toContain(secretWord);
  }, 120_000);

  it("redirects a renamed entry and its corrections log permanently (301 with Location)", async () => {
    const entry = await call("/api/v1/{kind}/{slug}", `/api/v1/actors/${renamed.oldSlug}`);
    expect(entry.status).toBe(301);
    expect(entry.headers.get("location")).toBe(`/api/v1/actors/${renamed.newSlug}`);
    const log = await call("/api/v1/{kind}/{slug}/revisions", `/api/v1/actors/${renamed.oldSlug}/revisions`);
    expect(log.status).toBe(301);
    expect(log.headers.get("location")).toBe(`/api/v1/actors/${renamed.newSlug}/revisions`);
    const followed = await call("/api/v1/{kind}/{slug}/revisions", log.headers.get("location")!);
    expect((followed.body as { slug: string; data: unknown[] }).slug).toBe(renamed.newSlug);
    expect((followed.body as { data: unknown[] }).data).toHaveLength(2);
  });

  it("answers unknown slugs and kinds 404 and withdrawn entries 410 with the public reason", async () => {
    for (const route of ["/api/v1/{kind}/{slug}", "/api/v1/{kind}/{slug}/revisions"] as const) {
      const suffix = route.endsWith("revisions") ? "/revisions" : "";
      expect((await call(route, `/api/v1/events/no-such-event${suffix}`)).status).toBe(404);
      expect((await call(route, `/api/v1/people/someone${suffix}`)).status).toBe(404);
      const gone = await call(route, `/api/v1/actors/${withdrawnSlug}${suffix}`);
      expect(gone.status).toBe(410);
      expect((gone.body as { error: { reason: string } }).error.reason).toBe("Contract test");
    }
  });

  it("pages through the published claims, each claim as documented, and refuses a bad cursor or limit", async () => {
    let url: string | null = "/api/v1/claims?limit=50";
    let claims = 0;
    const withdrawnCitations: { withdrawn: boolean }[] = [];
    while (url) {
      const { status, body } = await call("/api/v1/claims", url);
      expect(status).toBe(200);
      const page = body as { data: { entry: { kind: string } }[]; nextCursor: string | null };
      claims += page.data.length;
      for (const claim of page.data as unknown as { citations: { source: { slug: string; withdrawn: boolean } }[] }[]) {
        for (const citation of claim.citations) if (citation.source.slug === withdrawnSourceSlug) withdrawnCitations.push(citation.source);
      }
      expect(page.data.every((claim) => (KIND_WORDS as readonly string[]).includes(claim.entry.kind))).toBe(true);
      url = page.nextCursor ? `/api/v1/claims?limit=50&cursor=${page.nextCursor}` : null;
    }
    expect(claims).toBeGreaterThan(50);
    expect(withdrawnCitations).toEqual([expect.objectContaining({ title: `Source ${withdrawnSourceSlug}`, url: null, withdrawn: true })]);
    expect((await call("/api/v1/claims", "/api/v1/claims?cursor=bm90LWEtY3Vyc29y")).status).toBe(400);
    expect((await call("/api/v1/claims", "/api/v1/claims?limit=501")).status).toBe(400);
  });

  it("answers a public capture's metadata, and 404 for a private or unknown hash", async () => {
    const found = await call("/api/v1/captures/{sha256}", `/api/v1/captures/${sha256Of(captureBytes)}`);
    expect(found.status).toBe(200);
    expect((found.body as { sha256: string }).sha256).toBe(sha256Of(captureBytes));
    expect((await call("/api/v1/captures/{sha256}", `/api/v1/captures/${sha256Of(privateCaptureBytes)}`)).status).toBe(404);
    expect((await call("/api/v1/captures/{sha256}", `/api/v1/captures/${"0".repeat(64)}`)).status).toBe(404);
    expect((await call("/api/v1/captures/{sha256}", "/api/v1/captures/not-a-hash")).status).toBe(404);
  });

  it("serves a public capture's bytes at its downloadPath, as documented, and 404 for a private or unknown hash", async () => {
    const route = "/api/v1/captures/{sha256}/file";
    const { body: facts } = await call("/api/v1/captures/{sha256}", `/api/v1/captures/${sha256Of(captureBytes)}`);
    const file = await call(route, (facts as { downloadPath: string }).downloadPath);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(sha256Of(file.body as Uint8Array)).toBe(sha256Of(captureBytes));
    expect((await call(route, `/api/v1/captures/${sha256Of(privateCaptureBytes)}/file`)).status).toBe(404);
    expect((await call(route, `/api/v1/captures/${"0".repeat(64)}/file`)).status).toBe(404);
  });

  it("gives both cursors the pattern the server accepts, so a client can check one before sending it", () => {
    const cursorOf = (route: string) =>
      (document.paths[route]!.get as unknown as { parameters: { name: string; schema: Record<string, unknown> }[] }).parameters.find(
        (p) => p.name === "cursor",
      )!.schema;
    expect(cursorOf("/api/v1/claims")).toMatchObject({ type: "string", pattern: "^[A-Za-z0-9_-]+$", maxLength: 400 });
    expect(cursorOf("/api/v1/entries")).toMatchObject({ type: "string", pattern: "^[A-Za-z0-9_-]+$" });
  });

  it("reports health, and a database that does not answer as 503", async () => {
    expect((await call("/api/health", "/api/health")).status).toBe(200);
    // An instance whose database is unreachable (nothing listens on port 1).
    const port = 3301 + Number(process.env.TEST_PORT_OFFSET ?? 0);
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: "postgresql://nobody:nothing@127.0.0.1:1/none",
        NEXTAUTH_SECRET: "integration-test-secret-0123456789",
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    try {
      let response: Response | null = null;
      for (let i = 0; i < 200 && !response; i++) {
        response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
        if (!response) await new Promise((resolve) => setTimeout(resolve, 150));
      }
      expect(response?.status).toBe(503);
      const body: unknown = await response!.json();
      expect(problemsOf("/api/health", "get", 503, response!.headers, body)).toEqual([]);
      seen.add("get /api/health 503");
    } finally {
      await new Promise((resolve) => {
        child.once("exit", resolve);
        child.kill("SIGTERM");
      });
    }
  }, 60_000);

  it("produced every documented status of every operation", () => {
    const documented = Object.entries(document.paths).flatMap(([route, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) => Object.keys(operation.responses).map((status) => `${method} ${route} ${status}`)),
    );
    expect(documented.filter((key) => !seen.has(key))).toEqual([]);
  });
});
