import Link from "next/link";
import type { CitedSource } from "@/lib/entries/list-cited-sources";
import { entryPath } from "@/lib/entries/kinds";
import { WithdrawnReferenceView } from "@/components/record/withdrawn-reference-view";

/**
 * Every source the event cites, with where to find it: the original web address, the archived copy
 * and when it was accessed. On paper these addresses are what lets a reader check the record.
 */
export function CitedSources({ sources }: { sources: CitedSource[] }) {
  if (sources.length === 0) return null;
  return (
    <section aria-labelledby="sources-heading" className="cited-sources">
      <h2 id="sources-heading">Sources</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.slug}>
            {source.withdrawn ? <WithdrawnReferenceView reference={source.withdrawn} /> : <Link href={entryPath("source", source.slug)}>{source.title}</Link>}
            {source.url ? (
              <>
                {" "}
                ·{" "}
                <a href={source.url} className="cited-sources__url" rel="noopener noreferrer">
                  original
                </a>
              </>
            ) : null}
            {source.archiveUrl ? (
              <>
                {" "}
                ·{" "}
                <a href={source.archiveUrl} className="cited-sources__url" rel="noopener noreferrer">
                  archived copy
                </a>
              </>
            ) : null}
            {source.accessed ? <span className="muted"> · accessed {source.accessed}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
