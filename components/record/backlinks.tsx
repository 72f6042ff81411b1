import Link from "next/link";
import { entryPath, KIND_LABELS } from "@/lib/entries/kinds";
import type { Backlink } from "@/lib/links/list-backlinks";
import { propertyLabel } from "./claims-section";

const words = (slug: string) => slug.replace(/-/g, " ");
const properties = (details: string[]) => details.map((d) => propertyLabel(d).toLowerCase()).join(", ");

/** How a published entry refers to this actor, as a phrase: "alleged perpetrator", "asserts its death toll". */
function describe(relation: string, details: string[]): string {
  switch (relation) {
    case "participant":
      return details.map(words).join(", ");
    case "asserts":
      return `makes claims on ${properties(details)}`;
    case "claim-value":
      return `named in claims on ${properties(details)}`;
    case "affiliation":
      return `${details.map(words).join(", ")} this actor`;
    case "publisher":
      return "publisher";
    case "originator":
      return details.some(Boolean) ? `information comes from it (${details.filter(Boolean).map(words).join(", ")})` : "information comes from it";
    case "cites":
      return "cites it";
    case "related":
      return details.map(words).join(", ");
    default:
      return words(relation);
  }
}

// Roles first: what an actor did in an event matters more than who mentioned it.
const RELATION_ORDER = ["participant", "affiliation", "publisher", "originator", "asserts", "claim-value", "related", "cites"];

/** Published entries that reference this one, one line per entry, with how they reference it. */
export function Backlinks({ title, backlinks, headingId }: { title: string; backlinks: Backlink[]; headingId: string }) {
  if (backlinks.length === 0) return null;
  const byEntry = new Map<string, { link: Backlink; relations: Map<string, string[]> }>();
  for (const link of backlinks) {
    const key = `${link.kind}/${link.slug}`;
    const group = byEntry.get(key) ?? { link, relations: new Map<string, string[]>() };
    const details = group.relations.get(link.relation) ?? [];
    if (!details.includes(link.detail)) details.push(link.detail);
    group.relations.set(link.relation, details);
    byEntry.set(key, group);
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="backlinks">
        {[...byEntry.values()].map(({ link, relations }) => {
          const phrases = [...relations.entries()]
            .sort(([a], [b]) => RELATION_ORDER.indexOf(a) - RELATION_ORDER.indexOf(b))
            .map(([relation, details]) => describe(relation, details));
          return (
            <li key={`${link.kind}/${link.slug}`}>
              <Link href={entryPath(link.kind, link.slug)}>{link.title}</Link> <span className="muted">({KIND_LABELS[link.kind].one.toLowerCase()})</span>
              {phrases.length > 0 ? <span className="backlinks__how"> — {phrases.join("; ")}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
