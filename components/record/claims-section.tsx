import { formatClaimValue, summarizeClaims, type PropertySummary } from "@/lib/claims/summarize-claims";
import type { Claim } from "@/lib/claims/claim-schema";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { CitationList } from "./citation-list";
import { EntryLink, entryTitle } from "./entry-link";
import { TollChart } from "./toll-chart";

const PROPERTY_LABELS: Record<string, string> = {
  fatalities: "Death toll",
  injured: "Injured",
  survivors: "Survivors",
  attackers: "Attackers",
  perpetrator: "Perpetrator",
  target: "Target",
  weapon: "Weapons",
  motive: "Motive",
  date: "Date",
  location: "Location",
  leader: "Leader",
  members: "Members",
  ideology: "Ideology",
  base: "Base",
  activity: "Activity",
  status: "Status",
  role: "Role",
  authorship: "Authorship",
  reliability: "Reliability",
};

export function propertyLabel(property: string): string {
  return PROPERTY_LABELS[property] ?? property;
}

/** How a claim's nature reads after its claimant: "the Armed Forces asserts". */
export const NATURE_VERBS: Record<Claim["nature"], string> = {
  asserted: "asserts",
  alleged: "alleges",
  estimated: "estimates",
  "claimed-responsibility": "claims responsibility",
  denied: "denies",
  doubted: "doubts",
};

function ClaimRow({ claim, targets }: { claim: Claim; targets: Map<string, LinkTarget> }) {
  const actorName = (slug: string) => entryTitle("actor", slug, targets);
  return (
    <li className={`claim claim--${claim.rank}`} id={`claim-${claim.id}`}>
      <p className="claim__statement">
        <strong>{formatClaimValue(claim.value, actorName)}</strong>
        {claim.qualifiers?.category ? <span className="muted"> ({claim.qualifiers.category})</span> : null} —{" "}
        {claim.assertedBy ? (
          <>
            <EntryLink kind="actor" slug={claim.assertedBy} targets={targets} /> <span className="muted">{NATURE_VERBS[claim.nature]}</span>
          </>
        ) : (
          <span className="muted">unattributed</span>
        )}
        {claim.rank === "preferred" ? <span className="badge badge--published">preferred</span> : null}
        {claim.rank === "deprecated" ? <span className="badge badge--hidden">deprecated</span> : null}
      </p>
      {claim.rank === "deprecated" && claim.deprecationReason ? <p className="muted">Deprecated: {claim.deprecationReason}</p> : null}
      {claim.note ? <p className="claim__note">{claim.note}</p> : null}
      <CitationList citations={claim.citations} targets={targets} />
    </li>
  );
}

function NumericChart({ summary, targets }: { summary: PropertySummary; targets: Map<string, LinkTarget> }) {
  if (!summary.numeric) return null;
  const preferredId = summary.preferred?.id;
  const bars = summary.numeric.values.map((v) => {
    const claim = summary.claims.find((c) => c.id === v.claimId);
    const label = v.assertedBy ? entryTitle("actor", v.assertedBy, targets) : "Unattributed";
    return typeof v.value === "number"
      ? { label, value: v.value, isPreferred: claim?.id === preferredId }
      : { label, value: v.value.high, low: v.value.low, isPreferred: claim?.id === preferredId };
  });
  return <TollChart id={`chart-${summary.property}`} title={`${propertyLabel(summary.property)} by who reports it`} bars={bars} />;
}

/** "Where sources disagree": every claim of each disputed property, who asserts it, and its citations. */
export function DisagreementSection({ claims, targets }: { claims: Claim[]; targets: Map<string, LinkTarget> }) {
  const disputed = summarizeClaims(claims).filter((s) => s.isDisputed);
  if (disputed.length === 0) return null;
  return (
    <section aria-labelledby="disagreement-heading" className="disagreement">
      <h2 id="disagreement-heading">Where sources disagree</h2>
      {disputed.map((summary) => (
        <section key={summary.property} aria-labelledby={`disputed-${summary.property}`} className="disagreement__property">
          <h3 id={`disputed-${summary.property}`}>{propertyLabel(summary.property)}</h3>
          {summary.numeric ? (
            <p>
              Reported figures range from <strong>{summary.numeric.low}</strong> to <strong>{summary.numeric.high}</strong>; the conservative figure is{" "}
              <strong>{summary.numeric.conservative}</strong>.
            </p>
          ) : null}
          <NumericChart summary={summary} targets={targets} />
          <ul className="claim-list">
            {summary.claims.map((claim) => (
              <ClaimRow key={claim.id} claim={claim} targets={targets} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** Claims that no source disputes, listed with their citations. */
export function UndisputedClaims({ claims, targets }: { claims: Claim[]; targets: Map<string, LinkTarget> }) {
  const settled = summarizeClaims(claims).filter((s) => !s.isDisputed);
  if (settled.length === 0) return null;
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims</h2>
      <dl className="claims-settled">
        {settled.map((summary) => (
          <div key={summary.property}>
            <dt>{propertyLabel(summary.property)}</dt>
            <dd>
              <ul className="claim-list">
                {summary.claims.map((claim) => (
                  <ClaimRow key={claim.id} claim={claim} targets={targets} />
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
