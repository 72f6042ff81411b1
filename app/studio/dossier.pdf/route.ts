import { redirect } from "next/navigation";
import { printDossierPdf } from "@/lib/dossier/print-dossier-pdf.mjs";
import { env } from "@/lib/env";
import { jsonError } from "@/lib/http/json-errors";
import { logger } from "@/lib/logger";
import { currentActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";

// One Chromium at a time: a second request waits for the first PDF instead of starting another browser.
let printing: Promise<unknown> = Promise.resolve();

/** The dossier as `npm run dossier` prints it, for staff; readers print /dossier from their browser. */
export async function GET() {
  const actor = await currentActor();
  if (!actor) redirect(`/login?callbackUrl=${encodeURIComponent("/studio/dossier.pdf")}`);
  if (!can(actor, "read-drafts")) return jsonError(403, "Staff only");
  const pdf = printing.then(() => printDossierPdf({ origin: `http://127.0.0.1:${env().PORT}` }));
  printing = pdf.catch(() => undefined);
  try {
    const bytes = await pdf;
    const day = new Date().toISOString().slice(0, 10);
    return new Response(new Uint8Array(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="expediente-dossier-${day}.pdf"`,
        "cache-control": "no-store",
      },
    });
  } catch (error) {
    logger.warn({ err: { message: error instanceof Error ? error.message : String(error) } }, "dossier PDF failed");
    return jsonError(503, "This server cannot print PDFs (no Chromium): open /dossier and print it to PDF from your browser");
  }
}
