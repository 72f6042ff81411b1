// The shape of the seeded record: each entry with its history, oldest revision first.
import type { ContentByKind } from "../../lib/entries/content-schema";

export type DemoAuthor = "editor" | "editor2" | "reviewer" | "admin";

export type SeedRevision<C> = {
  content: C;
  summary: string;
  author: DemoAuthor;
  /** published: approved by `reviewer` (who must differ from author); in-review: submitted, waiting; draft: saved only. */
  state: "published" | "in-review" | "draft";
  reviewer?: DemoAuthor;
};

export type SeedEntry =
  | { kind: "event"; history: SeedRevision<ContentByKind["event"]>[] }
  | { kind: "actor"; history: SeedRevision<ContentByKind["actor"]>[] }
  | { kind: "source"; history: SeedRevision<ContentByKind["source"]>[] };
