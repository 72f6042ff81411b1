// Prints the public /dossier to an A4 PDF with Chromium. Plain JavaScript so that both `npm run dossier`
// (scripts/dossier.mjs) and the studio's download (app/studio/dossier.pdf) use it.
import { existsSync } from "node:fs";

/** Chromium to print with: CHROMIUM_PATH, else Debian's, else Playwright's own (undefined). */
export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
}

/**
 * @param {{ origin: string, path?: string }} options the server to print from; with `path`, the PDF is
 * written there, otherwise returned.
 * @returns {Promise<Buffer>}
 */
export async function printDossierPdf({ origin, path }) {
  // Playwright is a development dependency: a server installed without it cannot print, and says so.
  const { chromium } = await import("playwright");
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const page = await browser.newPage();
    const response = await page.goto(`${origin}/dossier`, { waitUntil: "load", timeout: 120_000 });
    if (!response?.ok()) throw new Error(`/dossier answered ${response?.status()}`);
    await page.emulateMedia({ media: "print" });
    return await page.pdf({ path, format: "A4", preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
