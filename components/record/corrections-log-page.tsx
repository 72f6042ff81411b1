import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Timestamp } from "@/components/ui/timestamp";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { KIND_LABELS, KIND_PATHS } from "@/lib/entries/kinds";
import { listPublicRevisions } from "@/lib/revisions/list-public-revisions";

type Props = { params: Promise<{ slug: string }> };

/** The public corrections log, shared by /events/[slug]/history, /actors/[slug]/history and /sources/[slug]/history. */
export function correctionsLogPage(kind: EntryKindName) {
  const kindPath = KIND_PATHS[kind];

  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const log = await listPublicRevisions({ kind, slug: (await params).slug });
    return log ? { title: `Corrections log: ${log.title}`, alternates: { canonical: `/${kindPath}/${log.slug}/history` } } : { title: "Not found" };
  }

  async function CorrectionsLogPage({ params }: Props) {
    const log = await listPublicRevisions({ kind, slug: (await params).slug });
    if (!log) notFound();
    return (
      <>
        <p className="muted">{KIND_LABELS[kind].one} · corrections log</p>
        <h1>{log.title}</h1>
        {log.isWithdrawn ? (
          <p className="notice notice--warn">
            This entry has been withdrawn from the public record. {log.withdrawnReason ? `Reason: ${log.withdrawnReason}` : null}
          </p>
        ) : (
          <p>
            <Link href={`/${kindPath}/${log.slug}`}>Read the current version</Link>
          </p>
        )}
        <p className="muted">Every published revision, newest first. Drafts and reviews are not public.</p>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Published revisions of {log.title}</caption>
            <thead>
              <tr>
                <th scope="col">Revision</th>
                <th scope="col">Published</th>
                <th scope="col">Edit summary</th>
                <th scope="col">What changed</th>
              </tr>
            </thead>
            <tbody>
              {log.revisions.map((revision, index) => {
                // Readers can open and compare published revisions, never hidden ones, nor anything of a withdrawn entry.
                const isReadable = !revision.isHidden && !log.isWithdrawn;
                const previous = log.revisions.slice(index + 1).find((r) => !r.isHidden);
                return (
                  <tr key={revision.number}>
                    <td>
                      {isReadable ? (
                        <Link href={`/${kindPath}/${log.slug}/history/${revision.number}`} aria-label={`Read revision ${revision.number}`}>
                          {revision.number}
                        </Link>
                      ) : (
                        revision.number
                      )}
                    </td>
                    <td>
                      <Timestamp date={revision.publishedAt} style="date" />
                    </td>
                    <td>{revision.summary}</td>
                    <td>
                      {revision.changes}
                      {isReadable && previous ? (
                        <>
                          {" "}
                          <Link
                            href={`/${kindPath}/${log.slug}/history/compare?from=${previous.number}&to=${revision.number}`}
                            aria-label={`Compare revision ${previous.number} with ${revision.number}`}
                          >
                            Compare
                          </Link>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </>
    );
  }

  return { generateMetadata, CorrectionsLogPage };
}
