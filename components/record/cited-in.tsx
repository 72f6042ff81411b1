import Link from "next/link";
import type { Claim } from "@/lib/claims/claim-schema";
import { formatClaimValue } from "@/lib/claims/summarize-claims";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath, KIND_LABELS } from "@/lib/entries/kinds";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { NATURE_VERBS, propertyLabel } from "./claims-section";
import { EntryLink, entryTitle } from "./entry-link";

export type CitingEntry = {
  kind: EntryKindName;
  slug: string;
  title: string;
  /** The citing entry's claims that rest on this source. */
  claims: Claim[];
  /** Where else the entry cites it: "the text", "participants, timeline or affiliations". */
  elsewhere: string[];
};

/** A source's "Cited in": each published entry that cites it, with the claims that rest on it. */
export function CitedIn({ entries, sourceSlug, targets }: { entries: CitingEntry[]; sourceSlug: string; targets: Map<string, LinkTarget> }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="cited-heading">
      <h2 id="cited-heading">Cited in</h2>
      <ul className="cited-in">
        {entries.map((entry) => (
          <li key={`${entry.kind}/${entry.slug}`}>
            <Link href={entryPath(entry.kind, entry.slug)}>{entry.title}</Link> <span className="muted">({KIND_LABELS[entry.kind].one.toLowerCase()})</span>
            {entry.claims.length > 0 ? (
              <ul className="cited-in__claims">
                {entry.claims.map((claim) => {
                  const locators = claim.citations.filter((c) => c.source === sourceSlug && c.locator).map((c) => c.locator);
                  return (
                    <li key={claim.id}>
                      <a href={`${entryPath(entry.kind, entry.slug)}#claim-${claim.id}`}>{propertyLabel(claim.property)}</a>:{" "}
                      <strong>{formatClaimValue(claim.value, (slug) => entryTitle("actor", slug, targets))}</strong>
                      {claim.qualifiers?.category ? <span className="muted"> ({claim.qualifiers.category})</span> : null}
                      {claim.assertedBy ? (
                        <>
                          {" "}
                          — <EntryLink kind="actor" slug={claim.assertedBy} targets={targets} /> <span className="muted">{NATURE_VERBS[claim.nature]}</span>
                        </>
                      ) : null}
                      {claim.rank === "deprecated" ? <span className="badge badge--hidden">deprecated</span> : null}
                      {locators.length > 0 ? <span className="muted"> · {locators.join("; ")}</span> : null}
                    </li>
                  );
                })}
              </ul>
            ) : null}
            {entry.elsewhere.length > 0 ? <p className="cited-in__elsewhere muted">Cited in {entry.elsewhere.join(" and ")}.</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
