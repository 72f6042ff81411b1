// What a share card (the image social networks and chat apps show for a link) says about an entry.
// Pure, so it is unit-tested; lib/seo/share-card.tsx draws it.
import { summarizeClaims } from "../claims/summarize-claims";
import type { EntryKindName } from "../entries/common-schema";
import type { ContentByKind } from "../entries/content-schema";
import type { PublicContentByKind } from "../entries/public-projection";
import { formatEventDate, formatPartialDate } from "../entries/format-date";

export type ShareCardText = { label: string; title: string; line: string | null; alt: string };

const SOURCE_LABELS: Record<ContentByKind["source"]["sourceType"], string> = {
  "news-article": "news article",
  "investigative-report": "investigative report",
  "official-statement": "official statement",
  testimony: "testimony",
  "encyclopedia-article": "encyclopedia article",
  "social-media-post": "social media post",
  video: "video",
  "academic-work": "academic work",
  "court-document": "court or prosecutor document",
  other: "source",
};

/** "14–18 dead, sources disagree" from the event's fatality claims; null when it has none with a number. */
export function tollLine(claims: ContentByKind["event"]["claims"]): string | null {
  const toll = summarizeClaims(claims).find((s) => s.property === "fatalities");
  if (!toll?.numeric) return null;
  const { low, high } = toll.numeric;
  const figure = low === high ? `${low} dead` : `${low}\u2013${high} dead`;
  return toll.isDisputed ? `${figure}, sources disagree` : figure;
}

// One function per kind, looked up by the kind: indexing this mapped type with K gives K's own function,
// so each receives its kind's content without a cast (microsoft/TypeScript#47109).
const CARD_LINES: { [K in EntryKindName]: (content: PublicContentByKind[K]) => { label: string; line: string | null } } = {
  event: (event) => {
    const where = [event.place.name, event.place.country].filter(Boolean).join(", ");
    return { label: "Event", line: [tollLine(event.claims), formatEventDate(event.date), where].filter(Boolean).join(" · ") || null };
  },
  actor: (actor) => ({
    label: actor.nature === "person" ? "Person" : "Organisation",
    line: actor.actorType === "other" ? null : actor.actorType.replace(/-/g, " "),
  }),
  source: (source) => ({
    label: `Source \u00b7 ${SOURCE_LABELS[source.sourceType]}`,
    line: source.published ? `Published ${formatPartialDate(source.published)}` : null,
  }),
};

export function shareCardText<K extends EntryKindName>(kind: K, content: PublicContentByKind[K]): ShareCardText {
  const { label, line } = CARD_LINES[kind](content);
  const alt = `${label}: ${content.title}${line ? `. ${line}` : ""}. Expediente, a sourced and reviewed record.`;
  return { label, title: content.title, line, alt };
}

/**
 * The card is drawn with the font Next bundles (Geist, Latin scripts). A character it lacks would make
 * the renderer fetch a font or emoji from the network, which a server may not reach: such characters are
 * left out of the drawing (the alt text keeps the full title).
 */
export function drawableText(text: string): string {
  return text
    .replace(/[^\u0020-\u007e\u00a0-\u024f\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20ac\u2212]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}
