import type { EventContent } from "@/lib/entries/event-schema";
import { formatPartialDate } from "@/lib/entries/format-date";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { keysOf } from "@/lib/object-keys";
import { CitationList } from "./citation-list";
import { EntryLink } from "./entry-link";

const ROLE_LABELS: Record<EventContent["participants"][number]["role"], string> = {
  "alleged-perpetrator": "Alleged perpetrators",
  victim: "Victims",
  target: "Targets",
  responder: "Responders",
  investigator: "Investigators",
  commentator: "Commentators",
};

const RELATION_LABELS: Record<EventContent["related"][number]["relation"], string> = {
  "part-of": "Part of",
  "preceded-by": "Preceded by",
  "followed-by": "Followed by",
  "see-also": "See also",
};

export function Timeline({ moments, targets }: { moments: EventContent["timeline"]; targets: Map<string, LinkTarget> }) {
  if (moments.length === 0) return null;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ol className="timeline">
        {moments.map((moment) => (
          <li key={moment.id} id={`moment-${moment.id}`}>
            <p>
              <strong>
                {formatPartialDate(moment.date)}
                {moment.localTime ? `, ${moment.localTime}` : ""}
              </strong>{" "}
              — {moment.text}
            </p>
            <CitationList citations={moment.citations} targets={targets} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Participants({ participants, targets }: { participants: EventContent["participants"]; targets: Map<string, LinkTarget> }) {
  if (participants.length === 0) return null;
  const roles = keysOf(ROLE_LABELS);
  return (
    <section aria-labelledby="participants-heading">
      <h2 id="participants-heading">Participants</h2>
      {roles
        .filter((role) => participants.some((p) => p.role === role))
        .map((role) => (
          <section key={role} aria-labelledby={`role-${role}`}>
            <h3 id={`role-${role}`}>{ROLE_LABELS[role]}</h3>
            <ul>
              {participants
                .filter((p) => p.role === role)
                .map((p) => (
                  <li key={p.id}>
                    <EntryLink kind="actor" slug={p.actor} targets={targets} />
                    {p.note ? <span className="muted"> — {p.note}</span> : null}
                    <CitationList citations={p.citations} targets={targets} />
                  </li>
                ))}
            </ul>
          </section>
        ))}
    </section>
  );
}

export function RelatedEvents({ related, targets }: { related: EventContent["related"]; targets: Map<string, LinkTarget> }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">Related events</h2>
      <ul>
        {related.map((r) => (
          <li key={`${r.event}-${r.relation}`}>
            <span className="muted">{RELATION_LABELS[r.relation]}:</span> <EntryLink kind="event" slug={r.event} targets={targets} />
            {r.note ? <span className="muted"> — {r.note}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
