import { summarizeClaims } from "@/lib/claims/summarize-claims";
import type { EventContent } from "@/lib/entries/event-schema";

type Section = { id: string; label: string };

/**
 * The sections this event's page has, in page order: only those that render (a section with nothing
 * in it is not on the page, so it is not in the contents either). Ids are the sections' own.
 */
export function eventSections(event: EventContent, { hasNotes, hasSources }: { hasNotes: boolean; hasSources: boolean }): Section[] {
  const summaries = summarizeClaims(event.claims);
  const sections: (Section | false)[] = [
    event.body.trim() !== "" && { id: "account", label: "Account" },
    summaries.some((s) => s.isDisputed) && { id: "disagreement-heading", label: "Where sources disagree" },
    event.timeline.length > 0 && { id: "timeline-heading", label: "Timeline" },
    event.participants.length > 0 && { id: "participants-heading", label: "Participants" },
    event.related.length > 0 && { id: "related-heading", label: "Related events" },
    summaries.some((s) => !s.isDisputed) && { id: "claims-heading", label: "Claims" },
    hasNotes && { id: "notes-heading", label: "Notes" },
    hasSources && { id: "sources-heading", label: "Sources" },
  ];
  return sections.filter((s): s is Section => s !== false);
}

/** A long event page's table of contents: sticky in the side column on wide screens, in the flow on narrow ones. */
export function TableOfContents({ sections }: { sections: Section[] }) {
  if (sections.length < 2) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading" className="toc__title">
        On this page
      </h2>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`}>{s.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
