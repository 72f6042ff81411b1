"use client";

// The editor for one entry: the kind's form, the save panel, autosave and its restore offer,
// presence of others, and the conflict screen. Input is never reset on an error.
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useMemo, useRef, useState, useTransition } from "react";
import { autosaveAction, discardAutosaveAction, presenceAction, saveEntryAction, submitEntryAction } from "@/app/studio/entries/actions";
import { findCitationProblems } from "@/lib/citations/parse-citations";
import type { EntryKindName } from "@/lib/entries/common-schema";
import type { EntryOption } from "@/lib/entries/list-entry-options";
import type { FieldErrors } from "@/lib/errors";
import type { PresenceView } from "@/lib/revisions/record-presence";
import type { SaveConflict } from "@/lib/revisions/save-revision";
import { ActorForm } from "./actor-form";
import { ConflictResolver } from "./conflict-resolver";
import { EventForm } from "./event-form";
import { datalistId } from "./fields";
import { FormContext, type FormModel } from "./form-context";
import { describePath, draftFrom, fieldId, getAt, isSameValue, setAt, toContent, validateDraft, validateEditSummary, type Draft } from "./form-model";
import { SourceForm } from "./source-form";

export type EditorAutosave = { content: Record<string, unknown>; baseRevisionId: string | null; updatedAt: Date };

export type EntryEditorProps = {
  kind: EntryKindName;
  /** Absent for a new entry. */
  entryId?: string;
  /** The revision the form was loaded from: the base of the next save. */
  baseRevisionId: string | null;
  content: Record<string, unknown> | null;
  /** The user's own unsaved work, when it is newer than the revision. */
  autosave: EditorAutosave | null;
  options: Record<EntryKindName, EntryOption[]>;
  canSubmit: boolean;
  /** What just happened ("Saved as revision 3."), shown until the form changes. */
  notice?: string | null;
};

const AUTOSAVE_DELAY_MS = 2000;
const PRESENCE_INTERVAL_MS = 15_000;
const EDIT_SUMMARY = "editSummary";

type ServerError = { messages: string[]; snapshot: string };

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

function timeOf(date: Date): string {
  return date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}

