// Compares two revisions' content for the review screen, the compare page, the corrections log and the feed.
// Content is treated generically (any field, any nesting) so that a new schema field never breaks a comparison;
// the few domain-specific rules are which array items are matched by which key and the order fields are listed in.

export type WordOp = { op: "equal" | "insert" | "delete"; text: string };

export type FieldChange =
  | { kind: "added"; field: string; after: unknown }
  | { kind: "removed"; field: string; before: unknown }
  | { kind: "changed"; field: string; before: unknown; after: unknown; words?: WordOp[] }
  | { kind: "items"; field: string; matchedBy: "id" | "value"; items: ItemChange[] };

export type ItemChange =
  | { kind: "added"; key: string; toIndex: number; after: unknown }
  | { kind: "removed"; key: string; fromIndex: number; before: unknown }
  | {
      kind: "changed";
      key: string;
      fromIndex: number;
      toIndex: number;
      /** True when the item also changed position relative to the items around it. */
      isMoved: boolean;
      before: unknown;
      after: unknown;
      /** Paths relative to the item (e.g. "value.value", "citations"). */
      changes: FieldChange[];
    }
  | { kind: "moved"; key: string; fromIndex: number; toIndex: number; item: unknown };

type Content = Record<string, unknown>;

export function diffContent(before: Content | null, after: Content): FieldChange[] {
  if (before === null) {
    // From nothing: every field is new, even an empty list, so a first revision shows its whole shape.
    return orderedKeys([after]).map((field) => ({ kind: "added", field, after: after[field] }));
  }
  const changes: FieldChange[] = [];
  diffObject("", before, after, changes);
  return changes;
}

// ---------------------------------------------------------------------------------------------------------------
// Field order: as the editor shows them, whatever order the stored JSON happens to have (jsonb reorders keys).

const FIELD_ORDER = [
  "id",
  "slug",
  "title",
  "aliases",
  "name",
  "lang",
  "nature",
  "actorType",
  "sourceType",
  "eventType",
  "category",
  "subtype",
  "property",
  "actor",
  "event",
  "relation",
  "role",
  "value",
  "type",
  "low",
  "high",
  "text",
  "qualifiers",
  "asOf",
  "assertedBy",
  "date",
  "start",
  "end",
  "year",
  "month",
  "day",
  "precision",
  "localTime",
  "utcOffset",
  "place",
  "district",
  "province",
  "region",
  "country",
  "latitude",
  "longitude",
  "publisher",
  "authors",
  "published",
  "language",
  "url",
  "archiveUrl",
  "accessed",
  "originator",
  "originatorConnection",
  "founded",
  "dissolved",
  "wikidataId",
  "description",
  "summary",
  "body",
  "grade",
  "investigation",
  "status",
  "participants",
  "affiliations",
  "timeline",
  "related",
  "excerpts",
  "archive",
  "sha256",
  "reliabilityNote",
  "claims",
  "source",
  "locator",
  "quote",
  "citations",
  "rank",
  "deprecationReason",
  "note",
] as const;
const FIELD_RANK = new Map<string, number>(FIELD_ORDER.map((field, index) => [field, index]));

/** The keys of these objects in the order the editor shows the fields. */
export function orderedKeys(objects: Content[]): string[] {
  const keys = new Set<string>();
  for (const object of objects) for (const key of Object.keys(object)) keys.add(key);
  return [...keys].sort((a, b) => {
    const rankA = FIELD_RANK.get(a) ?? FIELD_ORDER.length;
    const rankB = FIELD_RANK.get(b) ?? FIELD_ORDER.length;
    return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Structural comparison

function isPlainObject(value: unknown): value is Content {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Deep equality where a key holding undefined is the same as a missing key (as after a JSON round trip). */
function isSame(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => isSame(item, b[i]));
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) if (!isSame(a[key], b[key])) return false;
    return true;
  }
  // NaN is never stored, but should not make a field look changed forever.
  return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value)) ?? "undefined";
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .filter((k) => value[k] !== undefined)
        .map((k) => [k, canonical(value[k])]),
    );
  }
  return value;
}

