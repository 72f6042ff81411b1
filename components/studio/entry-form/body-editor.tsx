"use client";

// The Markdown body: write, insert a citation marker for a picked source, preview as readers see it.
import { useMemo, useRef, useState } from "react";
import { renderMarkdown } from "@/lib/citations/render-markdown";
import { entryPath } from "@/lib/entries/kinds";
import { searchEntryOptionsAction } from "@/lib/studio/actions/entry-picker";
import type { EntryOption } from "@/lib/entries/list-entry-options";
import { withdrawnLabel } from "@/lib/links/withdrawn-reference";
import { EntryCombobox } from "./entry-combobox";
import { FieldMessages } from "./fields";
import { useFormModel } from "./form-context";
import { fieldId, getAt } from "./form-model";

export function BodyEditor({ path = "body", label = "Body" }: { path?: string; label?: string }) {
  const model = useFormModel();
  const raw = getAt(model.draft, path);
  const body = typeof raw === "string" ? raw : "";
  const [isPreview, setIsPreview] = useState(false);
  const [citeSource, setCiteSource] = useState("");
  const [citeLocator, setCiteLocator] = useState("");
  const [citeMessage, setCiteMessage] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = fieldId(path);
  const errors = model.errorsAt(path);
  // Sources the saved draft cites (sent by the server) and those found since with the picker.
  const [foundSources, setFoundSources] = useState<EntryOption[]>([]);
  const sources = useMemo(() => [...model.options.source, ...foundSources], [model.options.source, foundSources]);

  const preview = useMemo(() => {
    if (!isPreview) return null;
    const bySlug = new Map(sources.map((s) => [s.slug, s]));
    return renderMarkdown(body, {
      resolveSource: (slug) => {
        const s = bySlug.get(slug);
        if (s?.withdrawn) return { title: withdrawnLabel(s.withdrawn), href: null };
        return s ? { title: s.title, href: entryPath("source", s.slug) } : null;
      },
    });
  }, [isPreview, body, sources]);

  async function insertCitation() {
    const slug = citeSource.trim().toLowerCase();
    // A slug typed rather than chosen is looked up on the server (the form no longer holds every source).
    let isKnown = sources.some((s) => s.slug === slug);
    if (!isKnown && slug.length >= 2) {
      const result = await searchEntryOptionsAction("source", slug);
      const found = result.ok ? result.options.find((o) => o.slug === slug) : undefined;
      if (found) {
        setFoundSources((previous) => [...previous, found]);
        isKnown = true;
      }
    }
    if (!isKnown) {
      setCiteMessage(slug ? `No source with the slug “${slug}”` : "Pick a source first");
      return;
    }
    const locator = citeLocator.trim();
    // A locator ends at "]" and ";" separates sources: either would break the marker.
    if (/[[\];]/.test(locator)) {
      setCiteMessage("A locator cannot contain [ ] or ; (write “pp. 3–4” or “para. 2”)");
      return;
    }
    const marker = `[@${slug}${locator ? `, ${locator}` : ""}]`;
    const el = textarea.current;
    const start = el && !isPreview ? el.selectionStart : body.length;
    const end = el && !isPreview ? el.selectionEnd : body.length;
    const before = body.slice(0, start);
    const spacer = before && !/\s$/.test(before) ? " " : "";
    model.set(path, `${before}${spacer}${marker}${body.slice(end)}`);
    setCiteMessage(`Inserted ${marker}`);
    setCiteLocator("");
    setIsPreview(false);
    const caret = before.length + spacer.length + marker.length;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(caret, caret);
    });
  }

  return (
    <div className="form-field body-editor">
      <div className="body-editor__bar">
        <label htmlFor={id}>{label}</label>
        <div role="group" aria-label="Body view" className="segmented">
          <button type="button" aria-pressed={!isPreview} onClick={() => setIsPreview(false)}>
            Write
          </button>
          <button type="button" aria-pressed={isPreview} onClick={() => setIsPreview(true)}>
            Preview
          </button>
        </div>
      </div>
      <textarea
        ref={textarea}
        id={id}
        hidden={isPreview}
        className="body-editor__text"
        rows={14}
        value={body}
        onChange={(e) => model.set(path, e.target.value)}
        onBlur={() => model.touch(path)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[`${id}-hint`, errors ? `${id}-error` : null].filter(Boolean).join(" ")}
      />
      {preview ? (
        <div className="body-preview" aria-label="Preview of the body" role="region">
          {preview.html.trim() ? (
            <div className="entry-body" dangerouslySetInnerHTML={{ __html: preview.html }} />
          ) : (
            <p className="muted">Nothing to preview yet.</p>
          )}
          {preview.footnotes.length > 0 ? (
            <ol className="body-preview__notes">
              {preview.footnotes.map((note) => (
                <li key={note.id}>
                  {note.items.map((item, i) => (
                    <span key={`${item.slug}-${i}`}>
                      {i > 0 ? "; " : null}
                      {item.href ? item.title : <span className="field-error">Unknown source “{item.slug}”</span>}
                      {item.locator ? `, ${item.locator}` : null}
                    </span>
                  ))}
                </li>
              ))}
            </ol>
          ) : null}
        </div>
      ) : null}
      <FieldMessages
        path={path}
        hint={
          <>
            Markdown. Cite with <code>[@source-slug]</code> or <code>[@source-slug, p. 3]</code>; raw HTML is not allowed.
          </>
        }
      />
      <div className="cite-tool" role="group" aria-label="Insert a citation">
        <div className="form-field">
          <label htmlFor={`${id}-cite-source`}>Cite a source</label>
          <EntryCombobox
            id={`${id}-cite-source`}
            kind="source"
            value={citeSource}
            placeholder="Type 2+ letters of a source’s title, or its slug"
            onType={setCiteSource}
            onChoose={(option) => {
              setFoundSources((previous) => [...previous, option]);
              setCiteSource(option.slug);
            }}
          />
        </div>
        <div className="form-field form-field--small">
          <label htmlFor={`${id}-cite-locator`}>Locator</label>
          <input id={`${id}-cite-locator`} value={citeLocator} placeholder="p. 3" onChange={(e) => setCiteLocator(e.target.value)} />
        </div>
        <button type="button" className="button button--secondary" onClick={insertCitation}>
          Insert citation
        </button>
        <p className="muted cite-tool__status" role="status">
          {citeMessage}
        </p>
      </div>
    </div>
  );
}
