"use client";

// The event form: every field of eventContentSchema.
import {
  EVENT_CATEGORIES,
  EVENT_GRADES,
  EVENT_RELATIONS,
  EVENT_TYPES,
  INVESTIGATION_STATUSES,
  PARTICIPANT_ROLES,
  PLACE_PRECISIONS,
} from "@/lib/entries/event-schema";
import { isKeyOf } from "@/lib/object-keys";
import { BodyEditor } from "./body-editor";
import { EntryPicker, NumberField, PartialDateField, SelectField, TextField, choices, humanize } from "./fields";
import { useFormModel } from "./form-context";
import { getAt, newItemId } from "./form-model";
import { IdentityFields } from "./identity-fields";
import { AliasesEditor, CitationsEditor, ClaimsEditor, Repeater, short, useActorTitle } from "./item-editors";

const GRADE_LABELS: Record<string, string> = {
  confirmed: "Confirmed",
  fair: "Fair",
  weak: "Weak",
  contested: "Contested",
  discounted: "Discounted",
};

export function EventForm({ isNew }: { isNew: boolean }) {
  const model = useFormModel();
  const category = String(getAt(model.draft, "eventType.category") ?? "");
  const subtypes: readonly string[] = isKeyOf(EVENT_TYPES, category) ? EVENT_TYPES[category] : [];
  const actorTitle = useActorTitle();
  const eventTitle = (slug: string) => model.options.event.find((o) => o.slug === slug)?.title ?? slug;
  return (
    <>
      <section className="form-section" aria-labelledby="sec-identity">
        <h2 id="sec-identity">Name</h2>
        <IdentityFields isNew={isNew} />
        <AliasesEditor />
      </section>

      <section className="form-section" aria-labelledby="sec-what">
        <h2 id="sec-what">What happened</h2>
        <div className="field-grid">
          <SelectField
            path="eventType.category"
            label="Event type"
            hint="ACLED vocabulary"
            options={choices(EVENT_CATEGORIES)}
            onChangeValue={(next) => {
              const first = (isKeyOf(EVENT_TYPES, next) ? EVENT_TYPES[next][0] : undefined) ?? "";
              model.set("eventType", { category: next, subtype: first });
            }}
          />
          <SelectField path="eventType.subtype" label="Sub-event type" options={subtypes.map((s) => [s, s] as const)} isRequired />
          <SelectField path="grade" label="Grade" hint="How well the event is established (Airwars)." options={choices(EVENT_GRADES, GRADE_LABELS)} />
        </div>
        <TextField path="summary" label="Summary" isMultiline rows={3} hint="Two sentences, shown in lists and at the top of the page." />
        <div className="field-grid">
          <SelectField path="investigation.status" label="Investigation" options={choices(INVESTIGATION_STATUSES)} />
          <TextField path="investigation.note" label="Investigation note" isMultiline rows={2} className="field-grid__wide" />
        </div>
      </section>

      <section className="form-section" aria-labelledby="sec-when">
        <h2 id="sec-when">When</h2>
        <PartialDateField path="date.start" label="Start date" hint="Only as precise as the sources allow." />
        <PartialDateField path="date.end" label="End date" isOptional />
        <div className="field-grid">
          <TextField path="date.localTime" label="Local time" placeholder="HH:MM" hint="24-hour, when a source gives it." className="form-field--small" />
          <TextField path="date.utcOffset" label="UTC offset" placeholder="-05:00" hint="±HH:MM" className="form-field--small" />
        </div>
      </section>

      <section className="form-section" aria-labelledby="sec-where">
        <h2 id="sec-where">Where</h2>
        <div className="field-grid">
          <TextField path="place.name" label="Place name" isRequired className="field-grid__wide" />
          <TextField path="place.district" label="District" />
          <TextField path="place.province" label="Province" />
          <TextField path="place.region" label="Region" />
          <TextField path="place.country" label="Country" />
          <NumberField path="place.latitude" label="Latitude" step="any" min={-90} max={90} />
          <NumberField path="place.longitude" label="Longitude" step="any" min={-180} max={180} />
          <SelectField path="place.precision" label="Location precision" options={choices(PLACE_PRECISIONS)} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="sec-text">
        <h2 id="sec-text">Text</h2>
        <BodyEditor />
      </section>

      <section className="form-section" aria-labelledby="sec-people">
        <h2 id="sec-people">Participants and timeline</h2>
        <Repeater
          path="participants"
          title="Participants"
          addLabel="Add a participant"
          newItem={() => ({ id: newItemId("participant"), actor: "", role: "victim", citations: [] })}
          itemTitle={(p, i) => `Participant ${i + 1}${p.actor ? `: ${actorTitle(String(p.actor))}` : ""} (${humanize(String(p.role ?? ""))})`}
          renderItem={(p) => (
            <>
              <div className="field-grid">
                <EntryPicker path={`${p}.actor`} label="Actor" kind="actor" isRequired />
                <SelectField path={`${p}.role`} label="Role" options={choices(PARTICIPANT_ROLES)} />
                <TextField path={`${p}.note`} label="Note" className="field-grid__wide" />
              </div>
              <CitationsEditor path={p} />
            </>
          )}
        />
        <Repeater
          path="timeline"
          title="Timeline"
          addLabel="Add a moment"
          newItem={() => ({ id: newItemId("moment"), date: { precision: "day" }, text: "", citations: [] })}
          itemTitle={(m, i) => `Moment ${i + 1}${m.text ? `: ${short(m.text, 70)}` : ""}`}
          renderItem={(p) => (
            <>
              <PartialDateField path={`${p}.date`} label="Date" />
              <TextField path={`${p}.localTime`} label="Local time" placeholder="HH:MM" className="form-field--small" />
              <TextField path={`${p}.text`} label="What happened" isMultiline rows={2} isRequired />
              <CitationsEditor path={p} />
            </>
          )}
        />
        <Repeater
          path="related"
          title="Related events"
          addLabel="Add a related event"
          newItem={() => ({ event: "", relation: "see-also" })}
          itemTitle={(r, i) => `Related event ${i + 1}: ${humanize(String(r.relation ?? ""))}${r.event ? ` ${eventTitle(String(r.event))}` : ""}`}
          renderItem={(p) => (
            <div className="field-grid">
              <EntryPicker path={`${p}.event`} label="Event" kind="event" isRequired />
              <SelectField path={`${p}.relation`} label="Relation" options={choices(EVENT_RELATIONS)} />
              <TextField path={`${p}.note`} label="Note" className="field-grid__wide" />
            </div>
          )}
        />
      </section>

      <ClaimsEditor kind="event" />
    </>
  );
}