function joinPath(path: string, key: string): string {
  return path === "" ? key : `${path}.${key}`;
}

function lastSegment(path: string): string {
  const dot = path.lastIndexOf(".");
  return dot === -1 ? path : path.slice(dot + 1);
}

function diffObject(path: string, before: Content, after: Content, out: FieldChange[]): void {
  for (const key of orderedKeys([after, before])) diffValue(joinPath(path, key), before[key], after[key], out);
}

const PROSE_FIELDS = new Set(["body", "summary", "description", "note", "notes", "text", "quote", "reliabilityNote", "deprecationReason"]);

function isProse(path: string, before: string, after: string): boolean {
  if (PROSE_FIELDS.has(lastSegment(path))) return true;
  return [before, after].some((s) => s.length > 40 || /\s/.test(s.trim()));
}

function diffValue(path: string, before: unknown, after: unknown, out: FieldChange[]): void {
  if (isSame(before, after)) return;
  if (before === undefined) {
    out.push({ kind: "added", field: path, after });
    return;
  }
  if (after === undefined) {
    out.push({ kind: "removed", field: path, before });
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    out.push(diffArray(path, before, after));
    return;
  }
  // A tagged value that switched variant (a claim going from a number to a range) is one change, not a
  // scatter of added and removed sub-fields.
  const isSameVariant = isPlainObject(before) && isPlainObject(after) && (!("type" in before) || before.type === after.type);
  if (isPlainObject(before) && isPlainObject(after) && isSameVariant) {
    diffObject(path, before, after, out);
    return;
  }
  if (typeof before === "string" && typeof after === "string" && isProse(path, before, after)) {
    out.push({ kind: "changed", field: path, before, after, words: diffWords(before, after) });
    return;
  }
  out.push({ kind: "changed", field: path, before, after });
}

// ---------------------------------------------------------------------------------------------------------------
// Arrays: items with an id (claims, participants, timeline, affiliations) are matched by id; the rest by a key
// made of what identifies them to an editor, or by their whole value.

function hasId(item: unknown): item is Content & { id: string } {
  return isPlainObject(item) && typeof item.id === "string";
}

function partsKey(item: unknown, fields: string[]): string {
  if (!isPlainObject(item)) return canonicalJson(item);
  return JSON.stringify(fields.map((f) => (item[f] === undefined ? null : item[f])));
}

const VALUE_KEYS: Record<string, string[]> = {
  citations: ["source", "locator"],
  related: ["event", "relation"],
  aliases: ["name", "lang"],
};

type Keyed = { key: string; index: number; item: unknown };

function keyItems(items: unknown[], keyOf: (item: unknown) => string): Keyed[] {
  // Two items with the same key (a source cited twice without locator) are told apart by occurrence.
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const base = keyOf(item);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { key: occurrence === 0 ? base : `${base}#${occurrence + 1}`, index, item };
  });
}

