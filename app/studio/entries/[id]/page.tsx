import type { Metadata } from "next";
import Link from "next/link";
import { PreviewLink } from "@/app/studio/entries/[id]/preview/preview-link";
import { WithdrawSection } from "@/components/studio/withdraw/withdraw-section";
import { EntryEditor } from "@/components/studio/entry-form/entry-editor";
import { StateBadge } from "@/components/ui/state-badge";
import { Timestamp } from "@/components/ui/timestamp";
import { getStudioEntry } from "@/lib/entries/get-studio-entry";
import { entryPath, KIND_LABELS } from "@/lib/entries/kinds";
import { listEntryOptions } from "@/lib/entries/list-entry-options";
import { orNotFound } from "@/lib/http/page-errors";
import { autosaveKey } from "@/lib/revisions/autosave-key";
import { fieldLabel } from "@/lib/revisions/field-labels";
import { getAutosave } from "@/lib/revisions/get-autosave";
import { requireActor } from "@/lib/users/current-actor";
import { groupOptions } from "@/components/studio/entry-form/group-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit entry" };

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function EditEntryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor("edit");
  const entry = await orNotFound(getStudioEntry({ actor, entryId: id }));
  const autosave = await getAutosave({ actor, key: autosaveKey({ entryId: entry.id }) });
  // Titles of what the drafts name; the pickers search the server for anything else.
  const options = await listEntryOptions({ actor, referencedBy: [entry.latest.content, autosave?.content] });
  const latest = entry.latest;
  // Saving deletes the author's autosave, so one that exists holds work never saved, even when
  // someone else has saved a newer revision since: it is always offered (restoring merges or conflicts).
  const offer = autosave;
  const savedParam = one(query.saved);
  const saved = savedParam && /^\d+$/.test(savedParam) ? savedParam : undefined;
  const isSubmittedNow = one(query.submitted) === "1";
  const submitError = one(query.submitError);
  const canSubmit = latest.state === "DRAFT" || latest.state === "CHANGES_REQUESTED";
  const notice = saved
    ? `Saved as revision ${saved}${one(query.merged) === "1" ? ", merged with changes someone else saved meanwhile" : ""}${isSubmittedNow ? " and submitted for review." : "."}`
    : isSubmittedNow
      ? "Submitted for review."
      : null;

  return (
    <>
      <p className="muted breadcrumbs">
        <Link href="/studio/entries">Entries</Link> › {KIND_LABELS[entry.kind].one}
      </p>
      <div className="page-head">
        <h1>{entry.title}</h1>
        <p className="page-head__actions">
          <Link href={`/studio/entries/${entry.id}/history`}>History</Link>
          {latest.state !== "PUBLISHED" ? <PreviewLink entryId={entry.id} revisionNumber={latest.number} /> : null}
          {entry.publishedNumber !== null && !entry.isWithdrawn ? <Link href={entryPath(entry.kind, entry.slug)}>Public page</Link> : null}
        </p>
      </div>
      <p className="entry-status">
        <StateBadge state={latest.state} /> Revision {latest.number} by {latest.author}, <Timestamp date={latest.createdAt} />
        {entry.publishedNumber !== null ? ` · published: revision ${entry.publishedNumber}` : " · never published"}
        {entry.isWithdrawn ? " · withdrawn" : null}
      </p>
      {submitError ? (
        <p className="notice notice--error" role="alert">
          Saved, but not submitted: {submitError}
        </p>
      ) : null}
      {entry.review?.status === "CHANGES_REQUESTED" ? (
        <section className="notice notice--warn review-notes" aria-labelledby="review-notes-heading">
          <h2 id="review-notes-heading">Changes requested{entry.review.decidedBy ? ` by ${entry.review.decidedBy}` : ""}</h2>
          <ul>
            {entry.review.comments.map((c) => (
              <li key={c.id}>
                {c.field ? <strong>{fieldLabel(c.field, undefined, entry.kind)}: </strong> : null}
                {c.body} <span className="muted">— {c.author}</span>
              </li>
            ))}
          </ul>
          <p>Save your corrections, then submit again.</p>
        </section>
      ) : null}
      {entry.review?.status === "OPEN" && !isSubmittedNow ? (
        <p className="notice" role="status">
          Revision {entry.review.revisionNumber} is waiting for review. Saving again moves the review to your new revision.
        </p>
      ) : null}
      <EntryEditor
        key={latest.id}
        kind={entry.kind}
        entryId={entry.id}
        baseRevisionId={latest.id}
        content={latest.content}
        autosave={offer ? { content: offer.content, baseRevisionId: offer.baseRevisionId, updatedAt: offer.updatedAt } : null}
        options={groupOptions(options)}
        canSubmit={canSubmit}
        notice={notice}
      />
      <WithdrawSection
        actor={actor}
        entryId={entry.id}
        kind={entry.kind}
        slug={entry.slug}
        isPublished={entry.publishedNumber !== null && !entry.isWithdrawn}
        withdrawnReason={entry.withdrawnReason}
      />
    </>
  );
}
