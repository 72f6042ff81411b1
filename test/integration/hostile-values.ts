// What an attacker (or a broken client) sends, as fast-check arbitraries shared by the property suites.
import fc from "fast-check";

/** One fixed seed, printed by the suites, so a failure can be replayed with the same cases. */
export const PROPERTY_SEED = Number(process.env.PROPERTY_SEED ?? 20210523);

/** Strings chosen by hand: what a paste, a proxy or an attacker puts in a text field. */
export const EDGE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "emoji cut in half \ud83d",
  "\u202eevil\u202c.pdf",
  "\u200f\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
  `e${"\u0301".repeat(400)}`,
  "\ufeff\u200b\u2028\u2029",
  "\u0007\u001b[31m",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "'; DROP TABLE entries; --",
  "../../../etc/passwd",
  "%FF%00%2e%2e",
  "\\",
  "$1",
  "$@0",
  "$Q0",
  "__proto__",
  "constructor",
  "toString",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "new:actor",
  "entry:",
  "EDITOR",
  "ADMIN",
  "9".repeat(400),
  "-1",
  "1e309",
];

/** Malformed Pandoc citations: the body parser's hardest input. */
export const MALFORMED_CITATIONS = [
  "[@",
  "[@]",
  "[@ ]",
  "[@no-such-source]",
  "[@ojo-publico-2021-05-24",
  "[@ojo-publico-2021-05-24, p. 3",
  "[@a; @; @b]",
  "[@@@@]",
  "[@UPPER-case]",
  "[@a]]]][[[[@b",
  `[${"@x;".repeat(2000)}]`,
  "[@ojo-publico-2021-05-24, <script>alert(1)</script>]",
  "\\[@escaped]",
  "`[@in-code]`",
  "[@\u0000]",
  "[@\ud800]",
];

const sizes = fc.constantFrom(1_000, 20_000, 100_001, 250_000);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EDGE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...MALFORMED_CITATIONS) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(sizes, fc.constantFrom("x", "é", "\u0301", "😀", "<")).map(([n, c]) => c.repeat(Math.ceil(n / c.length))) },
  { weight: 1, arbitrary: fc.uuid() },
);

/** Ids that parse as uuids but name nothing, and things that only look like ids. */
export const forgedId: fc.Arbitrary<string> = fc.oneof(
  fc.uuid(),
  fc.constantFrom("00000000-0000-0000-0000-000000000000", "not-a-uuid", "", "1", "' OR 1=1 --", "0".repeat(36), "-".repeat(36), "%00", "\u0000"),
  fc.uuid().map((u) => u.toUpperCase()),
  fc.uuid().map((u) => `${u} `),
  fc.uuid().map((u) => u.replaceAll("-", "")),
);

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -0, 1e308, Infinity, NaN, -1) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);

/** Any value of the wrong type: leaves, arrays and objects (with prototype-polluting keys), a few levels deep. */
export const wrongValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "kind", "slug", "content")), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** An array or object nested `depth` levels: a parser that recurses falls over long before 10,000. */
export function nested(depth: number, inner: unknown = "x", asObject = false): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = asObject ? { a: value } : [value];
  return value;
}

/** The same as text, built without recursion (JSON.stringify would overflow first). */
export function nestedJson(depth: number, asObject = false): string {
  return asObject ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}` : `${"[".repeat(depth)}1${"]".repeat(depth)}`;
}

/** A cursor the API never issued: base64url of anything, including valid-looking JSON with bad fields. */
export const forgedCursor: fc.Arbitrary<string> = fc.oneof(
  wrongValue.map((v) => {
    try {
      return Buffer.from(JSON.stringify(v) ?? "null").toString("base64url");
    } catch {
      return "e30";
    }
  }),
  fc
    .record({
      publishedAt: fc.oneof(
        hostileString,
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      id: fc.oneof(forgedId, hostileString),
    })
    .map((c) => Buffer.from(JSON.stringify(c)).toString("base64url")),
  hostileString,
);

/** A deep copy of `base` with one path replaced: valid content broken in exactly one place. */
export function withValueAt(base: unknown, pathKeys: (string | number)[], value: unknown): unknown {
  if (pathKeys.length === 0) return value;
  const [head, ...rest] = pathKeys;
  if (Array.isArray(base)) {
    const copy = [...base];
    copy[Number(head)] = withValueAt(base[Number(head)], rest, value);
    return copy;
  }
  const object = base && typeof base === "object" ? (base as Record<string, unknown>) : {};
  return { ...object, [head!]: withValueAt(object[head!], rest, value) };
}
