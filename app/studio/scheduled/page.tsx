import type { Metadata } from "next";
import Link from "next/link";
import { CancelScheduleButton } from "@/components/studio/schedule/cancel-schedule-button";
import { LocalTime } from "@/components/studio/schedule/local-time";
import { listScheduledPublications } from "@/lib/review/schedule-list";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Scheduled publications" };

const FINISHED = { PUBLISHED: "published", CANCELLED: "cancelled", FAILED: "not published", SCHEDULED: "scheduled" } as const;

export default async function ScheduledPage() {
  const actor = await requireActor("read-drafts");
  const { upcoming, finished } = await listScheduledPublications({ actor });
  const canCancel = can(actor, "review");
  return (
    <>
      <h1>Scheduled publications</h1>
      <p className="muted">Times are in your time zone. Each one is approved; it publishes at that time after every approval check runs again.</p>
      {upcoming.length === 0 ? <p>Nothing is scheduled.</p> : null}
      {upcoming.length > 0 ? (
        <div className="table-wrap">
          <table className="stack-table" aria-label="Upcoming publications">
            <thead>
              <tr>
                <th scope="col">Entry</th>
                <th scope="col">Publishes at</th>
                <th scope="col">Approved by</th>
                {canCancel ? <th scope="col">Change</th> : null}
              </tr>
            </thead>
            <tbody>
              {upcoming.map((item) => (
                <tr key={item.id}>
                  <td className="stack-table__title">
                    <Link href={`/studio/review/${item.reviewId}`}>{item.title}</Link> <span className="muted">revision {item.revisionNumber}</span>
                  </td>
                  <td data-label="Publishes at">
                    <LocalTime iso={item.publishAt.toISOString()} />
                  </td>
                  <td data-label="Approved by">{item.scheduledBy}</td>
                  {canCancel ? (
                    <td className="stack-table__actions">
                      <CancelScheduleButton scheduleId={item.id} title={item.title} />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {finished.length > 0 ? (
        <section aria-labelledby="finished-heading">
          <h2 id="finished-heading">Recently finished</h2>
          <ul className="entry-index">
            {finished.map((item) => (
              <li key={item.id}>
                <Link href={`/studio/entries/${item.entryId}`}>{item.title}</Link>{" "}
                <span className="muted">
                  · revision {item.revisionNumber} · {FINISHED[item.status]}
                  {item.outcome ? `: ${item.outcome}` : ""} · was set for <LocalTime iso={item.publishAt.toISOString()} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