export function EntryEditor({ kind, entryId, baseRevisionId, content, autosave, options, canSubmit, notice }: EntryEditorProps) {
  const router = useRouter();
  const isNew = !entryId;
  const autosaveKey = entryId ? `entry:${entryId}` : `new:${kind}`;
  const initial = useMemo(() => draftFrom(kind, content), [kind, content]);

  const [draft, setDraft] = useState<Draft>(initial);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial));
  const [base, setBase] = useState(baseRevisionId);
  const [editSummary, setEditSummary] = useState("");
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [hasAttempted, setHasAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, ServerError>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [isOfferOpen, setIsOfferOpen] = useState(() => autosave !== null && !isSameValue(toContent(draftFrom(kind, autosave.content)), toContent(initial)));
  const [autosaveStatus, setAutosaveStatus] = useState<string | null>(null);
  const [others, setOthers] = useState<PresenceView[]>([]);
  const [pendingAction, setPendingAction] = useState<"save" | "submit" | null>(null);
  const [isPending, startTransition] = useTransition();
  const inflightAutosave = useRef<Promise<unknown> | null>(null);
  const errorSummary = useRef<HTMLDivElement>(null);

  const isDirty = JSON.stringify(draft) !== savedJson;

  const clientErrors = useMemo(() => {
    const errors = validateDraft(kind, draft);
    // Citation markers naming a source that does not exist, with their line (the server says the same).
    const body = getAt(draft, "body");
    if (typeof body === "string" && body) {
      const known = new Set(options.source.map((s) => s.slug));
      const problems = findCitationProblems(body, known);
      if (problems.length) errors.body = [...(errors.body ?? []), ...problems.map((p) => p.message)];
    }
    const summaryErrors = validateEditSummary(editSummary);
    if (summaryErrors) errors[EDIT_SUMMARY] = summaryErrors;
    return errors;
  }, [kind, draft, editSummary, options.source]);

  const visibleErrors: FieldErrors = useMemo(() => {
    const out: FieldErrors = {};
    for (const [path, messages] of Object.entries(clientErrors)) {
      if (hasAttempted || touched.has(path)) out[path] = messages;
    }
    for (const [path, error] of Object.entries(serverErrors)) {
      // A server message stays until the value it was about changes.
      const current = JSON.stringify(path === EDIT_SUMMARY ? editSummary : getAt(draft, path)) ?? "";
      if (current === error.snapshot) out[path] = [...new Set([...(out[path] ?? []), ...error.messages])];
    }
    return out;
  }, [clientErrors, serverErrors, hasAttempted, touched, draft, editSummary]);

  const model: FormModel = useMemo(
    () => ({
      kind,
      draft,
      set: (path, value) => setDraft((d) => setAt(d, path, value)),
      errorsAt: (path) => visibleErrors[path],
      hasErrorsUnder: (path) => Object.keys(visibleErrors).some((p) => p === path || p.startsWith(`${path}.`)),
      touch: (path) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path))),
      options,
    }),
    [kind, draft, visibleErrors, options],
  );

  // --- Save ---------------------------------------------------------------------------------------------

  function save({ shouldSubmit, override }: { shouldSubmit: boolean; override?: { draft: Draft; base: string | null } }) {
    if (isPending) return;
    const toSave = override?.draft ?? draft;
    const saveBase = override?.base ?? base;
    setHasAttempted(true);
    const errors = { ...validateDraft(kind, toSave) };
    const summaryErrors = validateEditSummary(editSummary);
    if (summaryErrors) errors[EDIT_SUMMARY] = summaryErrors;
    // Body citations are checked here against the picker's list, which leaves out withdrawn sources and
    // old slugs; the server knows them all and decides, so they never block a save.
    if (Object.keys(errors).length > 0) {
      setFormError(null);
      requestAnimationFrame(() => errorSummary.current?.focus());
      return;
    }
    setPendingAction(shouldSubmit ? "submit" : "save");
    startTransition(async () => {
      // An autosave still on its way must not land after the save deletes it.
      await inflightAutosave.current?.catch(() => undefined);
      const result = await saveEntryAction({ kind, entryId, baseRevisionId: saveBase, content: toContent(toSave), editSummary, shouldSubmit });
      if (!result.ok) {
        if (result.conflict) {
          setConflict(result.conflict);
          setFormError(null);
          window.scrollTo({ top: 0 });
        } else {
          setServerErrors(
            Object.fromEntries(
              Object.entries(result.fieldErrors).map(([path, messages]) => [path, { messages, snapshot: JSON.stringify(path === EDIT_SUMMARY ? editSummary : getAt(toSave, path)) ?? "" }]),
            ),
          );
          setFormError(result.formError ?? null);
          requestAnimationFrame(() => errorSummary.current?.focus());
        }
        setPendingAction(null);
        return;
      }
      setSavedJson(JSON.stringify(toSave));
      const params = new URLSearchParams({ saved: String(result.number) });
      if (result.isMerged) params.set("merged", "1");
      if (result.isSubmitted) params.set("submitted", "1");
      if (result.submitError) params.set("submitError", result.submitError);
      router.replace(`/studio/entries/${result.entryId}?${params.toString()}`);
      router.refresh();
    });
  }

  /** Submits the revision the form shows, without saving a new one (nothing changed). */
  function submitAsIs() {
    if (!entryId || isPending) return;
    setPendingAction("submit");
    startTransition(async () => {
      const result = await submitEntryAction(entryId);
      if (!result.ok) {
        setFormError(result.formError ?? "Could not submit for review");
        setPendingAction(null);
        return;
      }
      router.replace(`/studio/entries/${entryId}?submitted=1`);
      router.refresh();
    });
  }

  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "s") {
      event.preventDefault();
      if (!conflict) save({ shouldSubmit: false });
    }
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onShortcut(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  // --- Unsaved-changes guard ----------------------------------------------------------------------------

  useEffect(() => {
    if (!isDirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    // In-app links do not fire beforeunload: ask before following one.
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || link.getAttribute("target") === "_blank") return;
      if (link.getAttribute("href")?.startsWith("#")) return;
      if (!window.confirm("You have unsaved changes. They are autosaved, but not saved as a revision. Leave this page?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty]);

  // --- Autosave -----------------------------------------------------------------------------------------

  const runAutosave = useEffectEvent(async () => {
    setAutosaveStatus("Autosaving…");
    const request = autosaveAction({ key: autosaveKey, baseRevisionId: base, content: draft });
    inflightAutosave.current = request;
    try {
      const result = await request;
      setAutosaveStatus(result.ok ? `Work in progress autosaved at ${timeOf(new Date(result.savedAt))}` : `Autosave failed: ${result.formError ?? "check the form"}`);
    } catch {
      setAutosaveStatus("Autosave failed: the server could not be reached. Keep this tab open.");
    } finally {
      if (inflightAutosave.current === request) inflightAutosave.current = null;
    }
  });
  useEffect(() => {
    // Not while the restore offer is open: typing first must not overwrite the work it offers back.
    if (!isDirty || isOfferOpen || conflict || isPending) return;
    const timer = setTimeout(() => void runAutosave(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, isDirty, isOfferOpen, conflict, isPending]);

  function restoreAutosave() {
    if (!autosave) return;
    if (isDirty && !window.confirm("Replace what you typed since opening this page with the work you are restoring?")) return;
    setDraft(draftFrom(kind, autosave.content));
    if (autosave.baseRevisionId && !isNew) setBase(autosave.baseRevisionId);
    setIsOfferOpen(false);
    setAutosaveStatus(`Restored your work from ${timeOf(new Date(autosave.updatedAt))}. Save to keep it as a revision.`);
  }

  function discardAutosave() {
    setIsOfferOpen(false);
    startTransition(async () => {
      const result = await discardAutosaveAction(autosaveKey);
      setAutosaveStatus(result.ok ? "Discarded the autosaved work." : (result.formError ?? "Could not discard the autosaved work"));
    });
  }

  // --- Presence -----------------------------------------------------------------------------------------

  const heartbeat = useEffectEvent(async () => {
    if (!entryId) return;
    try {
      const result = await presenceAction(entryId);
      if (result.ok) setOthers(result.others);
    } catch {
      // Presence is a courtesy; a missed heartbeat is retried on the next tick.
    }
  });
  useEffect(() => {
    if (!entryId) return;
    const first = setTimeout(() => void heartbeat(), 0);
    const timer = setInterval(() => void heartbeat(), PRESENCE_INTERVAL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [entryId]);

  // --- Render -------------------------------------------------------------------------------------------

  // The summary lists fields in the order they appear in the form, by the label the editor sees there.
  const errorPaths = orderByForm(Object.keys(visibleErrors));
  const summaryId = fieldId(EDIT_SUMMARY);
  const Form = kind === "event" ? EventForm : kind === "actor" ? ActorForm : SourceForm;

  return (
    <FormContext.Provider value={model}>
      {(["actor", "source", "event"] as const).map((k) => (
        <datalist key={k} id={datalistId(k)}>
          {options[k].map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.title}
            </option>
          ))}
        </datalist>
      ))}

      {notice && !isDirty && !conflict ? (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      ) : null}

      {others.length > 0 ? (
        <div className="notice notice--warn presence" role="status">
          Also open by {others.map((o) => `${o.name}${o.hasUnsavedWork ? " (with unsaved changes)" : ""}`).join(", ")}. If you both change the same field, the second to save chooses between the versions.
        </div>
      ) : null}

      {isOfferOpen && autosave ? (
        <div className="notice restore-offer" role="region" aria-label="Unsaved work">
          <p>
            <strong>You have unsaved work from {new Date(autosave.updatedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}</strong>
            {isNew || !autosave.baseRevisionId || autosave.baseRevisionId === baseRevisionId
              ? ""
              : ", started from an older revision: someone has saved since, so saving it will merge the two or show you both versions"}
            . Restore it into the form?
          </p>
          <button type="button" className="button" onClick={restoreAutosave}>
            Restore
          </button>{" "}
          <button type="button" className="button button--secondary" onClick={discardAutosave}>
            Discard
          </button>
        </div>
      ) : null}

      {conflict ? (
        <ConflictResolver
          conflict={conflict}
          editSummary={editSummary}
          isPending={isPending}
          onSave={(resolved) => {
            const next = draftFrom(kind, resolved);
            setDraft(next);
            setBase(conflict.theirsRevisionId);
            setConflict(null);
            save({ shouldSubmit: false, override: { draft: next, base: conflict.theirsRevisionId } });
          }}
          onKeepEditing={(resolved) => {
            setDraft(draftFrom(kind, resolved));
            setBase(conflict.theirsRevisionId);
            setConflict(null);
          }}
        />
      ) : null}

      <form className="editor" hidden={conflict !== null} onSubmit={(e) => e.preventDefault()} noValidate aria-label={`${isNew ? "New" : "Edit"} ${kind}`}>
        <div className="editor__main">
          {/* On a phone the save panel comes after the whole form: one tap takes the editor there. */}
          <p className="editor__jump">
            <a href={`#${summaryId}`}>Go to the edit summary and {isNew ? "Create draft" : "Save"} ↓</a>
          </p>
          <Form isNew={isNew} />
        </div>
        <aside className="editor__panel" aria-label="Save">
          {(hasAttempted && errorPaths.length > 0) || formError ? (
            <div ref={errorSummary} tabIndex={-1} className="notice notice--error error-summary" role="alert" aria-labelledby="error-summary-title">
              <p id="error-summary-title">
                <strong>{formError ?? (errorPaths.length === 1 ? "One field needs attention" : `${errorPaths.length} fields need attention`)}</strong>
              </p>
              {errorPaths.length > 0 ? (
                <ul>
                  {errorPaths.map((path) => (
                    <li key={path}>
                      <a href={`#${fieldId(path)}`}>{path === EDIT_SUMMARY ? "Edit summary" : describePath(path, { title: kind === "actor" ? "Name" : "Title", slug: "Address (slug)" })}</a>: {visibleErrors[path]!.join(" ")}
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
              value={editSummary}
              placeholder="What did you change, and why?"
              onChange={(e) => setEditSummary(e.target.value)}
              onBlur={() => setTouched((t) => new Set(t).add(EDIT_SUMMARY))}
              aria-invalid={visibleErrors[EDIT_SUMMARY] ? true : undefined}
              aria-describedby={visibleErrors[EDIT_SUMMARY] ? `${summaryId}-error` : `${summaryId}-hint`}
            />
            {visibleErrors[EDIT_SUMMARY] ? (
              <p id={`${summaryId}-error`} className="field-error">
                {visibleErrors[EDIT_SUMMARY].join(" ")}
              </p>
            ) : (
              <p id={`${summaryId}-hint`} className="field-hint">
                Shown in the history{isNew ? "" : " and to reviewers"}.
              </p>
            )}
          </div>
          <div className="editor__buttons">
            <button type="button" className="button" disabled={isPending} onClick={() => save({ shouldSubmit: false })} aria-keyshortcuts="Control+S Meta+S">
              {pendingAction === "save" && isPending ? "Saving…" : isNew ? "Create draft" : "Save"}
            </button>
            {isNew || isDirty ? (
              <button type="button" className="button button--secondary" disabled={isPending} onClick={() => save({ shouldSubmit: true })}>
                {pendingAction === "submit" && isPending ? "Saving and submitting…" : "Save and submit for review"}
              </button>
            ) : canSubmit ? (
              <button type="button" className="button button--secondary" disabled={isPending} onClick={submitAsIs}>
                {pendingAction === "submit" && isPending ? "Submitting…" : "Submit for review"}
              </button>
            ) : null}
          </div>
          <p className="field-hint">Ctrl+S / ⌘S saves. {isDirty ? "You have unsaved changes." : "No unsaved changes."}</p>
          <p className="muted autosave-status" role="status">
            {autosaveStatus}
          </p>
        </aside>
      </form>
    </FormContext.Provider>
  );
}
