import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffView } from "@/components/studio/diff-view";
import { Timestamp } from "@/components/ui/timestamp";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { compareRevisions } from "@/lib/revisions/compare-revisions";
import { requireActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Compare revisions" };

function RevisionLine({ revision }: { revision: { number: number; author: string; createdAt: Date; summary: string } }) {
  return (
    <>
      revision {revision.number} by {revision.author}, <Timestamp date={revision.createdAt} />: <span className="muted">“{revision.summary}”</span>
    </>
  );
}

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const query = await searchParams;
  const actor = await requireActor("read-drafts");
  const comparison = await compareRevisions({ actor, entryId: id, query: { from: query.from ?? "0", to: query.to } }).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ValidationError || error instanceof ForbiddenError) return { error: error.message };
    throw error;
  });
  return (
    <>
      <p className="muted">
        <Link href={`/studio/entries/${id}/history`}>← History</Link>
      </p>
      {"error" in comparison ? (
        <>
          <h1>Compare revisions</h1>
          <p className="notice notice--error">{comparison.error}</p>
        </>
      ) : (
        <>
          <h1>
            Revision {comparison.from ? comparison.from.number : "(nothing)"} → {comparison.to.number}
          </h1>
          <dl className="compare-meta">
            <div>
              <dt>From</dt>
              <dd>{comparison.from ? <RevisionLine revision={comparison.from} /> : "an empty entry"}</dd>
            </div>
            <div>
              <dt>To</dt>
              <dd>
                <RevisionLine revision={comparison.to} />
              </dd>
            </div>
          </dl>
          <DiffView changes={comparison.changes} />
        </>
      )}
    </>
  );
}
