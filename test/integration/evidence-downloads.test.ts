// The studio's downloads of the whole record: the export for admins, the dossier PDF for staff.
import { hash } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startAppServer, type AppServer } from "./app-server";
import { signInOverHttp } from "./sign-in";

let app: AppServer;
const stamp = Date.now();
const password = "downloads-password";
const accounts = { admin: `downloads-admin-${stamp}@test.example`, editor: `downloads-editor-${stamp}@test.example` };
const cookies: Record<keyof typeof accounts, string> = { admin: "", editor: "" };

beforeAll(async () => {
  app = await startAppServer(3460);
  const passwordHash = await hash(password);
  await db().user.createMany({
    data: [
      { email: accounts.admin, name: "Downloads Admin", role: "ADMIN", passwordHash },
      { email: accounts.editor, name: "Downloads Editor", role: "EDITOR", passwordHash },
    ],
  });
  cookies.admin = await signInOverHttp(app.url, accounts.admin, password);
  cookies.editor = await signInOverHttp(app.url, accounts.editor, password);
}, 120_000);
afterAll(async () => {
  await app?.stop();
});

const get = (path: string, cookie?: string) => fetch(`${app.url}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });

/** The names of the files in a tar (512-byte headers, name in the first 100 bytes, size in octal at 124). */
function tarNames(bytes: Buffer): string[] {
  const names: string[] = [];
  for (let at = 0; at + 512 <= bytes.length;) {
    const name = bytes
      .subarray(at, at + 100)
      .toString("utf8")
      .replace(/\0.*$/s, "");
    if (!name) break;
    names.push(name);
    const size = parseInt(
      bytes
        .subarray(at + 124, at + 136)
        .toString("utf8")
        .replace(/\0.*$/s, "")
        .trim() || "0",
      8,
    );
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return names;
}

describe("the studio's downloads", () => {
  it("gives an admin the whole record as the export archive, without password hashes, and audits it", async () => {
    const response = await get("/studio/export", cookies.admin);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-tar");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="expediente-record-\d{4}-\d{2}-\d{2}\.tar"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    const names = tarNames(bytes);
    expect(names).toContain("manifest.json");
    // Signed with the instance's key, which the answer names for whoever will import it.
    expect(names).toContain("signature.json");
    expect(response.headers.get("x-expediente-public-key")).toMatch(/^MCowBQYDK2VwAyEA[A-Za-z0-9+/]{43}=$/);
    expect(names).toContain("data/Revision.ndjson");
    expect(bytes.toString("utf8")).not.toMatch(/\$argon2/);
    const admin = await db().user.findUniqueOrThrow({ where: { email: accounts.admin } });
    const audit = await db().auditEvent.findFirst({ where: { actorId: admin.id, action: "record.exported" } });
    expect(audit?.detail).toMatchObject({
      manifestSha256: response.headers.get("x-expediente-manifest-sha256"),
      publicKey: response.headers.get("x-expediente-public-key"),
    });
  }, 120_000);

  it("refuses the export to an editor (403) and sends a signed-out visitor to sign in", async () => {
    const refused = await get("/studio/export", cookies.editor);
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain("manifest");
    const signedOut = await get("/studio/export");
    expect(signedOut.status).toBeGreaterThanOrEqual(300);
    expect(signedOut.status).toBeLessThan(400);
    expect(signedOut.headers.get("location")).toContain("/login?callbackUrl=%2Fstudio%2Fexport");
  });

  it("prints the dossier to a PDF for staff, and not for a signed-out visitor", async () => {
    const response = await get("/studio/dossier.pdf", cookies.editor);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(20_000);
    const signedOut = await get("/studio/dossier.pdf");
    expect(signedOut.headers.get("location")).toContain("/login");
  }, 180_000);
});
