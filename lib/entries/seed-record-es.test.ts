// The Spanish variants of the seeded record (prisma/seed/record-es/) checked against the English seed: they
// translate entries that exist, cover everything the event cites or names, address claims, quotes and items
// by the ids the English latest revision gives them, and leave no translatable field out.
// (It lives here because the unit project only collects tests under lib/, components/ and scripts/.)
import { describe, expect, it } from "vitest";
import { seedRecord } from "../../prisma/seed/record";
import { LOCATORS_ES, spanishRecord } from "../../prisma/seed/record-es";
import type { SpanishClaimText, SpanishVariant } from "../../prisma/seed/record-es/types";
import type { Claim } from "../claims/claim-schema";
import { findCitationProblems, parseCitations } from "../citations/parse-citations";
import type { Citation } from "./common-schema";
import type { ContentByKind, EntryContent } from "./content-schema";
import { withKind } from "./content-schema";

const MAIN = "san-miguel-del-ene-attack";

const latest = new Map<string, EntryContent>();
for (const entry of seedRecord) {
  const last = entry.history[entry.history.length - 1]!;
  const content = withKind(entry.kind, last.content as ContentByKind[typeof entry.kind]);
  latest.set(`${entry.kind}/${content.content.slug}`, content);
}
const englishSourceSlugs = new Set([...latest.values()].filter((e) => e.kind === "source").map((e) => e.content.slug));
const findEnglish = (v: SpanishVariant) => latest.get(`${v.kind}/${v.entrySlug}`);
const main = latest.get(`event/${MAIN}`);
if (main?.kind !== "event") throw new Error(`no event ${MAIN} in the English seed`);
const event = main.content;
const eventVariant = spanishRecord.find((v) => v.kind === "event" && v.entrySlug === MAIN);

/** What the event cites or names: actors (participants, asserters, actor values) and sources (every citation, the body). */
function citedAndNamed() {
  const actors = new Set<string>();
  const sources = new Set<string>();
  const cite = (list: Citation[]) => list.forEach((c) => sources.add(c.source));
  for (const c of event.claims) {
    if (c.assertedBy) actors.add(c.assertedBy);
    if (c.value.type === "actor") actors.add(c.value.actor);
    cite(c.citations);
  }
  for (const p of event.participants) {
    actors.add(p.actor);
    cite(p.citations);
  }
  for (const t of event.timeline) cite(t.citations);
  for (const marker of parseCitations(event.body)) for (const item of marker.items) sources.add(item.slug);
  return { actors, sources };
}

/** Every quote of an entry's latest revision, by the id the Spanish variants use (see QuoteId in types.ts). */
function quoteIds(e: EntryContent): Set<string> {
  const ids = new Set<string>();
  const add = (prefix: string, list: Citation[]) =>
    list.forEach((c, i) => {
      if (c.quote) ids.add(`${prefix}:${i + 1}`);
    });
  for (const c of e.content.claims) add(`claim:${c.id}`, c.citations);
  if (e.kind === "event") {
    for (const p of e.content.participants) add(`participant:${p.id}`, p.citations);
    for (const t of e.content.timeline) add(`timeline:${t.id}`, t.citations);
  } else if (e.kind === "actor") {
    for (const a of e.content.affiliations) add(`affiliation:${a.id}`, a.citations);
  } else {
    e.content.excerpts.forEach((_, i) => ids.add(`excerpt:${i + 1}`));
  }
  return ids;
}

/** Every locator of an entry's latest revision (citations and excerpts). */
function locators(e: EntryContent): string[] {
  const out: string[] = [];
  const add = (list: Citation[]) => list.forEach((c) => c.locator && out.push(c.locator));
  for (const c of e.content.claims) add(c.citations);
  if (e.kind === "event") {
    e.content.participants.forEach((p) => add(p.citations));
    e.content.timeline.forEach((t) => add(t.citations));
  } else if (e.kind === "actor") {
    e.content.affiliations.forEach((a) => add(a.citations));
  } else {
    e.content.excerpts.forEach((x) => x.locator && out.push(x.locator));
  }
  return out;
}

