import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";

test("npm run dossier prints the published record to a PDF", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(tmpdir(), "expediente-dossier-"));
  try {
    const out = path.join(dir, "dossier.pdf");
    await promisify(execFile)(process.execPath, ["scripts/dossier.mjs", "--out", out, "--url", baseURL!], { timeout: 110_000 });
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("a reader opens the dossier: contents, the event, and references at the end", async ({ page }) => {
  await page.goto("/dossier");
  await expect(page.getByRole("heading", { level: 1, name: "Dossier of the published record" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "San Miguel del Ene attack", exact: true })).toBeVisible();
  const references = page.getByRole("region", { name: "References" });
  await expect(references.getByRole("listitem").first()).toBeVisible();
  await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "References" }).click();
  await expect(page).toHaveURL(/#references$/);
});
