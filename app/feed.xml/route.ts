import { entryPath } from "@/lib/entries/kinds";
import { listPublishedChanges } from "@/lib/revisions/list-published-changes";
import { siteUrl } from "@/lib/site-url";

export const dynamic = "force-dynamic";

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

/**
 * Atom feed of published changes: one item per publication, withdrawn entries excluded. Titles and
 * summaries are the record's own words, in English whatever the language of a cited work (a source's
 * `language` is the work's, not its entry's), so the feed's xml:lang covers every entry.
 */
export async function GET() {
  const origin = siteUrl();
  const changes = await listPublishedChanges({ limit: 50 });
  const updated = (changes[0]?.publishedAt ?? new Date(0)).toISOString();
  const items = changes
    .map((change) => {
      const url = `${origin}${entryPath(change.kind, change.slug)}`;
      return `  <entry>
    <id>urn:expediente:revision:${change.id}</id>
    <title>${escapeXml(`${change.title} (revision ${change.number})`)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>
    <updated>${change.publishedAt.toISOString()}</updated>
    <summary>${escapeXml(change.summary)}</summary>
  </entry>`;
    })
    .join("\n");
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${escapeXml(origin)}/</id>
  <title>Expediente: published changes</title>
  <link rel="self" href="${escapeXml(origin)}/feed.xml"/>
  <link rel="alternate" type="text/html" href="${escapeXml(origin)}/"/>
  <updated>${updated}</updated>
  <author><name>Expediente</name></author>
${items}
</feed>
`;
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
}
