"use client";

// Someone saved the entry while you were editing it and some of your changes overlap with theirs. Everything
// that did not overlap (other fields, other lines of the same text) is already merged; each overlapping hunk
// is shown side by side, with nothing chosen: the save waits until the editor has taken theirs, kept theirs
// (editable) or kept both for every one of them, so no text is dropped without a choice.
import { useEffect, useRef, useState } from "react";
import { changedFields, joinBoth, resolveText, type FieldConflict } from "@/lib/revisions/merge-content";
import type { SaveConflict } from "@/lib/revisions/save-revision";
import { describePath, setAt } from "./form-model";

export type HunkChoice = "theirs" | "mine" | "both";

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

/** Key of one choice: the conflict's index, and for a text the hunk's index among its conflicting hunks. */
function choiceKey(conflictIndex: number, hunkIndex?: number): string {
  return hunkIndex === undefined ? String(conflictIndex) : `${conflictIndex}.${hunkIndex}`;
}

function conflictingHunks(conflict: FieldConflict) {
  return conflict.kind === "text" ? conflict.pieces.filter((piece) => piece.kind === "conflict") : [];
}

/** Every choice the conflict asks for. */
export function choiceKeys(conflict: SaveConflict): string[] {
  return conflict.conflicts.flatMap((field, i) => (field.kind === "text" ? conflictingHunks(field).map((_, h) => choiceKey(i, h)) : [choiceKey(i)]));
}

/**
 * The content to save: everything that merged, and each conflicting hunk or value as chosen (your hunk's text
 * as you edited it). Null while a choice is missing.
 */
export function resolveConflict(conflict: SaveConflict, choices: Record<string, HunkChoice>, edits: Record<string, string>): Record<string, unknown> | null {
  let content = conflict.merged;
  for (const [i, field] of conflict.conflicts.entries()) {
    if (field.kind === "value") {
      const choice = choices[choiceKey(i)];
      if (choice === undefined) return null;
      content = setAt(content, field.path, choice === "theirs" ? field.theirs : field.mine);
      continue;
    }
    const chosen = conflictingHunks(field).map((hunk, h) => {
      const key = choiceKey(i, h);
      const edited = edits[key];
      // The box shows a hunk's lines without their last line break; an edit gets it back, so the next line stays on its own.
      const mine = edited === undefined ? hunk.mine : hunk.mine.endsWith("\n") && !edited.endsWith("\n") ? `${edited}\n` : edited;
      const choice = choices[key];
      if (choice === "theirs") return hunk.theirs;
      if (choice === "mine") return mine;
      if (choice === "both") return joinBoth(hunk.theirs, mine);
      return undefined;
    });
    const text = resolveText(field.pieces, chosen);
    if (text === null) return null;
    content = setAt(content, field.path, text);
  }
  return content;
}

