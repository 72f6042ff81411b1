import Link from "next/link";
import { entryPath } from "@/lib/entries/kinds";
import type { Backlink } from "@/lib/links/list-backlinks";

const RELATION_LABELS: Record<string, string> = {
  participant: "appears as",
  affiliation: "is affiliated",
  asserts: "makes a claim about",
  "claim-value": "is named in a claim about",
  publisher: "published",
  originator: "is the origin of",
  cites: "cites it",
  related: "is related",
};

/** Published entries that reference this one, grouped by entry, with how they reference it. */
export function Backlinks({ title, backlinks, headingId }: { title: string; backlinks: Backlink[]; headingId: string }) {
  if (backlinks.length === 0) return null;
  const byEntry = new Map<string, { link: Backlink; details: string[] }>();
  for (const link of backlinks) {
    const key = `${link.kind}/${link.slug}`;
    const group = byEntry.get(key) ?? { link, details: [] };
    const detail = [RELATION_LABELS[link.relation] ?? link.relation, link.detail.replace(/-/g, " ")].filter(Boolean).join(": ");
    if (!group.details.includes(detail)) group.details.push(detail);
    byEntry.set(key, group);
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul>
        {[...byEntry.values()].map(({ link, details }) => (
          <li key={`${link.kind}/${link.slug}`}>
            <Link href={entryPath(link.kind, link.slug)}>{link.title}</Link> <span className="muted">({link.kind}; {details.join("; ")})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
