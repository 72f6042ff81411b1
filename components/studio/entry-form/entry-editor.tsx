"use client";

// The editor for one entry: the kind's form, the save panel, autosave and its restore offer,
// presence of others, and the conflict screen. Input is never reset on an error. Each concern is one hook.
import type { EntryKindName } from "@/lib/entries/common-schema";
import type { EntryOption } from "@/lib/entries/list-entry-options";
import { autosaveKey as autosaveKeyOf } from "@/lib/revisions/autosave-key";
import { isSameValue } from "@/lib/revisions/same-value";
import { Timestamp } from "@/components/ui/timestamp";
import { ActorForm } from "./actor-form";
import { ConflictResolver } from "./conflict-resolver";
import { EventForm } from "./event-form";
import { datalistId } from "./fields";
import { FormContext } from "./form-context";
import { draftFrom, fieldId, toContent } from "./form-model";
import { SavePanel } from "./save-panel";
import { SourceForm } from "./source-form";
import { useAutosave, type EditorAutosave } from "./use-autosave";
import { EDIT_SUMMARY, useEntryForm } from "./use-entry-form";
import { usePresence } from "./use-presence";
import { useSaveEntry } from "./use-save-entry";
import { useSaveShortcut } from "./use-save-shortcut";
import { useUnsavedChangesGuard } from "./use-unsaved-changes-guard";
import { WithdrawnCitations } from "./withdrawn-citations";

export type { EditorAutosave };

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

export function EntryEditor({ kind, entryId, baseRevisionId, content, autosave, options, canSubmit, notice }: EntryEditorProps) {
  const isNew = !entryId;
  const form = useEntryForm({ kind, content, options });
  const saving = useSaveEntry({ form, entryId, baseRevisionId });
  const { conflict, isPending } = saving;
  const others = usePresence(entryId);
  useUnsavedChangesGuard(form.isDirty);
  useSaveShortcut(() => {
    if (!conflict) saving.save({ shouldSubmit: false });
  });
  const autosaving = useAutosave({
    autosaveKey: entryId ? autosaveKeyOf({ entryId }) : autosaveKeyOf({ kind }),
    autosave,
    hasOtherWork: (stored) => !isSameValue(toContent(draftFrom(kind, stored.content)), toContent(form.draft)),
    draft: form.draft,
    base: saving.base,
    isIdle: form.isDirty && !conflict && !isPending,
    inflightRef: saving.inflightAutosaveRef,
    startTransition: saving.startTransition,
    onRestore: (restored) => {
      if (form.isDirty && !window.confirm("Replace what you typed since opening this page with the work you are restoring?")) return false;
      form.setDraft(draftFrom(kind, restored.content));
      if (restored.baseRevisionId && !isNew) saving.setBase(restored.baseRevisionId);
      return true;
    },
  });
  const Form = kind === "event" ? EventForm : kind === "actor" ? ActorForm : SourceForm;

  return (
    <FormContext.Provider value={form.model}>
      {(["actor", "source", "event"] as const).map((k) => (
        <datalist key={k} id={datalistId(k)}>
          {options[k]
            .filter((o) => !o.withdrawn)
            .map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.title}
              </option>
            ))}
        </datalist>
      ))}

      {notice && !form.isDirty && !conflict ? (
        <p className="notice notice--ok" role="status">
          {notice}
        </p>
      ) : null}

      {others.length > 0 ? (
        <div className="notice notice--warn presence" role="status">
          Also open by {others.map((o) => `${o.name}${o.hasUnsavedWork ? " (with unsaved changes)" : ""}`).join(", ")}. If you both change the same field, the
          second to save chooses between the versions.
        </div>
      ) : null}

      {autosaving.isOfferOpen && autosave ? (
        <div className="notice restore-offer" role="region" aria-label="Unsaved work">
          <p>
            <strong>
              You have unsaved work from <Timestamp date={autosave.updatedAt} />
            </strong>
            {isNew || !autosave.baseRevisionId || autosave.baseRevisionId === baseRevisionId
              ? ""
              : ", started from an older revision: someone has saved since, so saving it will merge the two or show you both versions"}
            . Restore it into the form?
          </p>
          <button type="button" className="button" onClick={autosaving.restore}>
            Restore
          </button>{" "}
          <button type="button" className="button button--secondary" onClick={autosaving.discard}>
            Discard
          </button>
        </div>
      ) : null}

      {conflict ? (
        <ConflictResolver
          conflict={conflict}
          editSummary={form.editSummary}
          isPending={isPending}
          onSave={(resolved) => saving.resolve(draftFrom(kind, resolved), { shouldSave: true })}
          onKeepEditing={(resolved) => saving.resolve(draftFrom(kind, resolved), { shouldSave: false })}
        />
      ) : null}

      <form className="editor" hidden={conflict !== null} onSubmit={(e) => e.preventDefault()} noValidate aria-label={`${isNew ? "New" : "Edit"} ${kind}`}>
        <div className="editor__main">
          {/* On a phone the save panel comes after the whole form: one tap takes the editor there. */}
          <p className="editor__jump">
            <a href={`#${fieldId(EDIT_SUMMARY)}`}>Go to the edit summary and {isNew ? "Create draft" : "Save"} ↓</a>
          </p>
          <WithdrawnCitations />
          <Form isNew={isNew} />
        </div>
        <SavePanel form={form} saving={saving} isNew={isNew} canSubmit={canSubmit} autosaveStatus={autosaving.status} />
      </form>
    </FormContext.Provider>
  );
}
