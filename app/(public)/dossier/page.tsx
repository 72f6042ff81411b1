import type { Metadata } from "next";
import { DossierDocument } from "@/components/evidence/dossier-document";
import { buildDossier } from "@/lib/dossier/build-dossier";
import { pageMetadata } from "@/lib/seo/site-metadata";
import "./dossier.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Dossier",
  description: "The whole published record as one cited, printable document.",
  path: "/dossier",
});

export default async function DossierPage() {
  return <DossierDocument dossier={await buildDossier()} />;
}