function diffArray(path: string, before: unknown[], after: unknown[]): FieldChange {
  const isById = [...before, ...after].every(hasId);
  const field = lastSegment(path);
  const keyFields = VALUE_KEYS[field];
  const keyOf = isById
    ? (item: unknown) => (item as { id: string }).id
    : keyFields
      ? (item: unknown) => partsKey(item, keyFields)
      : (item: unknown) => (typeof item === "string" ? item : canonicalJson(item));

  const beforeItems = keyItems(before, keyOf);
  const afterItems = keyItems(after, keyOf);
  const beforeByKey = new Map(beforeItems.map((k) => [k.key, k]));

  // Matched pairs in the new order; those outside the longest run kept in the old order are the ones that moved.
  const matched = afterItems.filter((a) => beforeByKey.has(a.key));
  const stayed = longestIncreasingRun(matched.map((a) => beforeByKey.get(a.key)?.index ?? -1));
  const movedKeys = new Set(matched.filter((_, i) => !stayed.has(i)).map((a) => a.key));

  const changeOf = new Map<string, ItemChange>();
  for (const a of afterItems) {
    const b = beforeByKey.get(a.key);
    if (!b) {
      changeOf.set(a.key, { kind: "added", key: a.key, toIndex: a.index, after: a.item });
      continue;
    }
    const isMoved = movedKeys.has(a.key);
    if (!isSame(b.item, a.item)) {
      const changes: FieldChange[] = [];
      if (isPlainObject(b.item) && isPlainObject(a.item)) diffObject("", b.item, a.item, changes);
      else diffValue("value", b.item, a.item, changes);
      changeOf.set(a.key, { kind: "changed", key: a.key, fromIndex: b.index, toIndex: a.index, isMoved, before: b.item, after: a.item, changes });
    } else if (isMoved) {
      changeOf.set(a.key, { kind: "moved", key: a.key, fromIndex: b.index, toIndex: a.index, item: a.item });
    }
  }

  // A removed item is listed where it stood: after the new position of the last item before it that kept its
  // place (a moved item's new position says nothing about where the removed one was).
  const removedAfter = new Map<number, ItemChange[]>();
  let anchor = -1;
  const afterIndexByKey = new Map(afterItems.map((a) => [a.key, a.index]));
  for (const b of beforeItems) {
    const kept = afterIndexByKey.get(b.key);
    if (kept !== undefined) {
      if (!movedKeys.has(b.key)) anchor = kept;
      continue;
    }
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), { kind: "removed", key: b.key, fromIndex: b.index, before: b.item }]);
  }

  const items: ItemChange[] = [...(removedAfter.get(-1) ?? [])];
  for (const a of afterItems) {
    const change = changeOf.get(a.key);
    if (change) items.push(change);
    items.push(...(removedAfter.get(a.index) ?? []));
  }
  return { kind: "items", field: path, matchedBy: isById ? "id" : "value", items };
}

/** Positions (into `values`) of one longest strictly increasing subsequence: patience sorting, O(n log n). */
function longestIncreasingRun(values: number[]): Set<number> {
  const tails: number[] = []; // tails[len] = position of the smallest tail of a run of length len + 1
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, position) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[position] = tails[lo - 1] ?? -1;
    tails[lo] = position;
  });
  const run = new Set<number>();
  let position = tails[tails.length - 1] ?? -1;
  while (position !== -1) {
    run.add(position);
    position = previous[position] ?? -1;
  }
  return run;
}

// ---------------------------------------------------------------------------------------------------------------
// Word diff: Myers' O(ND) over tokens (words, runs of whitespace, single punctuation marks), after trimming the
// common prefix and suffix. Editors usually change a few words of a long body, so D stays small; when it does not,
// the text is compared line by line first and only the changed lines word by word.

// Bounds work to about (N + M) × D steps and the kept search trace to about D² integers.
const MAX_WORK = 50_000_000;
const MAX_EDIT_DISTANCE = 2_000;

const TOKEN_PATTERN = /\s+|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

function tokenize(text: string): string[] {
  return text.match(TOKEN_PATTERN) ?? [];
}

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

export function diffWords(before: string, after: string): WordOp[] {
  const ops = diffTokens(tokenize(before), tokenize(after), (a, b) => diffByLines(a.join(""), b.join("")));
  return mergeOps(alignToBoundaries(mergeOps(absorbLoneSpaces(mergeOps(ops)))));
}

const MAX_SLIDE = 200;

function boundaryScore(left: string, right: string): number {
  const before = left.slice(-1);
  const after = right.slice(0, 1);
  if (before === "" || after === "") return 4;
  if (before === "\n") return 3;
  if (/\s/.test(before) || /\s/.test(after)) return 2;
  if (/[\p{L}\p{N}]/u.test(before) !== /[\p{L}\p{N}]/u.test(after)) return 1;
  return 0;
}

