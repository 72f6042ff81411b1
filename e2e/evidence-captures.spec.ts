// Source captures in the browser (issue 10, item 1): an editor uploads captures to a new source; a
// reviewer makes two public and publishes; a reader sees them with the SHA-256 that sha256sum gives for
// the same files, a graphic one blurred until asked; a private one's bytes are never served; /verify
// finds a public capture from the file itself.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

const sha256sum = (file: string) => execFileSync("sha256sum", [file], { encoding: "utf8" }).split(" ")[0]!;

async function uploadCapture(page: Page, file: string, { tool, isGraphic = false }: { tool: string; isGraphic?: boolean }) {
  const upload = page.getByRole("group", { name: "Upload a capture" });
  await upload.getByLabel("File").setInputFiles(file);
  await upload.getByLabel("Tool").fill(tool);
  if (isGraphic) await upload.getByLabel(/^Graphic/).check();
  await upload.getByRole("button", { name: "Upload capture" }).click();
  await expect(upload.getByRole("status")).toContainText(`Uploaded (SHA-256 ${sha256sum(file)})`);
}

test("an editor's captures reach readers only once public and published, with the hash sha256sum gives", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), "expediente-e2e-captures-"));
  const stamp = Date.now();
  const slug = `e2e-captured-${stamp}`;
  const title = `E2E captured communiqué ${stamp}`;
  try {
    // Three files, unique to this run: a real PNG screenshot (graphic), a PDF, and a private text file.
    await page.goto("/");
    const png = path.join(dir, "screenshot.png");
    writeFileSync(png, await page.screenshot());
    const pdf = path.join(dir, "communique.pdf");
    writeFileSync(pdf, Buffer.concat([Buffer.from(`%PDF-1.7\n% ${stamp}\n`), randomBytes(300_000)]));
    const txt = path.join(dir, "witness-names.txt");
    writeFileSync(txt, `Names of witnesses, not for publication ${stamp}\n`);

    await signIn(page, "editor", "/studio/entries/new?kind=source");
    await page.getByLabel("Title (required)").fill(title);
    await page.getByLabel("Address (slug) (required)").fill(slug);
    await page.getByLabel("Summary", { exact: true }).fill("A communiqué, archived as captures.");
    await page.getByLabel("Web address").fill("https://example.org/communique");
    await uploadCapture(page, pdf, { tool: "Chromium print to PDF" });
    await uploadCapture(page, png, { tool: "Chromium screenshot", isGraphic: true });
    await uploadCapture(page, txt, { tool: "copy and paste" });
    const listed = page.locator(".captures-field__item");
    await expect(listed).toHaveCount(3);
    await expect(listed.filter({ hasText: sha256sum(txt) })).toContainText("Private");
    await page.screenshot({ path: testInfo.outputPath("studio-captures.png"), fullPage: true });
    await page.getByLabel("Edit summary (required)").fill("New source with captures");
    await page.getByRole("button", { name: "Save and submit for review" }).click();
    await page.waitForURL(/\/studio\/entries\/[0-9a-f-]{36}\?saved=1&submitted=1/);
    const entryId = new URL(page.url()).pathname.split("/").pop()!;

    // An editor may not make a capture public: the button is not offered.
    await expect(page.locator(".captures-field__item").first()).toContainText("Private");
    await expect(page.getByRole("button", { name: "Make public" })).toHaveCount(0);

    // The reviewer makes the PDF and the screenshot public, then approves and publishes.
    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, "reviewer", `/studio/entries/${entryId}`);
    for (const file of [pdf, png]) {
      const item = reviewer.locator(".captures-field__item").filter({ hasText: sha256sum(file) });
      await item.getByRole("button", { name: "Make public" }).click();
      await expect(item.getByRole("button", { name: "Make private" })).toBeVisible();
    }
    await reviewer.goto("/studio/review");
    await reviewer.getByRole("link", { name: title }).click();
    await reviewer.getByRole("button", { name: "Approve and publish" }).click();
    await expect(reviewer.getByText("Approved and published.")).toBeVisible();
    await reviewerContext.close();

    // A reader, signed out.
    const readerContext = await browser.newContext();
    const reader = await readerContext.newPage();
    const sourcePage = await reader.goto(`/sources/${slug}`);
    expect(sourcePage?.status()).toBe(200);
    // The graphic capture's reveal needs hydration: the stored copy keeps its scripts, allowed by hash.
    expect(sourcePage?.headers()["content-security-policy"]).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
    // A copy that runs scripts stays isolated from other sites' windows, as every page rendered per request.
    expect(sourcePage?.headers()["cross-origin-opener-policy"]).toBe("same-origin");
    const captures = reader.getByRole("region", { name: "Archived captures" });
    await expect(captures.locator("code", { hasText: sha256sum(pdf) })).toBeVisible();
    await expect(captures.locator("code", { hasText: sha256sum(png) })).toBeVisible();
    await expect(reader.getByText(sha256sum(txt))).toHaveCount(0);
    await expect(captures.getByText("Graphic content.")).toBeVisible();
    await reader.screenshot({ path: testInfo.outputPath("public-source-captures.png"), fullPage: true });
    await captures.getByRole("button", { name: "Show the capture" }).click();
    await expect(captures.getByText("Graphic content.")).toHaveCount(0);

    // The public bytes are the file's; the private ones are never served to a signed-out request.
    const download = await reader.request.get(`/api/v1/captures/${sha256sum(pdf)}/file`);
    expect(download.status()).toBe(200);
    const downloaded = path.join(dir, "downloaded.pdf");
    writeFileSync(downloaded, await download.body());
    expect(sha256sum(downloaded)).toBe(sha256sum(pdf));
    for (const url of [`/api/v1/captures/${sha256sum(txt)}`, `/api/v1/captures/${sha256sum(txt)}/file`]) {
      expect((await reader.request.get(url)).status(), url).toBe(404);
    }
    expect((await reader.request.get(`/api/studio/captures/${sha256sum(txt)}/file`)).status()).toBe(401);

    // /verify: the same file, chosen in the browser, is found and its citing source linked; another is not.
    await reader.goto("/verify");
    await reader.getByLabel("or choose a file").setInputFiles(pdf);
    await expect(reader.getByText("The record holds this file.")).toBeVisible();
    await expect(reader.getByRole("link", { name: title })).toHaveAttribute("href", `/sources/${slug}`);
    await reader.getByLabel("or choose a file").setInputFiles(txt);
    await expect(reader.getByText("The record holds no published capture with this hash.")).toBeVisible();
    await expect(reader.getByText(sha256sum(txt))).toBeVisible();
    await readerContext.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
