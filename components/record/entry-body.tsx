import { renderMarkdown, type Footnote } from "@/lib/citations/render-markdown";
import { entryPath } from "@/lib/entries/kinds";
import type { LinkTarget } from "@/lib/links/get-public-link-targets";
import { withdrawnName } from "@/lib/links/withdrawn-reference";
import { WithdrawnReferenceView } from "./withdrawn-reference-view";

export function renderBody(markdown: string, targets: Map<string, LinkTarget>): { html: string; footnotes: Footnote[] } {
  return renderMarkdown(markdown, {
    resolveSource: (slug) => {
      const target = targets.get(`source/${slug}`);
      if (target?.withdrawn) return { title: withdrawnName(target.withdrawn), href: null, withdrawn: target.withdrawn };
      return target ? { title: target.title, href: entryPath("source", target.slug) } : null;
    },
  });
}

/** The body's HTML comes from our renderer: raw HTML is escaped and links are validated there. */
export function EntryBody({ html }: { html: string }) {
  if (!html.trim()) return null;
  return <div className="entry-body" dangerouslySetInnerHTML={{ __html: html }} />;
}

export function Footnotes({ footnotes }: { footnotes: Footnote[] }) {
  if (footnotes.length === 0) return null;
  return (
    <section aria-labelledby="notes-heading" className="footnotes">
      <h2 id="notes-heading">Notes</h2>
      <ol>
        {footnotes.map((note) => (
          <li key={note.id} id={note.id}>
            <a href={`#${note.backrefId}`} aria-label={`Back to reference ${note.number} in the text`} className="footnote-backref">
              ↑
            </a>{" "}
            {note.items.map((item, i) => (
              <span key={`${item.slug}-${i}`}>
                {i > 0 ? "; " : null}
                {item.withdrawn ? (
                  <WithdrawnReferenceView reference={item.withdrawn} />
                ) : item.href ? (
                  <a href={item.href}>{item.title}</a>
                ) : (
                  <span>{item.title}</span>
                )}
                {item.locator ? `, ${item.locator}` : null}
              </span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