/** The merged lines around a hunk, shortened: enough to find the place, not the whole text again. */
function context(text: string, where: "before" | "after" | "between"): string {
  // Blank lines at the edges only separate paragraphs: they would take the place of a line worth reading.
  const lines = text.replace(/^\n+|\n+$/g, "").split("\n");
  if (where === "before") return lines.length <= 2 ? lines.join("\n") : `…\n${lines.slice(-2).join("\n")}`;
  if (where === "after") return lines.length <= 2 ? lines.join("\n") : `${lines.slice(0, 2).join("\n")}\n…`;
  return lines.length <= 4 ? lines.join("\n") : `${lines.slice(0, 2).join("\n")}\n…\n${lines.slice(-2).join("\n")}`;
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
  const [choices, setChoices] = useState<Record<string, HunkChoice>>({});
  const [edits, setEdits] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the editor was in is hidden now: put keyboard and screen-reader focus on what replaced it.
  useEffect(() => heading.current?.focus(), []);

  const keys = choiceKeys(conflict);
  const left = keys.filter((key) => choices[key] === undefined).length;
  const resolved = resolveConflict(conflict, choices, edits);
  const conflictingTop = new Set(conflict.conflicts.map((c) => c.path.split(".")[0]));
  const merged = changedFields(conflict.base, conflict.mine).filter((f) => !conflictingTop.has(f));
  const choose = (key: string, choice: HunkChoice) => setChoices((all) => ({ ...all, [key]: choice }));

  function sides({ key, name, theirs, mine, isText }: { key: string; name: string; theirs: string; mine: string; isText: boolean }) {
    const choice = choices[key];
    const group = `conflict-choice-${key}`;
    return (
      <>
        <div className="conflict__columns">
          <div className={`conflict__side${choice === "theirs" || choice === "both" ? " conflict__side--chosen" : ""}`}>
            <label className="conflict__choice">
              <input type="radio" name={group} checked={choice === "theirs"} onChange={() => choose(key, "theirs")} />
              <span>
                Take theirs{" "}
                <span className="muted">
                  (revision {conflict.theirsNumber}, {conflict.theirsAuthor})
                </span>
              </span>
            </label>
            <pre className="conflict__value" aria-label={`Their version of ${name}`}>
              {theirs === "" ? "(nothing: they removed this part)" : theirs}
            </pre>
          </div>
          <div className={`conflict__side${choice === "mine" || choice === "both" ? " conflict__side--chosen" : ""}`}>
            <label className="conflict__choice">
              <input type="radio" name={group} checked={choice === "mine"} onChange={() => choose(key, "mine")} />
              <span>Keep yours</span>
            </label>
            {isText ? (
              <textarea
                className="conflict__value"
                aria-label={`Your version of ${name}`}
                rows={Math.min(14, Math.max(2, (edits[key] ?? mine).split("\n").length + 1))}
                value={edits[key] ?? mine}
                onChange={(e) => {
                  const text = e.target.value;
                  setEdits((all) => ({ ...all, [key]: text }));
                  // Editing your side is a choice of it (or of both, when both were chosen).
                  if (choice !== "both") choose(key, "mine");
                }}
              />
            ) : (
              <pre className="conflict__value" aria-label={`Your version of ${name}`}>
                {mine}
              </pre>
            )}
          </div>
        </div>
        {isText ? (
          <label className="conflict__choice conflict__both">
            <input type="radio" name={group} checked={choice === "both"} onChange={() => choose(key, "both")} />
            <span>Keep both, theirs first</span>
          </label>
        ) : null}
      </>
    );
  }

  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading" ref={heading} tabIndex={-1}>
        Someone else saved this entry while you were editing
      </h2>
      <p>
        <strong>{conflict.theirsAuthor}</strong> saved revision {conflict.theirsNumber} after you opened the form. Their changes and yours are merged wherever
        they touch different fields or different lines; {keys.length === 1 ? "one place overlaps" : `${keys.length} places overlap`}. For each, take theirs,
        keep yours (you can still edit it) or keep both, then save. Nothing is chosen for you, and nothing of yours is lost.
      </p>
      {merged.length > 0 ? (
        <p className="muted">Your changes to {merged.map((f) => describePath(f)).join(", ")} do not overlap with theirs and are kept as they are.</p>
      ) : null}
      {conflict.conflicts.map((field, i) => {
        const name = describePath(field.path);
        if (field.kind === "value") {
          return (
            <fieldset key={field.path} className="conflict__field">
              <legend>{name}</legend>
              {sides({ key: choiceKey(i), name, theirs: show(field.theirs), mine: show(field.mine), isText: false })}
              <details className="conflict__base">
                <summary>Before either change</summary>
                <pre className="conflict__value">{show(field.base)}</pre>
              </details>
            </fieldset>
          );
        }
        const hunks = conflictingHunks(field);
        let hunkIndex = -1;
        return (
          <fieldset key={field.path} className="conflict__field">
            <legend>
              {name}: {hunks.length === 1 ? "one overlapping change" : `${hunks.length} overlapping changes`}
            </legend>
            {field.pieces.map((piece, p) => {
              if (piece.kind === "same") {
                const where = p === 0 ? "before" : p === field.pieces.length - 1 ? "after" : "between";
                if (context(piece.text, where) === "") return null;
                return (
                  <pre key={p} className="conflict__value conflict__context" aria-label={`Merged text of ${name}`}>
                    {context(piece.text, where)}
                  </pre>
                );
              }
              hunkIndex++;
              const key = choiceKey(i, hunkIndex);
              const hunkName = hunks.length === 1 ? name : `${name}, overlap ${hunkIndex + 1}`;
              return (
                <div key={p} className="conflict__hunk" role="group" aria-label={hunkName}>
                  {hunks.length > 1 ? <p className="conflict__hunk-title">Overlap {hunkIndex + 1}</p> : null}
                  {sides({ key, name: hunkName, theirs: piece.theirs.replace(/\n$/, ""), mine: piece.mine.replace(/\n$/, ""), isText: true })}
                  <details className="conflict__base">
                    <summary>Before either change</summary>
                    <pre className="conflict__value">{piece.base === "" ? "(nothing here)" : piece.base}</pre>
                  </details>
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <p className="muted">The new revision keeps your edit summary: “{editSummary.trim()}”.</p>
      <p role="status" className={left > 0 ? "conflict__left" : "muted"}>
        {left === 0 ? "Every overlap has a choice." : left === 1 ? "One overlap still needs a choice." : `${left} overlaps still need a choice.`}
      </p>
      <div className="conflict__actions">
        <button type="button" className="button" disabled={isPending || resolved === null} onClick={() => resolved && onSave(resolved)}>
          {isPending ? "Saving…" : `Save on top of revision ${conflict.theirsNumber}`}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={isPending || resolved === null}
          onClick={() => resolved && onKeepEditing(resolved)}
        >
          Use these choices and keep editing
        </button>
      </div>
    </section>
  );
}
