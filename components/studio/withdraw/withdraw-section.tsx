import Link from "next/link";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath, KIND_LABELS, KIND_PATHS } from "@/lib/entries/kinds";
import { listBacklinks, type Backlink } from "@/lib/links/list-backlinks";
import { afterWithdrawalPromise } from "@/lib/links/withdrawn-reference";
import { can, type Actor } from "@/lib/users/permissions";
import { WithdrawForm } from "./withdraw-form";

/**
 * Withdrawal from the public record, for reviewers and admins on a published entry: first the
 * published entries that refer to it and what their readers will see, then the required public reason.
 */
export async function WithdrawSection({
  actor,
  entryId,
  kind,
  slug,
  isPublished,
  withdrawnReason,
}: {
  actor: Actor;
  entryId: string;
  kind: EntryKindName;
  slug: string;
  isPublished: boolean;
  withdrawnReason: string | null;
}) {
  if (!can(actor, "withdraw")) return null;
  // Once withdrawn, the section says so (it outlives the form's own message, which a refresh replaces).
  if (withdrawnReason !== null) {
    return (
      <section className="withdraw" aria-labelledby="withdraw-heading">
        <h2 id="withdraw-heading">Withdrawn from the public record</h2>
        <p className="notice" role="status">
          Withdrawn. Its public page answers 410 with the reason: “{withdrawnReason}”. To publish it again, submit a revision for review: a reviewer then
          chooses “Publish again” and says why.
        </p>
      </section>
    );
  }
  if (!isPublished) return null;
  const backlinks = await listBacklinks(entryId);
  const referring = new Map<string, { link: Backlink; effects: Set<string> }>();
  for (const link of backlinks) {
    const key = `${link.kind}/${link.slug}`;
    const item = referring.get(key) ?? { link, effects: new Set<string>() };
    item.effects.add(afterWithdrawalPromise(link));
    referring.set(key, item);
  }
  return (
    <section className="withdraw" aria-labelledby="withdraw-heading">
      <h2 id="withdraw-heading">Withdraw from the public record</h2>
      <p>
        Its page, <Link href={entryPath(kind, slug)}>{entryPath(kind, slug)}</Link>, will answer “410 Withdrawn” with your public reason; search, the feed, the
        sitemap and the API drop it; the <Link href={`/${KIND_PATHS[kind]}/${slug}/history`}>corrections log</Link> records it. Its scheduled publications are
        cancelled and its open reviews closed (their authors are told). Publishing it again goes through review, as an explicit “Publish again”.
      </p>
      {referring.size === 0 ? (
        <p>No published entry cites or links to this {KIND_LABELS[kind].one.toLowerCase()}.</p>
      ) : (
        <>
          <p>
            <strong>
              {referring.size} published {referring.size === 1 ? "entry refers" : "entries refer"} to it.
            </strong>{" "}
            What their readers will see:
          </p>
          <ul className="withdraw__referring" aria-label="Published entries that refer to it">
            {[...referring.values()].map(({ link, effects }) => (
              <li key={`${link.kind}/${link.slug}`}>
                <Link href={entryPath(link.kind, link.slug)}>{link.title}</Link> <span className="muted">({KIND_LABELS[link.kind].one.toLowerCase()})</span>:{" "}
                {[...effects].join("; ")}.
              </li>
            ))}
          </ul>
        </>
      )}
      <WithdrawForm entryId={entryId} referringCount={referring.size} />
    </section>
  );
}
