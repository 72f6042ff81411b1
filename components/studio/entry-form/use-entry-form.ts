"use client";

// The form's state: the draft, the edit summary, which fields were visited, and the messages to show
// (the schema's, at once for visited fields and all after a save attempt; the server's, until their value changes).
import { useMemo, useState } from "react";
import { findCitationProblems } from "@/lib/citations/parse-citations";
import type { EntryKindName } from "@/lib/entries/common-schema";
import type { EntryOption } from "@/lib/entries/list-entry-options";
import type { FieldErrors } from "@/lib/errors";
import type { FormModel } from "./form-context";
import { draftFrom, getAt, setAt, validateDraft, validateEditSummary, type Draft } from "./form-model";

export const EDIT_SUMMARY = "editSummary";

type ServerError = { messages: string[]; snapshot: string };

export function useEntryForm({
  kind,
  content,
  options,
}: {
  kind: EntryKindName;
  content: Record<string, unknown> | null;
  options: Record<EntryKindName, EntryOption[]>;
}) {
  const initial = useMemo(() => draftFrom(kind, content), [kind, content]);
  const [draft, setDraft] = useState<Draft>(initial);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial));
  const [editSummary, setEditSummary] = useState("");
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [hasAttempted, setHasAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, ServerError>>({});

  const isDirty = JSON.stringify(draft) !== savedJson;
  const valueAt = (path: string, of: Draft) => JSON.stringify(path === EDIT_SUMMARY ? editSummary : getAt(of, path)) ?? "";

  /** The schema's messages for a draft and the edit summary: what blocks a save in the browser. */
  function validate(toCheck: Draft): FieldErrors {
    const errors = validateDraft(kind, toCheck);
    const summaryErrors = validateEditSummary(editSummary);
    if (summaryErrors) errors[EDIT_SUMMARY] = summaryErrors;
    return errors;
  }

  const clientErrors = useMemo(() => {
    const errors = validate(draft);
    // Citation markers naming a source that does not exist, with their line (the server says the same). They
    // never block a save: the picker's list leaves out withdrawn sources and old slugs; the server knows them all.
    const body = getAt(draft, "body");
    if (typeof body === "string" && body) {
      const problems = findCitationProblems(body, new Set(options.source.map((s) => s.slug)));
      if (problems.length) errors.body = [...(errors.body ?? []), ...problems.map((p) => p.message)];
    }
    return errors;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- validate reads only kind and editSummary
  }, [kind, draft, editSummary, options.source]);

  const visibleErrors: FieldErrors = useMemo(() => {
    const out: FieldErrors = {};
    for (const [path, messages] of Object.entries(clientErrors)) {
      if (hasAttempted || touched.has(path)) out[path] = messages;
    }
    for (const [path, error] of Object.entries(serverErrors)) {
      // A server message stays until the value it was about changes.
      if (valueAt(path, draft) === error.snapshot) out[path] = [...new Set([...(out[path] ?? []), ...error.messages])];
    }
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- valueAt reads only editSummary
  }, [clientErrors, serverErrors, hasAttempted, touched, draft, editSummary]);

  const touch = (path: string) => setTouched((t) => (t.has(path) ? t : new Set(t).add(path)));

  const model: FormModel = useMemo(
    () => ({
      kind,
      draft,
      set: (path, value) => setDraft((d) => setAt(d, path, value)),
      update: (change) => setDraft(change),
      errorsAt: (path) => visibleErrors[path],
      hasErrorsUnder: (path) => Object.keys(visibleErrors).some((p) => p === path || p.startsWith(`${path}.`)),
      touch,
      options,
    }),
    [kind, draft, visibleErrors, options],
  );

  return {
    kind,
    draft,
    setDraft,
    editSummary,
    setEditSummary,
    isDirty,
    hasAttempted,
    visibleErrors,
    model,
    touch,
    validate,
    /** A save attempt shows every message from then on. */
    attempt: () => setHasAttempted(true),
    markSaved: (saved: Draft) => setSavedJson(JSON.stringify(saved)),
    showServerErrors: (errors: FieldErrors, about: Draft) =>
      setServerErrors(Object.fromEntries(Object.entries(errors).map(([path, messages]) => [path, { messages, snapshot: valueAt(path, about) }]))),
  };
}

export type EntryForm = ReturnType<typeof useEntryForm>;
