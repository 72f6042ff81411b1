// What a comparison calls a field or a list item: the label the editor sees in the form, never the stored key
// ("investigation.status" is "Investigation", "claims.2.citations" is "Claims › 3 › Citations") and never an
// internal item id (a claim is "Fatalities: 18, asserted by ccffaa", not "fatalities-18-police").
// Client-safe: the review screen, the compare page and the review decision's field picker all use it.

/** Top-level fields, as labelled in the event, actor and source forms. */
const TOP_LEVEL: Record<string, string> = {
  title: "Title",
  slug: "Address (slug)",
  aliases: "Aliases",
  eventType: "Event type",
  date: "Date",
  place: "Place",
  summary: "Summary",
  body: "Body",
  grade: "Grade",
  investigation: "Investigation",
  participants: "Participants",
  timeline: "Timeline",
  related: "Related events",
  claims: "Claims",
  nature: "Person or organisation",
  actorType: "Type",
  description: "Description",
  founded: "Founded or born",
  dissolved: "Dissolved or died",
  wikidataId: "Wikidata id",
  affiliations: "Affiliations",
  sourceType: "Type",
  publisher: "Publisher",
  authors: "Authors",
  published: "Published",
  language: "Language",
  url: "Web address",
  archiveUrl: "Archived copy",
  accessed: "Accessed",
  originator: "Originator",
  originatorConnection: "Originator’s connection",
  excerpts: "Excerpts",
  archive: "Archived text",
  captures: "Captures",
  reliabilityNote: "Reliability note",
};

/** Where one kind's form names a shared field differently. */
const BY_KIND: Record<string, Record<string, string>> = {
  actor: { title: "Name" },
};

/** Fields inside a top-level group, where the form gives them their own label. */
const NESTED: Record<string, string> = {
  "eventType.category": "Event type",
  "eventType.subtype": "Sub-event type",
  "investigation.status": "Investigation",
  "investigation.note": "Investigation note",
  "date.start": "Start date",
  "date.end": "End date",
  "date.localTime": "Local time",
  "date.utcOffset": "UTC offset",
  "place.name": "Place name",
  "place.district": "District",
  "place.province": "Province",
  "place.region": "Region",
  "place.country": "Country",
  "place.latitude": "Latitude",
  "place.longitude": "Longitude",
  "place.precision": "Location precision",
  "archive.text": "Full text",
  "archive.sha256": "SHA-256 of the text",
};

/** Fields of list items and of nested values (dates, claim values, qualifiers, citations). */
const INNER: Record<string, string> = {
  property: "Property",
  value: "Value",
  type: "Kind of value",
  low: "Low",
  high: "High",
  qualifiers: "Qualifiers",
  category: "Category (qualifier)",
  asOf: "As of (qualifier)",
  assertedBy: "Who asserts it",
  nature: "Nature",
  rank: "Rank",
  deprecationReason: "Why deprecated",
  note: "Note",
  citations: "Citations",
  source: "Source",
  locator: "Locator",
  quote: "Short quote",
  actor: "Actor",
  role: "Role",
  event: "Event",
  relation: "Relation",
  start: "From",
  end: "Until",
  name: "Name",
  lang: "Language",
  text: "Text",
  date: "Date",
  localTime: "Local time",
  precision: "Precision",
  year: "Year",
  month: "Month",
  day: "Day",
  title: "Title",
};

/** Labels that depend on the list the item is in. */
const IN_LIST: Record<string, Record<string, string>> = {
  claims: { note: "Public note" },
  captures: {
    sha256: "SHA-256",
    mediaType: "File type",
    size: "Size",
    capturedAt: "Captured on",
    capturedUrl: "Captured from",
    tool: "Captured with",
    note: "Note",
  },
  timeline: { text: "What happened" },
};

/** Whole item-relative paths whose segments would read twice ("value.value" is a claim's "Value"). */
const IN_LIST_PATHS: Record<string, Record<string, string>> = {
  claims: {
    "value.value": "Value",
    "value.text": "Value",
    "value.low": "Low",
    "value.high": "High",
    "value.actor": "Value (actor)",
    "value.date": "Value (date)",
    "value.type": "Kind of value",
    "qualifiers.category": "Category (qualifier)",
    "qualifiers.asOf": "As of (qualifier)",
  },
};

