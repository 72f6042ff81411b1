"use client";

// Citations of withdrawn sources, flagged in words with one control per source across the whole entry:
// keep them (they are history, readers see the withdrawn name), replace every one with another source, or
// remove them all. Saving never depends on it: the server only refuses a *new* citation of a withdrawn source.
import { useId, useState } from "react";
import { countCitations, replaceCitedSource } from "@/lib/citations/replace-cited-source";
import type { EntryOption } from "@/lib/entries/list-entry-options";
import { withdrawnCitationFlag, withdrawnReasonText } from "@/lib/links/withdrawn-reference";
import { EntryCombobox } from "./entry-combobox";
import { useFormModel } from "./form-context";

export const WITHDRAWN_CITATIONS_ID = "withdrawn-citations";

function ReplaceOrRemove({ option, count }: { option: EntryOption & { withdrawn: NonNullable<EntryOption["withdrawn"]> }; count: number }) {
  const model = useFormModel();
  const inputId = useId();
  const [typed, setTyped] = useState("");
  const [chosen, setChosen] = useState<EntryOption | null>(null);
  const citations = count === 1 ? "the citation" : `all ${count} citations`;
  const isChosenUsable = chosen !== null && chosen.slug !== option.slug && !chosen.withdrawn;
  return (
    <li className="withdrawn-citations__item">
      <p>
        <strong>{withdrawnCitationFlag(option.withdrawn)}</strong> <span className="muted">({count === 1 ? "1 citation" : `${count} citations`})</span>
      </p>
      <p className="field-hint">{withdrawnReasonText(option.withdrawn)}.</p>
      <div className="withdrawn-citations__controls">
        <label htmlFor={inputId}>Replace with</label>
        <EntryCombobox
          id={inputId}
          kind="source"
          value={typed}
          placeholder="Type 2+ letters of a source’s name"
          onType={(text) => {
            setTyped(text);
            setChosen(null);
          }}
          onChoose={(picked) => {
            setTyped(picked.slug);
            setChosen(picked);
          }}
        />
        <button
          type="button"
          className="button button--secondary"
          disabled={!isChosenUsable}
          onClick={() => chosen && model.update((draft) => replaceCitedSource(draft, option.slug, chosen.slug))}
        >
          {isChosenUsable ? `Replace ${citations} with “${chosen.title}”` : `Replace ${citations}`}
        </button>{" "}
        <button type="button" className="button button--secondary" onClick={() => model.update((draft) => replaceCitedSource(draft, option.slug, null))}>
          Remove {citations}
        </button>
      </div>
    </li>
  );
}

/** The withdrawn sources the draft cites, each with its flag and one replace-or-remove control. */
export function WithdrawnCitations() {
  const model = useFormModel();
  const cited = model.options.source
    .filter((o): o is EntryOption & { withdrawn: NonNullable<EntryOption["withdrawn"]> } => o.withdrawn !== undefined)
    .map((option) => ({ option, count: countCitations(model.draft, option.slug) }))
    .filter(({ count }) => count > 0);
  if (cited.length === 0) return null;
  return (
    <section id={WITHDRAWN_CITATIONS_ID} className="notice notice--warn withdrawn-citations" aria-labelledby={`${WITHDRAWN_CITATIONS_ID}-heading`}>
      <h2 id={`${WITHDRAWN_CITATIONS_ID}-heading`}>Citations of withdrawn sources</h2>
      <p>
        Readers see each by its last published name, marked withdrawn, with the reason one click away. Keep them as history, or replace or remove every citation
        of a source at once; the entry can be saved and published either way.
      </p>
      <ul>
        {cited.map(({ option, count }) => (
          <ReplaceOrRemove key={option.slug} option={option} count={count} />
        ))}
      </ul>
    </section>
  );
}
