import Link from "next/link";
import { listScheduledPublications } from "@/lib/review/schedule-list";
import type { Actor } from "@/lib/users/permissions";
import { CancelScheduleButton } from "./cancel-schedule-button";
import { LocalTime } from "./local-time";
import { ScheduleApproval } from "./schedule-approval";

/** On an open review: its scheduled publication with a way to cancel it, or the form to schedule one. */
export async function ReviewSchedule({
  actor,
  reviewId,
  revisionId,
  approval,
  isBlocked,
}: {
  actor: Actor;
  reviewId: string;
  revisionId: string;
  approval: "yes" | "with-reason" | "no";
  isBlocked: boolean;
}) {
  const { upcoming } = await listScheduledPublications({ actor, reviewId });
  const scheduled = upcoming[0];
  if (scheduled) {
    return (
      <section aria-labelledby="scheduled-heading" className="card">
        <h2 id="scheduled-heading">Scheduled</h2>
        <p className="notice notice--ok" role="status">
          Revision {scheduled.revisionNumber} publishes at <LocalTime iso={scheduled.publishAt.toISOString()} /> (approved by {scheduled.scheduledBy}).
        </p>
        <p>
          <CancelScheduleButton scheduleId={scheduled.id} title={scheduled.title} /> <Link href="/studio/scheduled">All scheduled publications</Link>
        </p>
      </section>
    );
  }
  if (approval === "no") return null;
  return <ScheduleApproval reviewId={reviewId} revisionId={revisionId} needsReason={approval === "with-reason"} isBlocked={isBlocked} />;
}
