import { Fragment } from "react";
import { formatClaimValue, summarizeClaims } from "@/lib/claims/summarize-claims";
import type { EventContent } from "@/lib/entries/event-schema";
import { formatEventDate } from "@/lib/entries/format-date";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { formatCoordinates } from "@/lib/geo/locator-map";
import { EntryLink, entryTitle } from "./entry-link";
import { LocatorMap } from "./locator-map";
import { propertyLabel } from "./claims-section";

const GRADE_LABELS: Record<EventContent["grade"], string> = {
  confirmed: "Confirmed",
  fair: "Fair",
  weak: "Weak",
  contested: "Contested",
  discounted: "Discounted",
};

const PRECISION_LABELS: Record<EventContent["place"]["precision"], string> = {
  exact: "exact location",
  near: "near this point",
  district: "located to the district",
  province: "located to the province",
  region: "located to the region",
  country: "located to the country",
};

function placeLine(place: EventContent["place"]): string {
  return [place.name, place.district, place.province, place.region, place.country].filter(Boolean).join(", ");
}

export function EventInfobox({ event, targets }: { event: EventContent; targets: Map<string, LinkTarget> }) {
  const summaries = summarizeClaims(event.claims);
  const toll = summaries.find((s) => s.property === "fatalities");
  const perpetrator = summaries.find((s) => s.property === "perpetrator");
  const actorName = (slug: string) => entryTitle("actor", slug, targets);
  const others = summaries.filter((s) => !["fatalities", "perpetrator"].includes(s.property));
  const alleged = event.participants.filter((p) => p.role === "alleged-perpetrator");
  const hasCoordinates = event.place.latitude !== undefined && event.place.longitude !== undefined;
  return (
    <aside className="infobox" aria-labelledby="infobox-heading">
      <h2 id="infobox-heading" className="infobox__title">
        {event.title}
      </h2>
      {hasCoordinates ? (
        <LocatorMap
          name={event.place.name}
          latitude={event.place.latitude!}
          longitude={event.place.longitude!}
          country={event.place.country}
          precision={event.place.precision}
        />
      ) : null}
      <dl>
        <dt>Date</dt>
        <dd>{formatEventDate(event.date)}</dd>
        <dt>Place</dt>
        <dd>
          {placeLine(event.place)}
          {hasCoordinates ? (
            <span className="muted infobox__detail">
              {formatCoordinates(event.place.latitude!, event.place.longitude!)} · {PRECISION_LABELS[event.place.precision]}
            </span>
          ) : (
            <span className="muted infobox__detail">{PRECISION_LABELS[event.place.precision]}</span>
          )}
        </dd>
        <dt>Type</dt>
        <dd>
          {event.eventType.category} → {event.eventType.subtype}
        </dd>
        <dt>Grade</dt>
        <dd>{GRADE_LABELS[event.grade]}</dd>
        {toll ? (
          <>
            <dt>Deaths</dt>
            <dd>
              {toll.preferred ? formatClaimValue(toll.preferred.value, actorName) : <span className="muted">{toll.isDisputed ? "not settled" : "—"}</span>}{" "}
              {toll.isDisputed ? (
                <a href="#disputed-fatalities" className="badge badge--disputed">
                  disputed
                </a>
              ) : null}
              {toll.numeric ? (
                <div className="muted infobox__figures">
                  low {toll.numeric.low} · high {toll.numeric.high} · conservative {toll.numeric.conservative}
                </div>
              ) : null}
            </dd>
          </>
        ) : null}
        {perpetrator || alleged.length > 0 ? (
          <>
            <dt>Alleged perpetrator</dt>
            <dd>
              {perpetrator?.preferred ? formatClaimValue(perpetrator.preferred.value, actorName) : null}
              {!perpetrator?.preferred && alleged.length > 0
                ? alleged.map((p, i) => (
                    <span key={p.id}>
                      {i > 0 ? ", " : null}
                      <EntryLink kind="actor" slug={p.actor} targets={targets} />
                    </span>
                  ))
                : null}{" "}
              {perpetrator?.isDisputed ? (
                <a href="#disputed-perpetrator" className="badge badge--disputed">
                  disputed
                </a>
              ) : null}
            </dd>
          </>
        ) : null}
        {others.map((s) => (
          <Fragment key={s.property}>
            {/* The event's own date is the first row; a date claim is what the sources report, so its row says so. */}
            <dt>{s.property === "date" ? "Date reported" : propertyLabel(s.property)}</dt>
            <dd>
              {s.preferred ? formatClaimValue(s.preferred.value, actorName) : <span className="muted">{s.isDisputed ? "not settled" : "—"}</span>}{" "}
              {s.isDisputed ? (
                <a href={`#disputed-${s.property}`} className="badge badge--disputed">
                  disputed
                </a>
              ) : null}
            </dd>
          </Fragment>
        ))}
        <dt>Investigation</dt>
        <dd>
          {event.investigation.status.replace(/-/g, " ")}
          {event.investigation.note ? <div className="muted">{event.investigation.note}</div> : null}
        </dd>
      </dl>
    </aside>
  );
}
