import { Timestamp } from "@/components/ui/timestamp";
import type { CoveredRevision } from "@/lib/review/get-review";

/** The revisions a review covers, newest first, with who saved each and why; those new since the last review marked. */
export function CoveredRevisions({ revisions, sinceNumber }: { revisions: CoveredRevision[]; sinceNumber: number | null }) {
  return (
    <div className="table-wrap">
      <table className="stack-table covered-revisions">
        <thead>
          <tr>
            <th scope="col">Revision</th>
            <th scope="col">Author</th>
            <th scope="col">Saved</th>
            <th scope="col">Edit summary</th>
          </tr>
        </thead>
        <tbody>
          {revisions.map((r) => (
            <tr key={r.number} className={r.isSinceLastReview ? "covered-revisions__new" : undefined}>
              <td data-label="Revision" className="stack-table__inline">
                {r.number}
                {r.isSinceLastReview ? (
                  <>
                    {" "}
                    <span className="badge badge--in_review">new since revision {sinceNumber}</span>
                  </>
                ) : null}
              </td>
              <td data-label="Author">{r.author}</td>
              <td data-label="Saved">
                <Timestamp date={r.createdAt} />
              </td>
              <td data-label="Edit summary">{r.isHidden ? <em className="muted">content hidden</em> : r.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
