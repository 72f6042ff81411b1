import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { ContentView } from "@/components/record/revision-view";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getPublicLinkTargets } from "@/lib/links/get-public-link-targets";
import { getRevisionPreview } from "@/lib/revisions/get-preview";
import { requireActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Preview — not published", robots: { index: false, follow: false } };

const STATE_LABELS = { DRAFT: "a draft", IN_REVIEW: "in review", CHANGES_REQUESTED: "changes requested", PUBLISHED: "published" } as const;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A revision rendered with the reader's own components, for staff: what readers would see if it were published. */
export default async function PreviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const revision = one(query.revision);
  const actor = await requireActor("read-drafts");
  const preview = await getRevisionPreview({ actor, entryId: id, revision }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  const targets = await getPublicLinkTargets(preview.kind, preview.content);
  const notice = (
    <div className="notice notice--warn preview-banner" role="note" aria-label="Preview">
      <p>
        <strong>Preview — not published.</strong> Revision {preview.number} ({STATE_LABELS[preview.state]}
        {preview.isPublishedRevision ? ", the one readers see" : ""}) as readers would see it. Links to other entries go to their public pages.
      </p>
      <p>
        <Link href={`/studio/entries/${preview.entryId}`}>Back to the entry</Link> · <Link href={`/studio/entries/${preview.entryId}/history`}>History</Link>
      </p>
    </div>
  );
  return <ContentView entry={preview} targets={targets} notice={notice} />;
}
