import type { Metadata } from "next";
import Link from "next/link";
import { DiffView } from "@/components/studio/diff-view";
import { Timestamp } from "@/components/ui/timestamp";
import { orNotFound } from "@/lib/http/page-errors";
import { previewRestore } from "@/lib/revisions/preview-restore";
import { requireActor } from "@/lib/users/current-actor";
import { RestoreConfirm } from "./restore-confirm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Restore a revision" };

/** Before a restore: what it would change against the latest revision, removed claims first, then the confirmation. */
export default async function RestorePage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const { id, number } = await params;
  const actor = await requireActor("edit");
  const preview = await orNotFound(previewRestore({ actor, entryId: id, number }));
  const { restoring, latest } = preview;
  return (
    <>
      <p className="muted">
        <Link href={`/studio/entries/${id}/history`}>← History</Link>
      </p>
      <h1>
        Restore revision {restoring.number} of {preview.entry.title}?
      </h1>
      {preview.refusal ? (
        <p className="notice notice--error">{preview.refusal}</p>
      ) : (
        <>
          <p>
            Restoring copies the content of revision {restoring.number} (by {restoring.author}, <Timestamp date={restoring.createdAt} />: “{restoring.summary}
            ”) into a <strong>new draft, revision {preview.nextNumber}</strong>. Below is what that changes against the latest revision, {latest.number} (by{" "}
            {latest.author}, <Timestamp date={latest.createdAt} />: “{latest.summary}”).
          </p>
          <p className="notice">
            {preview.isPublished
              ? "Nothing is published: readers keep seeing the published text until a reviewer approves the restored draft. "
              : "Nothing is published: readers see nothing of this entry until a reviewer approves it. "}
            {preview.hasOpenReview
              ? "The open review of this entry moves to the restored draft."
              : "After restoring, submit it for review as any other change."}
          </p>
          {preview.removedClaims.length > 0 ? (
            <div className="notice notice--error restore-warning" role="status">
              <p>
                <strong>
                  This restore removes {preview.removedClaims.length === 1 ? "a claim" : `${preview.removedClaims.length} claims`} that the latest revision has:
                </strong>
              </p>
              <ul>
                {preview.removedClaims.map((label, index) => (
                  <li key={index}>{label}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <section aria-labelledby="restore-diff-heading">
            <h2 id="restore-diff-heading">
              What changes: revision {latest.number} → restored revision {restoring.number}
            </h2>
            <DiffView
              changes={preview.changes}
              kind={preview.entry.kind}
              emptyText={`Revision ${restoring.number} has the same content as the latest revision.`}
            />
          </section>
          <RestoreConfirm
            entryId={preview.entry.id}
            revisionId={restoring.id}
            latestRevisionId={latest.id}
            number={restoring.number}
            removedClaimCount={preview.removedClaims.length}
          />
        </>
      )}
    </>
  );
}
