"use client";

import { useFormModel } from "./form-context";
import { TextField } from "./fields";
import { getAt } from "./form-model";

/** "Ataque en San Miguel del Ene" → "ataque-en-san-miguel-del-ene". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 120)
    .replace(/-+$/g, "");
}

/** Title and address. For a new entry the address follows the title until it is edited by hand. */
export function IdentityFields({ isNew, titleLabel = "Title" }: { isNew: boolean; titleLabel?: string }) {
  const model = useFormModel();
  const title = String(getAt(model.draft, "title") ?? "");
  const slug = String(getAt(model.draft, "slug") ?? "");
  const kindPath = { event: "events", actor: "actors", source: "sources" }[model.kind];
  return (
    <div className="field-grid">
      <TextField
        path="title"
        label={titleLabel}
        isRequired
        className="field-grid__wide"
        onChangeValue={(next) => {
          if (isNew && (slug === "" || slug === slugify(title))) model.set("slug", slugify(next));
          return next;
        }}
      />
      <TextField
        path="slug"
        label="Address (slug)"
        isRequired
        className="field-grid__wide"
        hint={
          <>
            Public address:{" "}
            <code>
              /{kindPath}/{slug || "…"}
            </code>
            . Lowercase letters, digits and hyphens.{isNew ? null : " A changed address keeps the old one as a redirect."}
          </>
        }
        onChangeValue={(v) => v.toLowerCase().replace(/\s+/g, "-")}
      />
    </div>
  );
}
