import Link from "next/link";

/** "Preview" of one revision as readers would see it (app/studio/entries/[id]/preview). */
export function PreviewLink({ entryId, revisionNumber }: { entryId: string; revisionNumber: number }) {
  return <Link href={`/studio/entries/${entryId}/preview?revision=${revisionNumber}`}>Preview</Link>;
}
