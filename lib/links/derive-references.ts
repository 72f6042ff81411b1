// Every reference a revision's content makes to another entry. Pure: used to validate a save,
// to check link integrity before publishing, and to refresh the public link table.
import { citedSlugs } from "../citations/parse-citations";
import type { Citation, EntryKindName } from "../entries/common-schema";
import { withKind, type ContentByKind } from "../entries/content-schema";
import type { Claim } from "../claims/claim-schema";

export type Reference = { kind: EntryKindName; slug: string; relation: string; detail: string; path: string };

function citationRefs(citations: readonly Citation[], path: string, relation = "cites"): Reference[] {
  return citations.map((c, i) => ({ kind: "source", slug: c.source, relation, detail: "", path: `${path}.${i}.source` }));
}

function claimRefs(claims: readonly Claim[]): Reference[] {
  return claims.flatMap((claim, i) => {
    const refs: Reference[] = citationRefs(claim.citations, `claims.${i}.citations`).map((r) => ({ ...r, detail: claim.property }));
    if (claim.assertedBy) refs.push({ kind: "actor", slug: claim.assertedBy, relation: "asserts", detail: claim.property, path: `claims.${i}.assertedBy` });
    if (claim.value.type === "actor")
      refs.push({ kind: "actor", slug: claim.value.actor, relation: "claim-value", detail: claim.property, path: `claims.${i}.value.actor` });
    return refs;
  });
}

function bodyRefs(body: string): Reference[] {
  return citedSlugs(body).map((slug) => ({ kind: "source", slug, relation: "cites", detail: "body", path: "body" }));
}

export function deriveReferences<K extends EntryKindName>(kind: K, content: ContentByKind[K]): Reference[] {
  const refs: Reference[] = [];
  const entry = withKind(kind, content);
  if (entry.kind === "event") {
    const event = entry.content;
    event.participants.forEach((p, i) => {
      refs.push({ kind: "actor", slug: p.actor, relation: "participant", detail: p.role, path: `participants.${i}.actor` });
      refs.push(...citationRefs(p.citations, `participants.${i}.citations`));
    });
    event.timeline.forEach((m, i) => refs.push(...citationRefs(m.citations, `timeline.${i}.citations`)));
    event.related.forEach((r, i) => refs.push({ kind: "event", slug: r.event, relation: "related", detail: r.relation, path: `related.${i}.event` }));
    refs.push(...claimRefs(event.claims), ...bodyRefs(event.body));
  } else if (entry.kind === "actor") {
    const actor = entry.content;
    actor.affiliations.forEach((a, i) => {
      refs.push({ kind: "actor", slug: a.actor, relation: "affiliation", detail: a.relation, path: `affiliations.${i}.actor` });
      refs.push(...citationRefs(a.citations, `affiliations.${i}.citations`));
    });
    refs.push(...claimRefs(actor.claims), ...bodyRefs(actor.body));
  } else {
    const source = entry.content;
    if (source.publisher) refs.push({ kind: "actor", slug: source.publisher, relation: "publisher", detail: "", path: "publisher" });
    if (source.originator)
      refs.push({ kind: "actor", slug: source.originator, relation: "originator", detail: source.originatorConnection ?? "", path: "originator" });
    refs.push(...claimRefs(source.claims));
  }
  return refs;
}

/** Distinct (kind, slug) pairs, for lookups. */
export function referencedEntries(refs: readonly Reference[]): { kind: EntryKindName; slug: string }[] {
  const seen = new Map<string, { kind: EntryKindName; slug: string }>();
  for (const r of refs) seen.set(`${r.kind}/${r.slug}`, { kind: r.kind, slug: r.slug });
  return [...seen.values()];
}
