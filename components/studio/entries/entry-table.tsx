"use client";

import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { bulkAssignReviewerAction, bulkSubmitAction, type BulkResult } from "@/lib/studio/actions/entry-bulk";
import { StateBadge } from "@/components/ui/state-badge";
import { Timestamp } from "@/components/ui/timestamp";
import { entryPath, KIND_LABELS } from "@/lib/entries/kinds";
import type { StudioEntryRow } from "@/lib/entries/list-studio-entries";

/**
 * The entry list with a checkbox per row and, once something is chosen, the bulk bar: submit the
 * chosen drafts for review, or ask a reviewer to take their reviews. What happened to each entry is
 * listed after the action (one refused entry does not stop the others).
 */
export function EntryTable({ rows, reviewers }: { rows: StudioEntryRow[]; reviewers: { id: string; name: string }[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [reviewerId, setReviewerId] = useState("");
  const [outcome, setOutcome] = useState<BulkResult | null>(null);
  const [isPending, startTransition] = useTransition();
  const reviewerField = useId();
  const visibleIds = rows.map((r) => r.id);
  const chosen = visibleIds.filter((id) => selected.has(id));
  const isAllChosen = chosen.length === visibleIds.length && visibleIds.length > 0;

  function toggle(id: string, isOn: boolean) {
    setSelected((previous) => {
      const next = new Set(previous);
      if (isOn) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  function run(action: () => Promise<BulkResult>) {
    startTransition(async () => {
      const result = await action();
      setOutcome(result);
      if (result.ok) setSelected(new Set(result.results.filter((r) => !r.ok).map((r) => r.entryId)));
    });
  }

  return (
    <>
      <div className="bulk-bar" role="region" aria-label="Bulk actions" hidden={chosen.length === 0 && outcome === null}>
        <p className="bulk-bar__count" aria-live="polite">
          {chosen.length === 1 ? "1 entry selected" : `${chosen.length} entries selected`}
        </p>
        <button type="button" className="button" disabled={isPending || chosen.length === 0} onClick={() => run(() => bulkSubmitAction(chosen))}>
          {isPending ? "Working…" : "Submit for review"}
        </button>
        <div className="bulk-bar__assign">
          <label htmlFor={reviewerField}>Reviewer</label>
          <select id={reviewerField} value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
            <option value="">Choose…</option>
            {reviewers.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={isPending || chosen.length === 0 || reviewerId === ""}
            onClick={() => run(() => bulkAssignReviewerAction(chosen, reviewerId))}
          >
            Assign reviewer
          </button>
        </div>
        {outcome ? (
          <div className="bulk-bar__results" role="status">
            {outcome.ok ? (
              <>
                <p>
                  {outcome.results.filter((r) => r.ok).length} of {outcome.results.length} done.
                </p>
                <ul aria-label="What happened to each entry">
                  {outcome.results.map((r) => (
                    <li key={r.entryId} className={r.ok ? "bulk-result bulk-result--ok" : "bulk-result bulk-result--refused"}>
                      <strong>{r.title ?? "An entry that no longer exists"}</strong>: {r.message}
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <p className="field-error">{outcome.formError ?? Object.values(outcome.fieldErrors).flat().join(" ")}</p>
            )}
          </div>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="entry-table stack-table">
          <thead>
            <tr>
              <th scope="col" className="entry-table__select">
                <input
                  type="checkbox"
                  aria-label="Select every entry on this page"
                  checked={isAllChosen}
                  onChange={(e) => setSelected(e.target.checked ? new Set(visibleIds) : new Set())}
                />
              </th>
              <th scope="col">Title</th>
              <th scope="col">Kind</th>
              <th scope="col">State</th>
              <th scope="col">Latest revision</th>
              <th scope="col">
                <span className="visually-hidden">Links</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td className="entry-table__select">
                  <input type="checkbox" aria-label={`Select ${row.title}`} checked={selected.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />
                </td>
                <td className="stack-table__title">
                  <Link href={`/studio/entries/${row.id}`}>{row.title}</Link>
                  <br />
                  <code className="muted">{row.slug}</code>
                </td>
                <td data-label="Kind">{KIND_LABELS[row.kind].one}</td>
                <td data-label="State">
                  <StateBadge state={row.state} />
                  {row.isWithdrawn ? <StateBadge state="WITHDRAWN" /> : null}
                  {row.isPublished && row.hasUnpublishedChanges ? <span className="muted entry-table__note">an older revision is live</span> : null}
                </td>
                <td data-label="Latest revision">
                  {row.latestNumber} · {row.latestAuthor}
                  <br />
                  <span className="muted entry-table__note">
                    <Timestamp date={row.updatedAt} />
                  </span>
                </td>
                <td className="entry-table__links">
                  <Link href={`/studio/entries/${row.id}`} aria-label={`Edit ${row.title}`}>
                    Edit
                  </Link>{" "}
                  ·{" "}
                  <Link href={`/studio/entries/${row.id}/history`} aria-label={`History of ${row.title}`}>
                    History
                  </Link>
                  {row.isPublished ? (
                    <>
                      {" "}
                      ·{" "}
                      <Link href={entryPath(row.kind, row.slug)} aria-label={`Public page of ${row.title}`}>
                        Public page
                      </Link>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
