import { drawShareCard, SHARE_CARD_SIZE } from "@/lib/seo/share-card";

// The site's card, for the home page and every public page without one of its own.
export const alt = "Expediente: a public, sourced, reviewed and versioned record of contested events.";
export const size = SHARE_CARD_SIZE;
export const contentType = "image/png";

export default function Image() {
  return drawShareCard({ label: "The record", title: "Expediente", line: "A public, sourced, reviewed and versioned record of contested events" });
}
