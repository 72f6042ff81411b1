import "server-only";
import { ImageResponse } from "next/og";
import type { EntryKindName } from "../entries/common-schema";
import { getPublishedEntry } from "../entries/get-published-entry";
import { SHARE_CARD_ID } from "./share-card-path";
import { drawableText, shareCardText, type ShareCardText } from "./share-card-text";

export const SHARE_CARD_SIZE = { width: 1200, height: 630 };

// A card says what the published revision says; after a publication or a withdrawal it must change at
// once, so browsers and CDNs ask again each time (Next's default for these images is a year, immutable).
const ENTRY_CARD_CACHE_CONTROL = "public, max-age=0, must-revalidate";

type Params = { params: Promise<{ slug: string }> | { slug: string } };

/**
 * The card's alt text and size. Next answers 404 for an image id this does not list, so a withdrawn
 * entry's card is listed too (its image answers 410), and a renamed entry's under its old slug.
 */
export async function entryShareCardMetadata(kind: EntryKindName, { params }: Params) {
  let lookup = await getPublishedEntry({ kind, slug: (await params).slug });
  if (lookup.status === "moved") lookup = await getPublishedEntry({ kind, slug: lookup.slug });
  if (lookup.status === "missing" || lookup.status === "moved") return [];
  const alt = lookup.status === "published" ? shareCardText(kind, lookup.content).alt : "Withdrawn from the public record";
  return [{ id: SHARE_CARD_ID, alt, size: SHARE_CARD_SIZE, contentType: "image/png" }];
}

/** The card of a published entry; 404 for an unknown or unpublished one, 410 for a withdrawn one, never a draft's text. */
export async function entryShareCardImage(kind: EntryKindName, { params, id }: Params & { id?: Promise<string | number> }): Promise<Response> {
  const { slug } = await params;
  if (id !== undefined && String(await id) !== SHARE_CARD_ID) return notAnImage(404);
  let lookup = await getPublishedEntry({ kind, slug });
  // A card fetched under an old slug (a post shared before the rename) shows the entry as it is now. Its
  // URL carries a per-build suffix this function cannot know, so it is not redirected here (the proxy could).
  if (lookup.status === "moved") lookup = await getPublishedEntry({ kind, slug: lookup.slug });
  if (lookup.status === "withdrawn") return notAnImage(410);
  if (lookup.status !== "published") return notAnImage(404);
  return drawShareCard(shareCardText(kind, lookup.content), { "cache-control": ENTRY_CARD_CACHE_CONTROL });
}

function notAnImage(status: 404 | 410): Response {
  return new Response(status === 410 ? "Withdrawn" : "Not found", {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

/** 1200 × 630 PNG: the kind, the title, one line of what matters (for an event, the disputed toll). */
export function drawShareCard(card: Omit<ShareCardText, "alt">, headers: Record<string, string> = {}): ImageResponse {
  const title = drawableText(card.title);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: "64px 72px",
        background: "#14161a",
        color: "#f4f1ea",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, letterSpacing: 2, textTransform: "uppercase", color: "#e0b25c" }}>{drawableText(card.label)}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: title.length > 70 ? 56 : 72, lineHeight: 1.1 }}>{title}</div>
        {card.line ? <div style={{ display: "flex", marginTop: 32, fontSize: 36, color: "#f0c987" }}>{drawableText(card.line)}</div> : null}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", fontSize: 28, color: "#b9b4aa", borderTop: "2px solid #3a3d44", paddingTop: 24 }}>
        <span>Expediente</span>
        <span>Sourced · reviewed · versioned</span>
      </div>
    </div>,
    { ...SHARE_CARD_SIZE, headers },
  );
}
