import { recordAudit } from "../../lib/audit/record-audit";
import { bumpPublicGeneration } from "../../lib/cache/public-generation";
import { parseContent } from "../../lib/entries/content-schema";
import { KIND_TO_DB } from "../../lib/entries/kinds";
import { db } from "../../lib/db";
import { checkLinkIntegrity } from "../../lib/links/check-link-integrity";
import { refreshLinks } from "../../lib/links/refresh-links";
import { indexPublishedEntry } from "../../lib/search/index-entry";
import type { DemoAuthor, SeedEntry } from "./types";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Loads the seeded record in one transaction. Entries cite each other in cycles (a source's publisher
 * is an actor whose claims cite the source), so the whole record is written first and link integrity is
 * checked over the finished set, instead of entry by entry as the studio does.
 */
export async function loadRecord(record: readonly SeedEntry[], users: Record<DemoAuthor, string>): Promise<number> {
  const startedAt = Date.now() - 400 * DAY;
  let clock = 0;
  const tick = () => new Date(startedAt + ++clock * 60_000);

  return db().$transaction(
    async (tx) => {
      const published: { entryId: string; kind: SeedEntry["kind"]; content: never }[] = [];
      for (const seed of record) {
        const first = seed.history[0];
        if (!first) throw new Error(`seed entry of kind ${seed.kind} has no revisions`);
        const entry = await tx.entry.create({
          data: { kind: KIND_TO_DB[seed.kind], slug: first.content.slug, title: first.content.title, revisionCount: seed.history.length },
        });
        let parentId: string | null = null;
        let publishedRevision: { id: string; content: unknown; at: Date } | null = null;
        let firstPublishedAt: Date | null = null;
        for (const [index, step] of seed.history.entries()) {
          const parsed = parseContent(seed.kind, step.content);
          if (!parsed.success) {
            throw new Error(
              `seed ${seed.kind} "${first.content.slug}" revision ${index + 1}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
            );
          }
          const at = tick();
          const isPublished = step.state === "published";
          if (isPublished && (!step.reviewer || step.reviewer === step.author)) {
            throw new Error(`seed ${first.content.slug} revision ${index + 1}: a published revision needs a reviewer other than its author`);
          }
          const revision: { id: string } = await tx.revision.create({
            data: {
              entryId: entry.id,
              number: index + 1,
              parentId,
              authorId: users[step.author],
              createdAt: at,
              summary: step.summary,
              content: parsed.data as object,
              title: parsed.data.title,
              slug: parsed.data.slug,
              state: isPublished ? "PUBLISHED" : step.state === "in-review" ? "IN_REVIEW" : "DRAFT",
              publishedAt: isPublished ? at : null,
              publishedById: isPublished ? users[step.reviewer!] : null,
            },
          });
          await recordAudit(tx, {
            actorId: users[step.author],
            action: index === 0 ? "entry.create" : "revision.save",
            entryId: entry.id,
            revisionId: revision.id,
            detail: { seed: true },
          });
          if (step.state !== "draft") {
            await tx.review.create({
              data: {
                entryId: entry.id,
                revisionId: revision.id,
                submittedById: users[step.author],
                submittedAt: at,
                status: isPublished ? "APPROVED" : "OPEN",
                decidedById: isPublished ? users[step.reviewer!] : null,
                decidedAt: isPublished ? at : null,
              },
            });
          }
          if (isPublished) {
            publishedRevision = { id: revision.id, content: parsed.data, at };
            firstPublishedAt ??= at;
            await recordAudit(tx, {
              actorId: users[step.reviewer!],
              action: "review.approve",
              entryId: entry.id,
              revisionId: revision.id,
              detail: { seed: true },
            });
          }
          parentId = revision.id;
        }
        const last = seed.history[seed.history.length - 1]!;
        await tx.entry.update({
          where: { id: entry.id },
          data: {
            latestRevisionId: parentId,
            title: last.content.title,
            ...(publishedRevision ? { publishedRevisionId: publishedRevision.id, publishedAt: publishedRevision.at, firstPublishedAt } : {}),
          },
        });
        if (publishedRevision) published.push({ entryId: entry.id, kind: seed.kind, content: publishedRevision.content as never });
      }
      for (const item of published) {
        const { problems, resolved } = await checkLinkIntegrity(tx, { kind: item.kind, content: item.content, selfId: item.entryId });
        if (problems.length > 0) {
          throw new Error(
            `seed entry ${item.entryId} references what readers cannot see: ${problems.map((p) => `${p.kind}/${p.slug} (${p.reason})`).join(", ")}`,
          );
        }
        await refreshLinks(tx, { entryId: item.entryId, kind: item.kind, content: item.content, resolved });
        await indexPublishedEntry(tx, { entryId: item.entryId, kind: item.kind, content: item.content });
      }
      // A page cached before the record existed (a 404) must not outlive it.
      await bumpPublicGeneration(tx);
      return record.length;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
