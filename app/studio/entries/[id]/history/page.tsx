import type { Metadata } from "next";
import Link from "next/link";
import { RevisionActions } from "@/components/studio/revision-actions";
import { StateBadge } from "@/components/ui/state-badge";
import { Timestamp } from "@/components/ui/timestamp";
import { entryPath } from "@/lib/entries/kinds";
import { orNotFound } from "@/lib/http/page-errors";
import { listRevisions } from "@/lib/revisions/list-revisions";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor("read-drafts");
  const { entry, revisions } = await orNotFound(listRevisions({ actor, entryId: id }));
  const latest = revisions[0];
  return (
    <>
      <p className="muted">
        <Link href={`/studio/entries/${entry.id}`}>← Back to the editor</Link>
        {/* Only a published entry has a public page; a link to a draft's would lead readers and prefetches to a 404. */}
        {revisions.some((r) => r.isCurrentlyPublished) ? (
          <>
            {" "}
            · <Link href={entryPath(entry.kind, entry.slug)}>Public page</Link>
          </>
        ) : null}
      </p>
      <h1>History: {entry.title}</h1>
      <form action={`/studio/entries/${entry.id}/compare`} className="compare-form">
        <p>Compare two revisions (pick “from” and “to”):</p>
        <div className="table-wrap">
          <table className="stack-table history-table">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Revision</th>
                <th scope="col">Author</th>
                <th scope="col">Saved</th>
                <th scope="col">Summary</th>
                <th scope="col">State</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {revisions.map((r, index) => (
                <tr key={r.id}>
                  <td data-label="From" className="stack-table__inline">
                    <input type="radio" name="from" value={r.number} defaultChecked={index === 1} aria-label={`Compare from revision ${r.number}`} />
                  </td>
                  <td data-label="To" className="stack-table__inline">
                    <input type="radio" name="to" value={r.number} defaultChecked={index === 0} aria-label={`Compare to revision ${r.number}`} />
                  </td>
                  <td data-label="Revision" className="stack-table__inline">
                    {r.number}
                  </td>
                  <td data-label="Author">{r.author}</td>
                  <td data-label="Saved">
                    <Timestamp date={r.createdAt} />
                  </td>
                  <td data-label="Summary">
                    {r.isHidden ? (
                      <em className="muted">content hidden{r.hiddenReason && can(actor, "hide-revision") ? ` (${r.hiddenReason})` : ""}</em>
                    ) : (
                      r.summary
                    )}
                  </td>
                  <td data-label="State">
                    <StateBadge state={r.isHidden ? "HIDDEN" : r.state} />
                    {r.isCurrentlyPublished ? <span className="muted"> (live)</span> : null}
                    {r.isLatest ? <span className="muted"> (latest)</span> : null}
                  </td>
                  <td className="stack-table__actions">
                    <RevisionActions
                      entryId={entry.id}
                      revisionId={r.id}
                      number={r.number}
                      canRestore={!r.isLatest && !r.isHidden && can(actor, "edit")}
                      canHide={!r.isHidden && !r.isLatest && !r.isCurrentlyPublished && can(actor, "hide-revision")}
                      canUnhide={r.isHidden && can(actor, "hide-revision")}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {latest && revisions.length > 1 ? (
          <button type="submit" className="button">
            Compare selected revisions
          </button>
        ) : null}
      </form>
    </>
  );
}
