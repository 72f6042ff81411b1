"use client";

// Autosave: the draft is kept on the server two seconds after the last change, in the user's own slot; an older
// autosave is offered back when the page opens, and restoring it never happens without asking.
import { useEffect, useEffectEvent, useState, type RefObject, type TransitionStartFunction } from "react";
import { autosaveAction, discardAutosaveAction } from "@/lib/studio/actions/entries";
import { formatDate } from "@/lib/i18n/format";
import { useLocale } from "@/lib/i18n/locale-context";
import type { Draft } from "./form-model";

const AUTOSAVE_DELAY_MS = 2000;

export type EditorAutosave = { content: Record<string, unknown>; baseRevisionId: string | null; updatedAt: Date };

export function useAutosave({
  autosaveKey,
  autosave,
  hasOtherWork,
  draft,
  base,
  isIdle,
  inflightRef,
  startTransition,
  onRestore,
}: {
  autosaveKey: string;
  autosave: EditorAutosave | null;
  /** Whether the stored autosave differs from what the page opened with: only then is it offered. */
  hasOtherWork: (autosave: EditorAutosave) => boolean;
  draft: Draft;
  base: string | null;
  /** The draft has changes and nothing else (a save, the conflict screen) is in progress. */
  isIdle: boolean;
  inflightRef: RefObject<Promise<unknown> | null>;
  startTransition: TransitionStartFunction;
  onRestore: (autosave: EditorAutosave) => boolean;
}) {
  const [isOfferOpen, setIsOfferOpen] = useState(() => autosave !== null && hasOtherWork(autosave));
  const [status, setStatus] = useState<string | null>(null);
  const locale = useLocale();
  /** Runs in the browser only (after an action answers), so the reader's own time zone is safe to use. */
  const timeOf = (date: Date | string) => formatDate(new Date(date), { locale, style: "time" });

  const run = useEffectEvent(async () => {
    setStatus("Autosaving…");
    const request = autosaveAction({ key: autosaveKey, baseRevisionId: base, content: draft });
    inflightRef.current = request;
    try {
      const result = await request;
      setStatus(result.ok ? `Work in progress autosaved at ${timeOf(result.savedAt)}` : `Autosave failed: ${result.formError ?? "check the form"}`);
    } catch {
      setStatus("Autosave failed: the server could not be reached. Keep this tab open.");
    } finally {
      if (inflightRef.current === request) inflightRef.current = null;
    }
  });
  useEffect(() => {
    // Not while the restore offer is open: typing first must not overwrite the work it offers back.
    if (!isIdle || isOfferOpen) return;
    const timer = setTimeout(() => void run(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, isIdle, isOfferOpen]);

  function restore() {
    if (!autosave || !onRestore(autosave)) return;
    setIsOfferOpen(false);
    setStatus(`Restored your work from ${timeOf(autosave.updatedAt)}. Save to keep it as a revision.`);
  }

  function discard() {
    setIsOfferOpen(false);
    startTransition(async () => {
      const result = await discardAutosaveAction(autosaveKey);
      setStatus(result.ok ? "Discarded the autosaved work." : (result.formError ?? "Could not discard the autosaved work"));
    });
  }

  return { status, isOfferOpen, restore, discard };
}
