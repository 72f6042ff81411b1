import type { Metadata } from "next";
import Link from "next/link";
import { EntryEditor } from "@/components/studio/entry-form/entry-editor";
import { ENTRY_KINDS } from "@/lib/entries/common-schema";
import { KIND_LABELS } from "@/lib/entries/kinds";
import { listEntryOptions } from "@/lib/entries/list-entry-options";
import { autosaveKey } from "@/lib/revisions/autosave-key";
import { getAutosave } from "@/lib/revisions/get-autosave";
import { requireActor } from "@/lib/users/current-actor";
import { groupOptions } from "@/components/studio/entry-form/group-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "New entry" };

export default async function NewEntryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const kindParam = Array.isArray(query.kind) ? query.kind[0] : query.kind;
  const actor = await requireActor("edit");
  const kind = ENTRY_KINDS.find((k) => k === kindParam) ?? null;
  if (!kind) {
    return (
      <>
        <h1>New entry</h1>
        <p>What do you want to add to the record?</p>
        <ul className="kind-choice">
          {ENTRY_KINDS.map((k) => (
            <li key={k}>
              <Link className="button button--secondary" href={`/studio/entries/new?kind=${k}`}>
                New {KIND_LABELS[k].one.toLowerCase()}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  }
  const autosave = await getAutosave({ actor, key: autosaveKey({ kind }) });
  // Titles of what the autosaved draft names; the pickers search the server for anything else.
  const options = await listEntryOptions({ actor, referencedBy: [autosave?.content] });
  return (
    <>
      <p className="muted breadcrumbs">
        <Link href="/studio/entries">Entries</Link> › New
      </p>
      <h1>New {KIND_LABELS[kind].one.toLowerCase()}</h1>
      <p className="muted">It is saved as a draft; readers see it only after a reviewer approves it.</p>
      <EntryEditor
        kind={kind}
        baseRevisionId={null}
        content={null}
        autosave={autosave ? { content: autosave.content, baseRevisionId: null, updatedAt: autosave.updatedAt } : null}
        options={groupOptions(options)}
        canSubmit
      />
    </>
  );
}