function humanize(key: string): string {
  const text = key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[-_]/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/**
 * A path of a comparison as the form labels it: "place.name" → "Place name", "claims.2.citations" → "Claims › 3 › Citations".
 * `within` is the list an item-relative path belongs to (a diff of a claim's own fields gives "value.value");
 * `kind` the entry's kind, where its form names a field its own way (an actor's title is its "Name").
 */
export function fieldLabel(path: string, within?: string, kind?: string): string {
  const parts = path.split(".").filter((part) => part !== "");
  if (parts.length === 0) return "The whole entry";
  const whole = within ? (IN_LIST_PATHS[within]?.[path] ?? NESTED[`${within}.${path}`]) : undefined;
  if (whole) return whole;
  const labels: string[] = [];
  let list = within;
  let index = 0;
  if (!within) {
    const pair = parts.length > 1 ? NESTED[`${parts[0]}.${parts[1]}`] : undefined;
    if (pair) {
      labels.push(pair);
      index = 2;
    } else {
      labels.push((kind ? BY_KIND[kind]?.[parts[0]!] : undefined) ?? TOP_LEVEL[parts[0]!] ?? humanize(parts[0]!));
      list = parts[0];
      index = 1;
    }
  }
  for (; index < parts.length; index++) {
    const part = parts[index]!;
    if (/^\d+$/.test(part)) {
      labels.push(String(Number(part) + 1));
      continue;
    }
    labels.push((list ? IN_LIST[list]?.[part] : undefined) ?? INNER[part] ?? humanize(part));
    if (part === "citations") list = "citations";
  }
  return labels.join(" › ");
}

/** A list's name in a path: "claims", "participants", "claims.2.citations" → "citations". */
export function listName(path: string): string {
  return path.slice(path.lastIndexOf(".") + 1);
}

function shorten(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function asText(value: unknown): string | undefined {
  if (typeof value === "string" && value.trim() !== "") return value;
  if (typeof value === "number") return String(value);
  return undefined;
}

/** A claim's value in words: "18", "14–18", "unknown", an actor's address. */
export function claimValueText(value: unknown): string {
  if (!value || typeof value !== "object") return asText(value) ?? "";
  const v = value as Record<string, unknown>;
  switch (v.type) {
    case "number":
      return asText(v.value) ?? "";
    case "range":
      return `${asText(v.low) ?? "?"}–${asText(v.high) ?? "?"}`;
    case "text":
      return asText(v.text) ?? "";
    case "actor":
      return asText(v.actor) ?? "";
    case "date": {
      const d = (v.date ?? {}) as Record<string, unknown>;
      return [d.year, d.month, d.day].filter((x) => typeof x === "number").join("-") || "a date";
    }
    case "unknown":
      return "unknown";
    default:
      return "";
  }
}

/**
 * How a list item is named in a comparison, from what the editor typed: a claim by its property, value and who
 * asserts it; a participant by actor and role; a citation by source and locator. Never by its internal id.
 */
export function itemLabel(list: string, item: unknown): string {
  if (typeof item === "string" || typeof item === "number") return shorten(String(item));
  if (!item || typeof item !== "object") return "an item";
  const i = item as Record<string, unknown>;
  const parts = (...values: (string | undefined)[]) => values.filter((v): v is string => Boolean(v));
  let label: string[];
  switch (list) {
    case "claims": {
      const property = asText(i.property);
      const value = claimValueText(i.value);
      const category = i.qualifiers && typeof i.qualifiers === "object" ? asText((i.qualifiers as Record<string, unknown>).category) : undefined;
      label = [
        `${property ? humanize(property) : "Claim"}${value ? `: ${value}` : ""}${category ? ` (${category})` : ""}${
          asText(i.assertedBy) ? `, asserted by ${i.assertedBy as string}` : ""
        }`,
      ];
      break;
    }
    case "participants":
      label = parts(asText(i.actor), asText(i.role) ? `(${humanize(i.role as string).toLowerCase()})` : undefined);
      break;
    case "affiliations":
      label = parts(asText(i.relation) ? humanize(i.relation as string) : undefined, asText(i.actor));
      break;
    case "related":
      label = parts(asText(i.relation) ? humanize(i.relation as string) : undefined, asText(i.event));
      break;
    case "citations":
      label = parts(asText(i.source), asText(i.locator) ? `(${i.locator as string})` : undefined);
      break;
    case "captures":
      // A capture is its file: type and the start of its SHA-256, as the source page shows it.
      label = parts(asText(i.mediaType), asText(i.sha256) ? `SHA-256 ${(i.sha256 as string).slice(0, 12)}…` : undefined);
      break;
    case "aliases":
      label = parts(asText(i.name), asText(i.lang) ? `(${i.lang as string})` : undefined);
      break;
    default:
      label = parts(asText(i.text) ?? asText(i.name) ?? asText(i.title) ?? asText(i.actor) ?? asText(i.event) ?? asText(i.source));
  }
  const text = label.join(" ");
  return text ? shorten(text) : "an item";
}
