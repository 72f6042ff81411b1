import { describe, expect, it } from "vitest";
import { releaseSnapshot, releasesOf, rowsAt, type PublishedHistory } from "./read-release";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 20, minute));
function revision(entryId: string, number: number, minute: number, extra: { hiddenAt?: Date; withdrawnAt?: Date } = {}) {
  return {
    entryId,
    revisionId: `${entryId}-r${number}`,
    kind: "ACTOR" as const,
    number,
    title: `${entryId} ${number}`,
    slug: entryId,
    publishedAt: at(minute),
    hiddenAt: extra.hiddenAt ?? null,
    withdrawnAt: extra.withdrawnAt ?? null,
    firstPublishedAt: null,
  };
}

describe("releases worked out from the published revisions", () => {
  const history: PublishedHistory = {
    // Oldest publication first, as readPublishedHistory reads them; b's two revisions share one moment with c.
    revisions: [revision("b", 1, 1), revision("a", 1, 2), revision("a", 2, 3), revision("c", 1, 3), revision("b", 2, 5)],
    withdrawals: [{ entryId: "b", at: at(4) }],
  };

  it("numbers one release per distinct publication time, oldest first", () => {
    expect(releasesOf(history)).toEqual([
      { number: 1, releasedAt: at(1) },
      { number: 2, releasedAt: at(2) },
      { number: 3, releasedAt: at(3) },
      { number: 4, releasedAt: at(5) },
    ]);
    expect(releasesOf({ revisions: [], withdrawals: [] })).toEqual([]);
  });

  it("stands each entry at its newest revision published by then, in entry id order", () => {
    expect(rowsAt(history, at(2)).map((r) => r.revisionId)).toEqual(["a-r1", "b-r1"]);
    expect(rowsAt(history, at(3)).map((r) => r.revisionId)).toEqual(["a-r2", "b-r1", "c-r1"]);
    expect(rowsAt(history, at(0))).toEqual([]);
  });

  it("knows an entry withdrawn at a release and published again since from the audit log", () => {
    const [, b] = rowsAt(history, at(4));
    expect(b).toMatchObject({ revisionId: "b-r1", withdrawnBefore: at(4) });
    expect(b!.withdrawnBefore! > b!.publishedAt).toBe(true);
    const [, again] = rowsAt(history, at(5));
    expect(again).toMatchObject({ revisionId: "b-r2", withdrawnBefore: at(4) });
    expect(again!.withdrawnBefore! > again!.publishedAt).toBe(false);
  });

  it("leaves out what was hidden or withdrawn since, and what was withdrawn then, counting only the first as taken down", async () => {
    const taken: PublishedHistory = {
      revisions: [revision("a", 1, 1), revision("b", 1, 1, { hiddenAt: at(9) }), revision("c", 1, 1, { withdrawnAt: at(9) }), revision("d", 1, 1)],
      withdrawals: [{ entryId: "d", at: at(2) }],
    };
    const early = await releaseSnapshot(at(1), taken);
    expect(early.rows.map((r) => r.entryId)).toEqual(["a", "d"]);
    expect(early.takenDown).toBe(2);
    expect([...early.titles.keys()]).toEqual(["actor:a", "actor:d"]);
    const late = await releaseSnapshot(at(3), taken);
    expect(late.rows.map((r) => r.entryId)).toEqual(["a"]);
    expect(late.takenDown).toBe(2);
  });
});
