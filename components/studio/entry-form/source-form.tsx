"use client";

// The source form: every field of sourceContentSchema.
import { useState } from "react";
import { CapturesField } from "@/components/captures/captures-field";
import { ORIGINATOR_CONNECTIONS, SOURCE_TYPES } from "@/lib/entries/source-schema";
import { EntryPicker, FieldMessages, PartialDateField, SelectField, TextField, choices } from "./fields";
import { useFormModel } from "./form-context";
import { fieldId, getAt } from "./form-model";
import { IdentityFields } from "./identity-fields";
import { ClaimsEditor, Repeater } from "./item-editors";

function AuthorsField() {
  const model = useFormModel();
  const raw = getAt(model.draft, "authors");
  const authors = Array.isArray(raw) ? raw.map((author: unknown) => (typeof author === "string" ? author : "")) : [];
  const errors = model.errorsAt("authors");
  const id = fieldId("authors");
  return (
    <div className="form-field">
      <label htmlFor={id}>Authors</label>
      <textarea
        id={id}
        rows={2}
        value={authors.join("\n")}
        onChange={(e) => model.set("authors", e.target.value.split("\n"))}
        onBlur={() => model.touch("authors")}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[`${id}-hint`, errors ? `${id}-error` : null].filter(Boolean).join(" ")}
      />
      <FieldMessages path="authors" hint="One per line." />
    </div>
  );
}

function ArchiveFields() {
  const model = useFormModel();
  const text = String(getAt(model.draft, "archive.text") ?? "");
  const [message, setMessage] = useState<string | null>(null);
  async function computeHash() {
    if (!globalThis.crypto?.subtle) {
      setMessage("This browser cannot compute the hash here (it needs a secure https page).");
      return;
    }
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    model.set("archive.sha256", [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join(""));
    setMessage("Hash computed from the text above.");
  }
  return (
    <details className="archive-fields" open={text !== ""}>
      <summary>Archived full text (editors only, never public)</summary>
      <TextField path="archive.text" label="Full text" isMultiline rows={6} />
      <div className="field-grid">
        <TextField path="archive.sha256" label="SHA-256 of the text" className="field-grid__wide" />
        <div className="form-field">
          <span aria-hidden="true">&nbsp;</span>
          <button type="button" className="button button--secondary" onClick={computeHash} disabled={text === ""}>
            Compute hash
          </button>
        </div>
      </div>
      <p className="muted" role="status">
        {message}
      </p>
    </details>
  );
}

export function SourceForm({ isNew }: { isNew: boolean }) {
  return (
    <>
      <section className="form-section" aria-labelledby="sec-identity">
        <h2 id="sec-identity">Title</h2>
        <IdentityFields isNew={isNew} />
      </section>

      <section className="form-section" aria-labelledby="sec-what">
        <h2 id="sec-what">What it is</h2>
        <div className="field-grid">
          <SelectField path="sourceType" label="Type" options={choices(SOURCE_TYPES, { "court-document": "Court or prosecutor document" })} />
          <EntryPicker path="publisher" label="Publisher" kind="actor" hint="The actor that published it, e.g. a media outlet." />
          <TextField
            path="language"
            label="Language"
            isRequired
            hint="Code such as es, en"
            className="form-field--small"
            onChangeValue={(v) => v.toLowerCase()}
          />
        </div>
        <AuthorsField />
        <PartialDateField path="published" label="Published" isOptional />
        <div className="field-grid">
          <TextField path="url" label="Web address" type="url" inputMode="url" placeholder="https://" className="field-grid__wide" />
          <TextField path="archiveUrl" label="Archived copy" type="url" inputMode="url" placeholder="https://web.archive.org/…" className="field-grid__wide" />
          <TextField path="accessed" label="Accessed" type="date" />
        </div>
      </section>

      <section className="form-section" aria-labelledby="sec-origin">
        <h2 id="sec-origin">Where the information comes from</h2>
        <div className="field-grid">
          <EntryPicker path="originator" label="Originator" kind="actor" hint="The actor the information comes from." />
          <SelectField path="originatorConnection" label="Originator’s connection" options={choices(ORIGINATOR_CONNECTIONS)} emptyLabel="Not known" />
        </div>
        <TextField path="reliabilityNote" label="Reliability note" isMultiline rows={3} />
      </section>

      <section className="form-section" aria-labelledby="sec-text">
        <h2 id="sec-text">Content</h2>
        <TextField path="summary" label="Summary" isMultiline rows={3} hint="In our own words." />
        <Repeater
          path="excerpts"
          title="Excerpts"
          description="Short quotes only (400 characters at most)."
          addLabel="Add an excerpt"
          newItem={() => ({ text: "", locator: "" })}
          itemTitle={(x, i) => `Excerpt ${i + 1}`}
          renderItem={(p) => (
            <div className="field-grid">
              <TextField path={`${p}.text`} label="Text" isMultiline rows={2} isRequired className="field-grid__wide" />
              <TextField path={`${p}.locator`} label="Locator" />
            </div>
          )}
        />
        <ArchiveFields />
      </section>

      <CapturesField />

      <ClaimsEditor kind="source" />
    </>
  );
}
