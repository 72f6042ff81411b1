"use client";

// Saving: the browser checks with the schema first, then the server saves from the form's base revision.
// Someone else's save meanwhile either merges (the page says so) or comes back as a conflict to resolve.
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { saveEntryAction, submitEntryAction } from "@/lib/studio/actions/entries";
import type { SaveConflict } from "@/lib/revisions/save-revision";
import { toContent, type Draft } from "./form-model";
import type { EntryForm } from "./use-entry-form";

export function useSaveEntry({ form, entryId, baseRevisionId }: { form: EntryForm; entryId?: string; baseRevisionId: string | null }) {
  const router = useRouter();
  const [base, setBase] = useState(baseRevisionId);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [pendingAction, setPendingAction] = useState<"save" | "submit" | null>(null);
  const [isPending, startTransition] = useTransition();
  /** An autosave on its way: a save waits for it, so it cannot land after the save deletes it. */
  const inflightAutosaveRef = useRef<Promise<unknown> | null>(null);
  const errorSummaryRef = useRef<HTMLDivElement>(null);
  const focusErrors = () => requestAnimationFrame(() => errorSummaryRef.current?.focus());

  function save({ shouldSubmit, override }: { shouldSubmit: boolean; override?: { draft: Draft; base: string | null } }) {
    if (isPending) return;
    const toSave = override?.draft ?? form.draft;
    const saveBase = override?.base ?? base;
    form.attempt();
    if (Object.keys(form.validate(toSave)).length > 0) {
      setFormError(null);
      focusErrors();
      return;
    }
    setPendingAction(shouldSubmit ? "submit" : "save");
    startTransition(async () => {
      await inflightAutosaveRef.current?.catch(() => undefined);
      const { kind, editSummary } = form;
      const result = await saveEntryAction({ kind, entryId, baseRevisionId: saveBase, content: toContent(toSave), editSummary, shouldSubmit });
      if (!result.ok) {
        if (result.conflict) {
          setConflict(result.conflict);
          setFormError(null);
          window.scrollTo({ top: 0 });
        } else {
          form.showServerErrors(result.fieldErrors, toSave);
          setFormError(result.formError ?? null);
          focusErrors();
        }
        setPendingAction(null);
        return;
      }
      form.markSaved(toSave);
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

  /** The conflict screen's result becomes the form, based on their revision; saved at once when asked. */
  function resolve(resolved: Draft, { shouldSave }: { shouldSave: boolean }) {
    if (!conflict) return;
    form.setDraft(resolved);
    setBase(conflict.theirsRevisionId);
    setConflict(null);
    if (shouldSave) save({ shouldSubmit: false, override: { draft: resolved, base: conflict.theirsRevisionId } });
  }

  return { base, setBase, formError, conflict, pendingAction, isPending, startTransition, inflightAutosaveRef, errorSummaryRef, save, submitAsIs, resolve };
}

export type SaveEntry = ReturnType<typeof useSaveEntry>;
