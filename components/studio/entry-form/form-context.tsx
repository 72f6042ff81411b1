"use client";

import { createContext, useContext } from "react";
import type { EntryKindName } from "@/lib/entries/common-schema";
import type { EntryOption } from "@/lib/entries/list-entry-options";
import type { Draft, Path } from "./form-model";

export type FormModel = {
  kind: EntryKindName;
  draft: Draft;
  set: (path: Path, value: unknown) => void;
  /** Changes the whole draft at once (e.g. every citation of a withdrawn source replaced). */
  update: (change: (draft: Draft) => Draft) => void;
  /** Messages to show next to the field at `path` (client and server), or undefined. */
  errorsAt: (path: Path) => string[] | undefined;
  /** Whether any message is shown for this path or inside it (a collapsed item opens to show it). */
  hasErrorsUnder: (path: Path) => boolean;
  /** Marks a field as visited: its client-side messages show from then on. */
  touch: (path: Path) => void;
  options: Record<EntryKindName, EntryOption[]>;
};

export const FormContext = createContext<FormModel | null>(null);

export function useFormModel(): FormModel {
  const model = useContext(FormContext);
  if (!model) throw new Error("Entry form fields must be inside an EntryEditor");
  return model;
}
