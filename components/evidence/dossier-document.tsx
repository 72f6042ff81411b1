import { NATURE_VERBS, propertyLabel } from "@/components/record/claims-section";
import type { Dossier, DossierCitation, DossierEntry } from "@/lib/dossier/build-dossier";
import { withdrawnReasonText } from "@/lib/links/withdrawn-reference";

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function Refs({ citations }: { citations: DossierCitation[] }) {
  if (citations.length === 0) return null;
  return (
    <span className="dossier__refs">
      {" "}
      {citations.map((c, i) => (
        <span key={i}>
          <a href={`#ref-${c.number}`}>{`[${c.number}${c.locator ? `, ${c.locator}` : ""}]`}</a>
          {c.quote ? <span className="dossier__quote"> “{c.quote}”</span> : null}
        </span>
      ))}
    </span>
  );
}

function EntrySection({ entry }: { entry: DossierEntry }) {
  return (
    <section className="dossier__entry" id={`${entry.kind}-${entry.slug}`} aria-labelledby={`${entry.kind}-${entry.slug}-title`}>
      <h3 id={`${entry.kind}-${entry.slug}-title`}>{entry.title}</h3>
      <p className="dossier__meta">
        {`Revision ${entry.revision}, published ${formatDay(entry.publishedAt)}`} · <a href={entry.url}>{entry.url}</a>
      </p>
      {entry.facts.length > 0 ? <p className="dossier__facts">{entry.facts.join(" · ")}</p> : null}
      {entry.summary ? <p>{entry.summary}</p> : null}
      {entry.bodyHtml ? <div className="dossier__body" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} /> : null}
      {entry.notes.length > 0 ? (
        <ol className="dossier__notes" aria-label={`Notes to ${entry.title}`}>
          {entry.notes.map((note) => (
            <li key={note.id} id={note.id} value={note.number}>
              {note.items.map((item, i) => (
                <span key={i}>
                  {i > 0 ? "; " : ""}
                  <a href={`#ref-${item.reference}`}>{`[${item.reference}]`}</a>
                  {item.locator ? `, ${item.locator}` : ""}
                </span>
              ))}
            </li>
          ))}
        </ol>
      ) : null}
      {entry.properties.length > 0 ? (
        <>
          <h4>Claims{entry.properties.some((p) => p.isDisputed) ? " and where sources disagree" : ""}</h4>
          <dl className="dossier__claims">
            {entry.properties.map((p) => (
              <div key={p.property}>
                <dt>
                  {propertyLabel(p.property)}
                  {p.isDisputed ? <span className="dossier__disputed"> — disputed</span> : null}
                  {p.numeric && p.numeric.low !== p.numeric.high ? (
                    <span className="dossier__spread">
                      {" "}
                      (figures from {p.numeric.low} to {p.numeric.high}; lowest {p.numeric.conservative})
                    </span>
                  ) : null}
                </dt>
                {p.claims.map((claim) => (
                  <dd key={claim.id} className={`dossier__claim dossier__claim--${claim.rank}`}>
                    <strong>{claim.valueText}</strong>
                    {claim.qualifiers?.category ? ` (${claim.qualifiers.category})` : ""} —{" "}
                    {claim.assertedByName ? `${claim.assertedByName} ${NATURE_VERBS[claim.nature]}` : `unattributed (${claim.nature})`}
                    {claim.rank === "preferred" ? " · preferred" : ""}
                    {claim.rank === "deprecated" ? ` · deprecated: ${claim.deprecationReason ?? ""}` : ""}
                    <Refs citations={claim.citations} />
                    {claim.note ? <span className="dossier__note"> {claim.note}</span> : null}
                  </dd>
                ))}
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </section>
  );
}

/** The published record as one printable document: what /dossier shows and `npm run dossier` prints. */
export function DossierDocument({ dossier }: { dossier: Dossier }) {
  const parts: { id: string; heading: string; entries: DossierEntry[] }[] = [
    { id: "events", heading: "Events", entries: dossier.events },
    { id: "actors", heading: "Actors", entries: dossier.actors },
    { id: "sources", heading: "Sources", entries: dossier.sources },
  ];
  return (
    <article className="dossier">
      <header className="dossier__header">
        <p className="dossier__running" aria-hidden="true">
          Expediente — dossier of the published record, {formatDay(dossier.producedAt)}
        </p>
        <h1>Dossier of the published record</h1>
        <p>
          {`Produced ${dossier.producedAt.toISOString().replace("T", " ").slice(0, 16)} UTC`} from the published revisions of {dossier.events.length} events,{" "}
          {dossier.actors.length} actors and {dossier.sources.length} sources. Each entry gives the number of the revision printed here; earlier revisions are
          in each entry&apos;s history. Numbers in brackets refer to the references at the end.
        </p>
        <nav aria-label="Contents">
          <ol>
            {parts.map((part) => (
              <li key={part.id}>
                <a href={`#${part.id}`}>{part.heading}</a> ({part.entries.length})
              </li>
            ))}
            <li>
              <a href="#references">References</a> ({dossier.references.length})
            </li>
          </ol>
        </nav>
      </header>
      {parts.map((part) => (
        <section key={part.id} id={part.id} className="dossier__part" aria-labelledby={`${part.id}-heading`}>
          <h2 id={`${part.id}-heading`}>{part.heading}</h2>
          {part.entries.map((entry) => (
            <EntrySection key={entry.slug} entry={entry} />
          ))}
        </section>
      ))}
      <section id="references" className="dossier__references" aria-labelledby="references-heading">
        <h2 id="references-heading">References</h2>
        <ol>
          {dossier.references.map((ref) => (
            <li key={ref.number} id={`ref-${ref.number}`} value={ref.number}>
              {ref.withdrawn ? (
                // Printed, so the reason is written out rather than one click away; no address that answers 410.
                <>
                  {ref.title}. {withdrawnReasonText(ref.withdrawn)}
                </>
              ) : (
                <a href={`/sources/${ref.slug}`}>{ref.title}</a>
              )}
              {ref.publisher ? `. ${ref.publisher}` : ""}
              {ref.published ? `, ${ref.published}` : ""}.{ref.url ? <> {ref.url}</> : null}
              {ref.captureHashes.map((hash) => (
                <span key={hash} className="dossier__hash">
                  {" "}
                  Capture SHA-256 <code>{hash}</code>.
                </span>
              ))}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
