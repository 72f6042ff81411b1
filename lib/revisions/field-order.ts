// The order fields are listed in comparisons: the order the schemas declare them in, which is the order the
// editor shows them in, whatever order the stored JSON happens to have (jsonb reorders keys).
import { z } from "zod";
import { ENTRY_KINDS } from "../entries/common-schema";
import { contentSchemaByKind } from "../entries/content-schema";

function objectKeySequences(schema: z.core.$ZodType, out: string[][], seen = new Set<z.core.$ZodType>()): string[][] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  if (schema instanceof z.ZodObject) {
    out.push(Object.keys(schema.shape));
    for (const child of Object.values(schema.shape)) objectKeySequences(child, out, seen);
  } else if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    objectKeySequences(schema.unwrap(), out, seen);
  } else if (schema instanceof z.ZodArray) {
    objectKeySequences(schema.element, out, seen);
  } else if (schema instanceof z.ZodUnion) {
    for (const option of schema.options) objectKeySequences(option, out, seen);
  } else if (schema instanceof z.ZodPipe) {
    objectKeySequences(schema.in, out, seen);
  }
  return out;
}

/**
 * One order for every key of every kind's objects: each object's declared order is kept, keys shared by several
 * objects (note, date, citations) sit where the first schema to declare them puts them.
 */
function mergedOrder(sequences: string[][]): string[] {
  const firstSeen = new Map<string, number>();
  const predecessors = new Map<string, Set<string>>();
  for (const sequence of sequences) {
    sequence.forEach((key, i) => {
      if (!firstSeen.has(key)) firstSeen.set(key, firstSeen.size);
      if (!predecessors.has(key)) predecessors.set(key, new Set());
      if (i > 0) predecessors.get(key)!.add(sequence[i - 1]!);
    });
  }
  const order: string[] = [];
  const remaining = new Set(firstSeen.keys());
  const byFirstSeen = (a: string, b: string) => firstSeen.get(a)! - firstSeen.get(b)!;
  while (remaining.size > 0) {
    const ready = [...remaining].filter((key) => [...predecessors.get(key)!].every((p) => !remaining.has(p)));
    // Two objects that declare shared keys in opposite orders make a cycle: the earlier-declared key goes first.
    const next = (ready.length > 0 ? ready : [...remaining]).sort(byFirstSeen)[0]!;
    order.push(next);
    remaining.delete(next);
  }
  return order;
}

const FIELD_ORDER = mergedOrder(ENTRY_KINDS.flatMap((kind) => objectKeySequences(contentSchemaByKind[kind], [])));
const FIELD_RANK = new Map<string, number>(FIELD_ORDER.map((field, index) => [field, index]));

/** The keys of these objects in the order the editor shows the fields; keys no schema knows come last, sorted. */
export function orderedKeys(objects: readonly Readonly<Record<string, unknown>>[]): string[] {
  const keys = new Set<string>();
  for (const object of objects) for (const key of Object.keys(object)) keys.add(key);
  return [...keys].sort((a, b) => {
    const rankA = FIELD_RANK.get(a) ?? FIELD_ORDER.length;
    const rankB = FIELD_RANK.get(b) ?? FIELD_ORDER.length;
    return rankA - rankB || (a < b ? -1 : a > b ? 1 : 0);
  });
}
