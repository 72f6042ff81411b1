import "server-only";
import { readerDb } from "../db";
import { isSlug, type EntryKindName } from "../entries/common-schema";
import { KIND_TO_DB } from "../entries/kinds";

/** The current slug of a published entry that `slug` used to name, or null. */
export async function getRenamedSlug({ kind, slug }: { kind: EntryKindName; slug: string }): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const redirect = await readerDb().slugRedirect.findUnique({
    where: { kind_oldSlug: { kind: KIND_TO_DB[kind], oldSlug: slug } },
    select: { entry: { select: { slug: true, publishedRevisionId: true } } },
  });
  return redirect?.entry.publishedRevisionId ? redirect.entry.slug : null;
}