/**
 * An insertion or deletion between repeated text can sit at several places with the same meaning
 * ("x].\nParagraph" vs "Paragraph ... x].\n"); slide it to where it starts and ends at a line or word break.
 */
function alignToBoundaries(ops: WordOp[]): WordOp[] {
  const out = ops.map((op) => ({ ...op }));
  for (let i = 1; i + 1 < out.length; i++) {
    const previous = out[i - 1];
    const edit = out[i];
    const next = out[i + 1];
    if (!previous || !edit || !next || edit.op === "equal" || previous.op !== "equal" || next.op !== "equal") continue;
    // Slide fully left first, then walk right, keeping the best-scoring position.
    let left = previous.text;
    let text = edit.text;
    let right = next.text;
    let slid = 0;
    while (slid < MAX_SLIDE && left && left.slice(-1) === text.slice(-1)) {
      const c = left.slice(-1);
      left = left.slice(0, -1);
      text = c + text.slice(0, -1);
      right = c + right;
      slid++;
    }
    let best = { left, text, right, score: boundaryScore(left, text) + boundaryScore(text, right) };
    for (let step = 0; step < 2 * MAX_SLIDE && right && right[0] === text[0]; step++) {
      const c = right[0] ?? "";
      left += c;
      text = text.slice(1) + c;
      right = right.slice(1);
      const score = boundaryScore(left, text) + boundaryScore(text, right);
      if (score > best.score) best = { left, text, right, score };
    }
    previous.text = best.left;
    edit.text = best.text;
    next.text = best.right;
  }
  return out.filter((op) => op.text !== "");
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

function diffByLines(before: string, after: string): WordOp[] {
  const lineOps = diffTokens(splitLines(before), splitLines(after), () => null);
  if (!lineOps) return replaceAll(before, after);
  const out: WordOp[] = [];
  let deleted = "";
  let inserted = "";
  const flush = () => {
    if (deleted && inserted) {
      // A rewritten paragraph: a word diff inside it when affordable, else the whole paragraph swapped.
      out.push(...(diffTokens(tokenize(deleted), tokenize(inserted), () => null) ?? replaceAll(deleted, inserted)));
    } else if (deleted) out.push({ op: "delete", text: deleted });
    else if (inserted) out.push({ op: "insert", text: inserted });
    deleted = "";
    inserted = "";
  };
  for (const op of lineOps) {
    if (op.op === "delete") deleted += op.text;
    else if (op.op === "insert") inserted += op.text;
    else {
      flush();
      out.push(op);
    }
  }
  flush();
  return out;
}

function replaceAll(before: string, after: string): WordOp[] {
  const ops: WordOp[] = [];
  if (before) ops.push({ op: "delete", text: before });
  if (after) ops.push({ op: "insert", text: after });
  return ops;
}

/**
 * Token ops from a to b, or, when the edit distance exceeds the budget, whatever `onTooDifferent` gives for the
 * differing middle (null means "give up": the caller decides).
 */
function diffTokens<R extends WordOp[] | null>(
  a: string[],
  b: string[],
  onTooDifferent: (a: string[], b: string[]) => R,
): WordOp[] | R {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const prefix = a.slice(0, start).join("");
  const suffix = a.slice(endA).join("");
  const middleA = a.slice(start, endA);
  const middleB = b.slice(start, endB);

  let middle: WordOp[];
  if (middleA.length === 0 || middleB.length === 0) {
    middle = replaceAll(middleA.join(""), middleB.join(""));
  } else {
    const ops = myers(middleA, middleB);
    if (ops) middle = ops;
    else {
      const fallback = onTooDifferent(middleA, middleB);
      if (fallback === null) return fallback;
      middle = fallback;
    }
  }
  const ops: WordOp[] = [];
  if (prefix) ops.push({ op: "equal", text: prefix });
  ops.push(...middle);
  if (suffix) ops.push({ op: "equal", text: suffix });
  return ops;
}

/** Myers' greedy shortest edit script; null when it would need more than the budget. */
function myers(aTokens: string[], bTokens: string[]): WordOp[] | null {
  // Compare integers, not strings, in the inner loop.
  const ids = new Map<string, number>();
  const intern = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = ids.size;
      ids.set(t, id);
    }
    return id;
  };
  const a = Int32Array.from(aTokens, intern);
  const b = Int32Array.from(bTokens, intern);
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const maxD = Math.min(max, MAX_EDIT_DISTANCE, Math.max(64, Math.floor(MAX_WORK / Math.max(1, max))));
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];

  let finalD = -1;
  search: for (let d = 0; d <= maxD; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0)) ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        finalD = d;
        break search;
      }
    }
    // Only diagonals -d..d matter for backtracking from step d + 1.
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (finalD === -1) return null;

  const reversed: WordOp[] = [];
  let x = n;
  let y = m;
  for (let d = finalD; d > 0; d--) {
    const previous = trace[d - 1];
    if (!previous) break;
    const at = (k: number) => previous[k + d - 1] ?? 0;
    const k = x - y;
    const previousK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      reversed.push({ op: "equal", text: aTokens[x - 1] ?? "" });
      x--;
      y--;
    }
    if (x === previousX) reversed.push({ op: "insert", text: bTokens[previousY] ?? "" });
    else reversed.push({ op: "delete", text: aTokens[previousX] ?? "" });
    x = previousX;
    y = previousY;
  }
  while (x > 0 && y > 0) {
    reversed.push({ op: "equal", text: aTokens[x - 1] ?? "" });
    x--;
    y--;
  }
  return reversed.reverse();
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
  const flush = () => {
    push("delete", deleted);
    push("insert", inserted);
    deleted = "";
    inserted = "";
  };
  for (const op of ops) {
    if (op.op === "delete") deleted += op.text;
    else if (op.op === "insert") inserted += op.text;
    else {
      flush();
      push("equal", op.text);
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// One line for the corrections log and the feed: "2 fields changed, 1 claim added, 1 participant removed".

const ITEM_NOUNS: Record<string, [singular: string, plural: string]> = {
  claims: ["claim", "claims"],
  participants: ["participant", "participants"],
  timeline: ["timeline moment", "timeline moments"],
  affiliations: ["affiliation", "affiliations"],
  aliases: ["alias", "aliases"],
  related: ["related event", "related events"],
  authors: ["author", "authors"],
  excerpts: ["excerpt", "excerpts"],
  citations: ["citation", "citations"],
};

function count(n: number, [singular, plural]: [string, string], verb: string): string {
  return `${n} ${n === 1 ? singular : plural} ${verb}`;
}

export function summarizeChanges(changes: FieldChange[]): string {
  if (changes.length === 0) return "no changes";
  const fieldsByKind = { changed: new Set<string>(), added: new Set<string>(), removed: new Set<string>() };
  const parts: string[] = [];
  const itemParts: string[] = [];

  for (const change of changes) {
    const topField = change.field.split(".")[0] ?? change.field;
    if (change.kind !== "items") {
      // A change inside place or date counts as that field changing; only whole top-level fields come and go.
      const kind = change.field.includes(".") ? "changed" : change.kind;
      fieldsByKind[kind].add(topField);
      continue;
    }
    const name = lastSegment(change.field);
    const noun = ITEM_NOUNS[name] ?? [`${name} item`, `${name} items`];
    const tally = { added: 0, removed: 0, changed: 0, moved: 0 };
    for (const item of change.items) tally[item.kind]++;
    for (const kind of ["added", "removed", "changed", "moved"] as const) {
      if (tally[kind] > 0) itemParts.push(count(tally[kind], noun, kind));
    }
  }
  const fieldNoun: [string, string] = ["field", "fields"];
  for (const kind of ["changed", "added", "removed"] as const) {
    const size = fieldsByKind[kind].size;
    if (size > 0) parts.push(count(size, fieldNoun, kind));
  }
  return [...parts, ...itemParts].join(", ");
}
