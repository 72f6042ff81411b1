import { describe, expect, it } from "vitest";
import { mergeContent } from "@/lib/revisions/merge-content";
import type { SaveConflict } from "@/lib/revisions/save-revision";
import { choiceKeys, resolveConflict } from "./conflict-resolver";

const body = "Opening.\nThe night.\nThe inquiry.";
const base = { grade: "fair", title: "T", body };
const theirs = { grade: "weak", title: "Their title", body: "Opening.\nThe night of 23 May.\nThe inquiry." };
const mine = { grade: "contested", title: "T", body: "Opening.\nThe long night.\nThe inquiry." };

function conflictOf(): SaveConflict {
  const merge = mergeContent({ base, theirs, mine });
  if (merge.ok) throw new Error("expected a conflict");
  const meta = { theirsRevisionId: "r", theirsNumber: 2, theirsAuthor: "Editor Two" };
  return { conflictingFields: merge.conflicts.map((c) => c.path), conflicts: merge.conflicts, merged: merge.merged, base, theirs, mine, ...meta };
}

describe("resolveConflict", () => {
  it("gives nothing to save until every overlap has a choice: none is preselected", () => {
    const conflict = conflictOf();
    expect(choiceKeys(conflict)).toEqual(["0", "1.0"]);
    expect(resolveConflict(conflict, {}, {})).toBeNull();
    expect(resolveConflict(conflict, { "0": "theirs" }, {})).toBeNull();
  });

  it("applies each choice on top of what merged", () => {
    const conflict = conflictOf();
    expect(resolveConflict(conflict, { "0": "theirs", "1.0": "theirs" }, {})).toEqual({
      grade: "weak",
      title: "Their title",
      body: "Opening.\nThe night of 23 May.\nThe inquiry.",
    });
    expect(resolveConflict(conflict, { "0": "mine", "1.0": "both" }, {})).toMatchObject({
      grade: "contested",
      body: "Opening.\nThe night of 23 May.\nThe long night.\nThe inquiry.",
    });
  });

  it("keeps an edited hunk on its own line", () => {
    const conflict = conflictOf();
    expect(resolveConflict(conflict, { "0": "mine", "1.0": "mine" }, { "1.0": "The long night of 23 May." })).toMatchObject({
      body: "Opening.\nThe long night of 23 May.\nThe inquiry.",
    });
  });
});
