"use client";

// The editor's side panel: what needs attention, the edit summary, the save buttons and the autosave status.
import { useTranslations } from "use-intl";
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
  const t = useTranslations("savePanel");
  return (
    <aside className="editor__panel" aria-label={t("label")}>
      {(form.hasAttempted && errorPaths.length > 0) || formError ? (
        <div ref={errorSummaryRef} tabIndex={-1} className="notice notice--error error-summary" role="alert" aria-labelledby="error-summary-title">
          <p id="error-summary-title">
            <strong>{formError ?? t("fieldsNeedAttention", { count: errorPaths.length })}</strong>
          </p>
          {errorPaths.length > 0 ? (
            <ul>
              {errorPaths.map((path) => (
                <li key={path}>
                  <a href={`#${fieldId(path)}`}>
                    {path === EDIT_SUMMARY ? t("editSummary") : describePath(path, { title: t("title", { kind }), slug: t("slug") })}
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
          {t("editSummary")}
          <span className="required-mark">{t("required")}</span>
        </label>
        <textarea
          id={summaryId}
          rows={2}
          value={form.editSummary}
          placeholder={t("summaryPlaceholder")}
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
            {t("summaryHint", { isNew: isNew ? "yes" : "no" })}
          </p>
        )}
      </div>
      <div className="editor__buttons">
        <button type="button" className="button" disabled={isPending} onClick={() => saving.save({ shouldSubmit: false })} aria-keyshortcuts="Control+S Meta+S">
          {pendingAction === "save" && isPending ? t("saving") : isNew ? t("createDraft") : t("save")}
        </button>
        {isNew || isDirty ? (
          <button type="button" className="button button--secondary" disabled={isPending} onClick={() => saving.save({ shouldSubmit: true })}>
            {pendingAction === "submit" && isPending ? t("savingAndSubmitting") : t("saveAndSubmit")}
          </button>
        ) : canSubmit ? (
          <button type="button" className="button button--secondary" disabled={isPending} onClick={() => saving.submitAsIs()}>
            {pendingAction === "submit" && isPending ? t("submitting") : t("submit")}
          </button>
        ) : null}
      </div>
      <p className="field-hint">
        {t("shortcut")} {isDirty ? t("unsaved") : t("noUnsaved")}
      </p>
      <p className="muted autosave-status" role="status">
        {autosaveStatus}
      </p>
    </aside>
  );
}
