// Word diff for prose fields, with jsdiff: lines first, then words inside each rewritten run of lines. Editors
// change a few words of a long body; comparing lines first keeps that fast and puts whole added or removed
// paragraphs on their line breaks, where a reader expects them.
import { diffLines, diffWordsWithSpace, type ChangeObject } from "diff";

export type WordOp = { op: "equal" | "insert" | "delete"; text: string };

// Bounds jsdiff's O((N + M) × D) work: past it a rewritten run is shown as one replacement (a few hundred ms at most on 100 KB).
const MAX_EDIT_LENGTH = 500;

export function diffWords(before: string, after: string): WordOp[] {
  if (before === after) return before ? [{ op: "equal", text: before }] : [];
  const lines = diffLines(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  const ops: WordOp[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted && inserted) ops.push(...wordOps(deleted, inserted));
    else ops.push(...replaceAll(deleted, inserted));
    deleted = "";
    inserted = "";
  };
  for (const change of lines ?? [
    { value: before, removed: true, added: false },
    { value: after, added: true, removed: false },
  ]) {
    if (change.removed) deleted += change.value;
    else if (change.added) inserted += change.value;
    else {
      flush();
      ops.push({ op: "equal", text: change.value });
    }
  }
  flush();
  return mergeOps(absorbLoneSpaces(mergeOps(ops)));
}

function wordOps(before: string, after: string): WordOp[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  return changes ? changes.map(toOp) : replaceAll(before, after);
}

function toOp(change: ChangeObject<string>): WordOp {
  return { op: change.added ? "insert" : change.removed ? "delete" : "equal", text: change.value };
}

function replaceAll(before: string, after: string): WordOp[] {
  const ops: WordOp[] = [];
  if (before) ops.push({ op: "delete", text: before });
  if (after) ops.push({ op: "insert", text: after });
  return ops;
}

// "two bars" → "a bar" reads as one replacement, not two with an unchanged space between them.
function absorbLoneSpaces(ops: WordOp[]): WordOp[] {
  return ops.flatMap((op, i): WordOp[] => {
    const isBetweenEdits = (ops[i - 1]?.op ?? "equal") !== "equal" && (ops[i + 1]?.op ?? "equal") !== "equal";
    if (op.op !== "equal" || !isBetweenEdits || !/^\s+$/.test(op.text)) return [op];
    return [
      { op: "delete", text: op.text },
      { op: "insert", text: op.text },
    ];
  });
}

/** Joins neighbouring ops of one kind, and lists each run of edits as its deletions then its insertions. */
function mergeOps(ops: WordOp[]): WordOp[] {
  const out: WordOp[] = [];
  let deleted = "";
  let inserted = "";
  const push = (op: WordOp["op"], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += text;
    else out.push({ op, text });
  };
  for (const op of ops) {
    if (op.op === "delete") deleted += op.text;
    else if (op.op === "insert") inserted += op.text;
    else {
      push("delete", deleted);
      push("insert", inserted);
      deleted = inserted = "";
      push("equal", op.text);
    }
  }
  push("delete", deleted);
  push("insert", inserted);
  return out;
}
