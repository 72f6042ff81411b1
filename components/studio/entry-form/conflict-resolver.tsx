"use client";

// Someone saved the entry while you were editing it and changed the same fields: both versions side
// by side, your text kept and editable, and a choice per field. Fields only one side changed merge.
import { useEffect, useRef, useState } from "react";
import { changedFields } from "@/lib/revisions/merge-content";
import type { SaveConflict } from "@/lib/revisions/save-revision";
import { describePath } from "./form-model";

type Choice = "mine" | "theirs";

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

/** The content to save: theirs, plus every field only you changed, plus your choice for each conflicting field. */
export function resolveConflict(conflict: SaveConflict, choices: Record<string, Choice>, edits: Record<string, string>): Record<string, unknown> {
  const conflicting = new Set(conflict.conflictingFields);
  const merged: Record<string, unknown> = { ...conflict.theirs };
  for (const field of changedFields(conflict.base, conflict.mine)) {
    if (conflicting.has(field)) continue;
    if (conflict.mine[field] === undefined) delete merged[field];
    else merged[field] = conflict.mine[field];
  }
  for (const field of conflict.conflictingFields) {
    const source = choices[field] === "theirs" ? conflict.theirs : conflict.mine;
    const value = choices[field] !== "theirs" && field in edits ? edits[field] : source[field];
    if (value === undefined) delete merged[field];
    else merged[field] = value;
  }
  return merged;
}

export function ConflictResolver({
  conflict,
  editSummary,
  isPending,
  onSave,
  onKeepEditing,
}: {
  conflict: SaveConflict;
  editSummary: string;
  isPending: boolean;
  onSave: (content: Record<string, unknown>) => void;
  onKeepEditing: (content: Record<string, unknown>) => void;
}) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [edits, setEdits] = useState<Record<string, string>>(() =>
    Object.fromEntries(conflict.conflictingFields.filter((f) => typeof conflict.mine[f] === "string").map((f) => [f, conflict.mine[f] as string])),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the editor was in is hidden now: put keyboard and screen-reader focus on what replaced it.
  useEffect(() => heading.current?.focus(), []);
  const merged = changedFields(conflict.base, conflict.mine).filter((f) => !conflict.conflictingFields.includes(f));
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        Someone else saved this entry while you were editing
      </h2>
      <p>
        <strong>{conflict.theirsAuthor}</strong> saved revision {conflict.theirsNumber} after you opened the form, and changed{" "}
        {conflict.conflictingFields.length === 1 ? "a field" : `${conflict.conflictingFields.length} fields`} you changed too. Nothing of yours is lost: for
        each field below, keep your version (you can still edit it) or take theirs, then save.
      </p>
      {merged.length > 0 ? (
        <p className="muted">Your other changes ({merged.map((f) => describePath(f)).join(", ")}) do not overlap with theirs and are kept as they are.</p>
      ) : null}
      {conflict.conflictingFields.map((field) => {
        const choice = choices[field] ?? "mine";
        const isText = field in edits;
        const name = describePath(field);
        const groupName = `conflict-choice-${field}`;
        return (
          <fieldset key={field} className="conflict__field">
            <legend>{name}</legend>
            <div className="conflict__columns">
              <div className={`conflict__side${choice === "theirs" ? " conflict__side--chosen" : ""}`}>
                <label className="conflict__choice">
                  <input type="radio" name={groupName} checked={choice === "theirs"} onChange={() => setChoices((c) => ({ ...c, [field]: "theirs" }))} />
                  <span>
                    Take theirs{" "}
                    <span className="muted">
                      (revision {conflict.theirsNumber}, {conflict.theirsAuthor})
                    </span>
                  </span>
                </label>
                <pre className="conflict__value" aria-label={`Their version of ${name}`}>
                  {show(conflict.theirs[field])}
                </pre>
              </div>
              <div className={`conflict__side${choice === "mine" ? " conflict__side--chosen" : ""}`}>
                <label className="conflict__choice">
                  <input type="radio" name={groupName} checked={choice === "mine"} onChange={() => setChoices((c) => ({ ...c, [field]: "mine" }))} />
                  <span>Keep yours</span>
                </label>
                {isText ? (
                  <textarea
                    className="conflict__value"
                    aria-label={`Your version of ${name}`}
                    rows={Math.min(14, Math.max(3, (edits[field] ?? "").split("\n").length + 1))}
                    value={edits[field] ?? ""}
                    onChange={(e) => {
                      const text = e.target.value;
                      setEdits((all) => ({ ...all, [field]: text }));
                      setChoices((c) => ({ ...c, [field]: "mine" }));
                    }}
                  />
                ) : (
                  <pre className="conflict__value" aria-label={`Your version of ${name}`}>
                    {show(conflict.mine[field])}
                  </pre>
                )}
              </div>
            </div>
            <details className="conflict__base">
              <summary>Before either change</summary>
              <pre className="conflict__value">{show(conflict.base[field])}</pre>
            </details>
          </fieldset>
        );
      })}
      <p className="muted">The new revision keeps your edit summary: “{editSummary.trim()}”.</p>
      <div className="conflict__actions">
        <button type="button" className="button" disabled={isPending} onClick={() => onSave(resolveConflict(conflict, choices, edits))}>
          {isPending ? "Saving…" : `Save on top of revision ${conflict.theirsNumber}`}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isPending}
          onClick={() => onKeepEditing(resolveConflict(conflict, choices, edits))}
        >
          Use these choices and keep editing
        </button>
      </div>
    </section>
  );
}
