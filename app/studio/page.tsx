import Link from "next/link";
import { StateBadge } from "@/components/ui/state-badge";
import { listStudioEntries, type StudioEntryRow } from "@/lib/entries/list-studio-entries";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";

function EntryList({ rows, empty }: { rows: StudioEntryRow[]; empty: string }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={`/studio/entries/${row.id}`}>{row.title}</Link>{" "}
          <span className="muted">
            {row.kind} · revision {row.latestNumber} by {row.latestAuthor}
          </span>{" "}
          <StateBadge state={row.state} />
        </li>
      ))}
    </ul>
  );
}

export default async function StudioDashboard() {
  const actor = await requireActor();
  const [mine, inReview, published] = await Promise.all([
    listStudioEntries({ actor, authorId: actor.id, limit: 20 }),
    listStudioEntries({ actor, state: "IN_REVIEW", limit: 20 }),
    listStudioEntries({ actor, state: "PUBLISHED", limit: 10 }),
  ]);
  return (
    <>
      <h1>Studio</h1>
      <p>
        <Link className="button" href="/studio/entries/new?kind=event">
          New event
        </Link>{" "}
        <Link className="button button--secondary" href="/studio/entries/new?kind=actor">
          New actor
        </Link>{" "}
        <Link className="button button--secondary" href="/studio/entries/new?kind=source">
          New source
        </Link>
      </p>
      <section aria-labelledby="mine">
        <h2 id="mine">My latest work</h2>
        <EntryList rows={mine.filter((r) => r.state !== "PUBLISHED")} empty="You have no drafts." />
      </section>
      {can(actor, "review") ? (
        <section aria-labelledby="waiting">
          <h2 id="waiting">Waiting for review</h2>
          <EntryList rows={inReview} empty="Nothing is waiting for review." />
        </section>
      ) : null}
      <section aria-labelledby="recent">
        <h2 id="recent">Recently published</h2>
        <EntryList rows={published} empty="Nothing published yet." />
      </section>
      <section aria-labelledby="whole-record">
        <h2 id="whole-record">The whole record</h2>
        <ul>
          <li>
            {/* Files, not pages: plain links, so the browser downloads them. */}
            <a href="/studio/dossier.pdf">Dossier as PDF</a> <span className="muted">— the published record as one A4 document, with numbered references</span>
          </li>
          {can(actor, "export-record") ? (
            <li>
              <a href="/studio/export">Export with full history (.tar)</a>{" "}
              <span className="muted">— every entry, revision, review and audit line, as npm run export writes it (docs/export-format.md)</span>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
