"use client";

// The editor's side panel: what needs attention, the edit summary, the save buttons and the autosave status.
import { describePath, fieldId } from "./form-model";
import { EDIT_SUMMARY, type EntryForm } from "./use-entry-form";
import type { SaveEntry } from "./use-save-entry";

/** Field paths in document order of their controls; the summary only renders after a save attempt, in the browser. */
function orderByForm(paths: string[]): string[] {
  if (typeof document === "undefined") return paths;
  const position = (path: string) => document.getElementById(fieldId(path));
  return [...paths].sort((a, b) => {
    const ea = position(a);
    const eb = position(b);
    if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
    return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

export function SavePanel({
  form,
  saving,
  isNew,
  canSubmit,
  autosaveStatus,
}: {
  form: EntryForm;
  saving: SaveEntry;
  isNew: boolean;
  canSubmit: boolean;
  autosaveStatus: string | null;
}) {
  const { visibleErrors, isDirty, kind } = form;
  const { formError, isPending, pendingAction, errorSummaryRef } = saving;
  // The summary lists fields in the order they appear in the form, by the label the editor sees there.
  const errorPaths = orderByForm(Object.keys(visibleErrors));
  const summaryId = fieldId(EDIT_SUMMARY);
  const summaryErrors = visibleErrors[EDIT_SUMMARY];
  return (
    <aside className="editor__panel" aria-label="Save">
      {(form.hasAttempted && errorPaths.length > 0) || formError ? (
        <div ref={errorSummaryRef} tabIndex={-1} className="notice notice--error error-summary" role="alert" aria-labelledby="error-summary-title">
          <p id="error-summary-title">
            <strong>{formError ?? (errorPaths.length === 1 ? "One field needs attention" : `${errorPaths.length} fields need attention`)}</strong>
          </p>
          {errorPaths.length > 0 ? (
            <ul>
              {errorPaths.map((path) => (
                <li key={path}>
                  <a href={`#${fieldId(path)}`}>
                    {path === EDIT_SUMMARY ? "Edit summary" : describePath(path, { title: kind === "actor" ? "Name" : "Title", slug: "Address (slug)" })}
                  </a>
                  : {visibleErrors[path]!.join(" ")}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <div className="form-field">
        <label htmlFor={summaryId}>
          Edit summary<span className="required-mark"> (required)</span>
        </label>
        <textarea
          id={summaryId}
          rows={2}
          value={form.editSummary}
          placeholder="What did you change, and why?"
          onChange={(e) => form.setEditSummary(e.target.value)}
          onBlur={() => form.touch(EDIT_SUMMARY)}
          aria-invalid={summaryErrors ? true : undefined}
          aria-describedby={summaryErrors ? `${summaryId}-error` : `${summaryId}-hint`}
        />
        {summaryErrors ? (
          <p id={`${summaryId}-error`} className="field-error">
            {summaryErrors.join(" ")}
          </p>
        ) : (
          <p id={`${summaryId}-hint`} className="field-hint">
            Shown in the history{isNew ? "" : " and to reviewers"}.
          </p>
        )}
      </div>
      <div className="editor__buttons">
        <button type="button" className="button" disabled={isPending} onClick={() => saving.save({ shouldSubmit: false })} aria-keyshortcuts="Control+S Meta+S">
          {pendingAction === "save" && isPending ? "Saving…" : isNew ? "Create draft" : "Save"}
        </button>
        {isNew || isDirty ? (
          <button type="button" className="button button--secondary" disabled={isPending} onClick={() => saving.save({ shouldSubmit: true })}>
            {pendingAction === "submit" && isPending ? "Saving and submitting…" : "Save and submit for review"}
          </button>
        ) : canSubmit ? (
          <button type="button" className="button button--secondary" disabled={isPending} onClick={() => saving.submitAsIs()}>
            {pendingAction === "submit" && isPending ? "Submitting…" : "Submit for review"}
          </button>
        ) : null}
      </div>
      <p className="field-hint">Ctrl+S / ⌘S saves. {isDirty ? "You have unsaved changes." : "No unsaved changes."}</p>
      <p className="muted autosave-status" role="status">
        {autosaveStatus}
      </p>
    </aside>
  );
}