/** Which optional Spanish claim fields must exist: exactly those whose English counterpart does. */
function expectedClaimFields(c: Claim): (keyof SpanishClaimText)[] {
  const fields: (keyof SpanishClaimText)[] = ["label"];
  if (c.value.type === "text") fields.push("valueText");
  if (c.value.type === "date" && c.value.date.note) fields.push("dateNote");
  if (c.note) fields.push("note");
  if (c.qualifiers?.category) fields.push("category");
  if (c.qualifiers?.asOf?.note) fields.push("asOfNote");
  if (c.deprecationReason) fields.push("deprecationReason");
  return fields.sort();
}

const keysOf = (o: object) => Object.keys(o).sort();
const presentKeys = (o: Record<string, unknown>) =>
  Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
    .sort();

/** Every string in a variant, with its path, for the non-empty check. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe("the Spanish variants of the seeded record", () => {
  it("translate entries that exist in the English seed, one variant per entry", () => {
    for (const v of spanishRecord) expect(findEnglish(v), `${v.kind}/${v.entrySlug}`).toBeDefined();
    const keys = spanishRecord.map((v) => `${v.kind}/${v.entrySlug}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("cover the event and every actor and source it cites or names", () => {
    expect(eventVariant).toBeDefined();
    const { actors, sources } = citedAndNamed();
    const have = new Set(spanishRecord.map((v) => `${v.kind}/${v.entrySlug}`));
    const missing = [...[...actors].map((s) => `actor/${s}`), ...[...sources].map((s) => `source/${s}`)].filter((k) => !have.has(k));
    expect(missing).toEqual([]);
  });

  it("have unique slugs of lowercase ASCII letters, digits and single hyphens", () => {
    const slugs = spanishRecord.map((v) => v.slug);
    for (const s of slugs) {
      expect(s).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(s.length).toBeGreaterThanOrEqual(2);
      expect(s.length).toBeLessThanOrEqual(120);
    }
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("have no empty text, and a body exactly where the English entry has one", () => {
    for (const v of spanishRecord) {
      const english = findEnglish(v)!;
      const { body, ...rest } = v as SpanishVariant & { body?: string };
      for (const [path, text] of strings(rest, v.entrySlug)) expect(text.trim(), path).not.toBe("");
      if (body !== undefined) {
        const englishBody = (english.content as { body?: string }).body ?? "";
        expect(body.trim() === "", `${v.entrySlug}.body`).toBe(englishBody.trim() === "");
      }
      for (const a of v.aliases) expect(a.lang).toBe("es");
      expect(new Set(v.aliases.map((a) => a.name.toLowerCase())).size, `${v.entrySlug} aliases`).toBe(v.aliases.length);
    }
  });

  it("label every claim of the English latest revision, and only those, with the fields it has", () => {
    for (const v of spanishRecord) {
      const english = findEnglish(v)!;
      expect(keysOf(v.claimLabels), v.entrySlug).toEqual(english.content.claims.map((c) => c.id).sort());
      for (const c of english.content.claims) {
        expect(presentKeys(v.claimLabels[c.id]!), `${v.entrySlug} claim ${c.id}`).toEqual(expectedClaimFields(c));
      }
    }
  });

  it("translate every quote beside it: Spanish for quotes in other languages, English for Spanish ones", () => {
    for (const v of spanishRecord) {
      const expected = [...quoteIds(findEnglish(v)!)].sort();
      const toSpanish = keysOf(v.quoteTranslations);
      const toEnglish = keysOf(v.quoteTranslationsEn);
      expect(
        toSpanish.filter((id) => toEnglish.includes(id)),
        `${v.entrySlug}: translated both ways`,
      ).toEqual([]);
      expect([...toSpanish, ...toEnglish].sort(), `${v.entrySlug} quotes`).toEqual(expected);
    }
  });

  it("give every locator in Spanish words", () => {
    const missing = new Set<string>();
    for (const v of spanishRecord) for (const l of locators(findEnglish(v)!)) if (!(l in LOCATORS_ES)) missing.add(l);
    expect([...missing]).toEqual([]);
  });

  it("translate every item of the English entry by its id", () => {
    for (const v of spanishRecord) {
      const english = findEnglish(v)!;
      if (v.kind === "event" && english.kind === "event") {
        const e = english.content;
        expect(keysOf(v.participantNotes)).toEqual(
          e.participants
            .filter((p) => p.note)
            .map((p) => p.id)
            .sort(),
        );
        expect(keysOf(v.timeline)).toEqual(e.timeline.map((t) => t.id).sort());
        for (const t of e.timeline) expect(v.timeline[t.id]!.dateNote !== undefined, `timeline ${t.id} date note`).toBe(Boolean(t.date.note));
        expect(keysOf(v.relatedNotes)).toEqual(
          e.related
            .filter((r) => r.note)
            .map((r) => r.event)
            .sort(),
        );
        expect(v.investigationNote !== undefined).toBe(Boolean(e.investigation.note));
        const { latitude: _lat, longitude: _lon, precision: _precision, ...placeNames } = e.place;
        expect(presentKeys(v.place)).toEqual(presentKeys(placeNames));
        expect(v.dateNotes?.start !== undefined).toBe(Boolean(e.date.start.note));
        expect(v.dateNotes?.end !== undefined).toBe(Boolean(e.date.end?.note));
      } else if (v.kind === "actor" && english.kind === "actor") {
        const a = english.content;
        expect(keysOf(v.affiliations), v.entrySlug).toEqual(a.affiliations.map((f) => f.id).sort());
        for (const f of a.affiliations) {
          const es = v.affiliations[f.id]!;
          expect(
            [es.note, es.startNote, es.endNote].map((x) => x !== undefined),
            `${v.entrySlug} affiliation ${f.id}`,
          ).toEqual([Boolean(f.note), Boolean(f.start?.note), Boolean(f.end?.note)]);
        }
        expect(v.foundedNote !== undefined, `${v.entrySlug} founded note`).toBe(Boolean(a.founded?.note));
        expect(v.dissolvedNote !== undefined, `${v.entrySlug} dissolved note`).toBe(Boolean(a.dissolved?.note));
      } else if (v.kind === "source" && english.kind === "source") {
        const s = english.content;
        expect(v.reliabilityNote !== undefined, `${v.entrySlug} reliability note`).toBe(Boolean(s.reliabilityNote));
        expect(v.publishedNote !== undefined, `${v.entrySlug} published note`).toBe(Boolean(s.published?.note));
      } else {
        throw new Error(`${v.entrySlug}: kind ${v.kind} does not match the English entry's`);
      }
    }
  });

  it("cite in their bodies only sources the record has, with markers the parser reads", () => {
    for (const v of spanishRecord) {
      if (v.kind === "source") continue;
      expect(findCitationProblems(v.body, englishSourceSlugs), v.entrySlug).toEqual([]);
      expect(parseCitations(v.body).length, `${v.entrySlug} markers`).toBe(v.body.split("[@").length - 1);
      expect(v.body, v.entrySlug).not.toMatch(/<[a-zA-Z!/]/);
    }
  });

  it("carry on the event page the three tolls with who gives each, and the disputed attribution", () => {
    if (eventVariant?.kind !== "event") throw new Error("no Spanish event variant");
    const text = `${eventVariant.summary}\n${eventVariant.body}`;
    for (const toll of ["18", "16", "14"]) expect(eventVariant.body).toMatch(new RegExp(`\\*\\*${toll} muertos\\*\\*, según`));
    expect(eventVariant.summary).toMatch(/\b14\b.*\b18\b/);
    for (const who of ["Comando Conjunto", "Ministerio de Defensa", "Ojo Público", "César Cervantes", "Gobierno"]) expect(text).toContain(who);
    for (const doubter of ["sobrevivientes", "alcalde distrital", "Alejandro Atao", "Hildebrandt en sus trece"]) expect(text).toContain(doubter);
    expect(text).toContain("MPCP");
  });

  it("let Spanish readers find the event by the words they type", () => {
    if (eventVariant?.kind !== "event") throw new Error("no Spanish event variant");
    const names = [eventVariant.title, ...eventVariant.aliases.map((a) => a.name)].map((n) => n.toLowerCase());
    for (const name of ["masacre de san miguel del ene", "masacre del vraem", "masacre de vizcatán del ene"]) expect(names).toContain(name);
    const text = `${eventVariant.summary}\n${eventVariant.body}`.toLowerCase();
    for (const word of ["muertos", "fallecidos", "víctimas", "asesinad", "ataque", "narcoterrorista"]) expect(text).toContain(word);
  });
});
