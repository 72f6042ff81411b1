"use client";

// The actor form: every field of actorContentSchema.
import { ACTOR_NATURES, ACTOR_TYPES, AFFILIATION_RELATIONS } from "@/lib/entries/actor-schema";
import { BodyEditor } from "./body-editor";
import { EntryPicker, PartialDateField, SelectField, TextField, choices, humanize } from "./fields";
import { useFormModel } from "./form-context";
import { getAt, newItemId } from "./form-model";
import { IdentityFields } from "./identity-fields";
import { AliasesEditor, CitationsEditor, ClaimsEditor, Repeater, useActorTitle } from "./item-editors";

const TYPE_LABELS: Record<string, string> = { ngo: "NGO" };

export function ActorForm({ isNew }: { isNew: boolean }) {
  const model = useFormModel();
  const isPerson = getAt(model.draft, "nature") === "person";
  const actorTitle = useActorTitle();
  return (
    <>
      <section className="form-section" aria-labelledby="sec-identity">
        <h2 id="sec-identity">Name</h2>
        <IdentityFields isNew={isNew} titleLabel="Name" />
        <AliasesEditor />
      </section>

      <section className="form-section" aria-labelledby="sec-who">
        <h2 id="sec-who">Who they are</h2>
        <div className="field-grid">
          <SelectField path="nature" label="Person or organisation" options={choices(ACTOR_NATURES)} />
          <SelectField path="actorType" label="Type" options={choices(ACTOR_TYPES, TYPE_LABELS)} />
          <TextField
            path="wikidataId"
            label="Wikidata id"
            placeholder="Q42"
            hint="Used for sameAs links."
            className="form-field--small"
            onChangeValue={(v) => v.trim().toUpperCase()}
          />
        </div>
        <TextField path="description" label="Description" isMultiline rows={3} hint="One or two sentences, shown in lists and the infobox." />
        <PartialDateField path="founded" label={isPerson ? "Born" : "Founded"} isOptional />
        <PartialDateField path="dissolved" label={isPerson ? "Died" : "Dissolved"} isOptional />
      </section>

      <section className="form-section" aria-labelledby="sec-text">
        <h2 id="sec-text">Text</h2>
        <BodyEditor />
      </section>

      <Repeater
        path="affiliations"
        title="Affiliations"
        headingLevel={2}
        addLabel="Add an affiliation"
        newItem={() => ({ id: newItemId("affiliation"), actor: "", relation: "member-of", citations: [] })}
        itemTitle={(a, i) => `Affiliation ${i + 1}: ${humanize(String(a.relation ?? ""))}${a.actor ? ` ${actorTitle(String(a.actor))}` : ""}`}
        renderItem={(p) => (
          <>
            <div className="field-grid">
              <SelectField path={`${p}.relation`} label="Relation" options={choices(AFFILIATION_RELATIONS)} />
              <EntryPicker path={`${p}.actor`} label="Actor" kind="actor" isRequired />
              <TextField path={`${p}.note`} label="Note" className="field-grid__wide" />
            </div>
            <PartialDateField path={`${p}.start`} label="From" isOptional />
            <PartialDateField path={`${p}.end`} label="Until" isOptional />
            <CitationsEditor path={p} />
          </>
        )}
      />

      <ClaimsEditor kind="actor" />
    </>
  );
}
