import type { Citation } from "@/lib/entries/common-schema";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { EntryLink } from "./entry-link";

/** The sources a claim, participant or moment rests on, with locator and short quote. */
export function CitationList({ citations, targets }: { citations: readonly Citation[]; targets: Map<string, LinkTarget> }) {
  if (citations.length === 0) return null;
  return (
    <ul className="citation-list">
      {citations.map((citation, index) => (
        <li key={`${citation.source}-${index}`}>
          <EntryLink kind="source" slug={citation.source} targets={targets} />
          {citation.locator ? <span className="muted">, {citation.locator}</span> : null}
          {citation.quote ? <q className="citation-quote">{citation.quote}</q> : null}
        </li>
      ))}
    </ul>
  );
}
