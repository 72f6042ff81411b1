"use client";

// Editors for repeatable items: claims, citations, participants, affiliations, timeline, related
// events, aliases, excerpts. New items get a generated stable id, so comparisons match them by id.
import { useState, type ReactNode } from "react";
import { CLAIM_NATURES, CLAIM_PROPERTIES, CLAIM_RANKS } from "@/lib/claims/claim-schema";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { useFormModel } from "./form-context";
import { EntryPicker, FieldMessages, NumberField, PartialDateField, SelectField, TextField, choices, humanize } from "./fields";
import { isPlainObject } from "@/lib/revisions/same-value";
import { fieldId, newItemId, recordAt, recordsAt, type Path } from "./form-model";

type Item = Record<string, unknown>;

export function Repeater({
  path,
  title,
  description,
  addLabel,
  newItem,
  itemTitle,
  renderItem,
  headingLevel = 3,
}: {
  path: Path;
  title: string;
  description?: ReactNode;
  addLabel: string;
  newItem: () => Item;
  itemTitle: (item: Item, index: number) => string;
  renderItem: (itemPath: Path, item: Item, index: number) => ReactNode;
  headingLevel?: 2 | 3 | 4;
}) {
  const model = useFormModel();
  const items = recordsAt(model.draft, path);
  const keyOf = (item: Item, index: number) => (typeof item.id === "string" && item.id ? item.id : `#${index}`);
  // Long lists open collapsed, one line per item; a new item, or one with a message, is open.
  const [openKeys, setOpenKeys] = useState<ReadonlySet<string>>(() => new Set(items.length <= 3 ? items.map(keyOf) : []));
  const Heading = headingLevel === 2 ? "h2" : headingLevel === 3 ? "h3" : "h4";
  const toggle = (key: string, isOpen: boolean) =>
    setOpenKeys((keys) => {
      const next = new Set(keys);
      if (isOpen) next.add(key);
      else next.delete(key);
      return next;
    });
  const move = (from: number, to: number) => {
    const next = [...items];
    const [moved] = next.splice(from, 1);
    next.splice(to, 0, moved!);
    model.set(path, next);
  };
  return (
    <section id={fieldId(path)} className={`repeater repeater--h${headingLevel}${headingLevel === 2 ? " form-section" : ""}`} aria-label={title}>
      <div className="repeater__head">
        <Heading className="repeater__title">
          {title} <span className="muted">({items.length})</span>
        </Heading>
        {items.length > 3 ? (
          <span className="repeater__bulk">
            <button type="button" className="link-button" onClick={() => setOpenKeys(new Set(items.map(keyOf)))}>
              Open all
            </button>
            <button type="button" className="link-button" onClick={() => setOpenKeys(new Set())}>
              Close all
            </button>
          </span>
        ) : null}
      </div>
      {description ? <p className="field-hint">{description}</p> : null}
      <FieldMessages path={path} />
      {items.map((item, index) => {
        const label = itemTitle(item, index);
        const key = keyOf(item, index);
        const itemPath = `${path}.${index}`;
        const hasErrors = model.hasErrorsUnder(itemPath);
        const isOpen = openKeys.has(key) || hasErrors;
        return (
          <fieldset key={key} className={`item-card${isOpen ? "" : " item-card--closed"}${hasErrors ? " item-card--invalid" : ""}`}>
            <legend className="visually-hidden">{label}</legend>
            <div className="item-card__head">
              <button type="button" className="item-card__toggle" aria-expanded={isOpen} onClick={() => toggle(key, !isOpen)}>
                <span aria-hidden="true" className="item-card__chevron">
                  {isOpen ? "▾" : "▸"}
                </span>
                {label}
              </button>
              <span className="item-card__tools">
                <button type="button" className="link-button" onClick={() => move(index, index - 1)} disabled={index === 0} aria-label={`Move ${label} up`}>
                  ↑
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => move(index, index + 1)}
                  disabled={index === items.length - 1}
                  aria-label={`Move ${label} down`}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="link-button link-button--danger"
                  onClick={() =>
                    model.set(
                      path,
                      items.filter((_, i) => i !== index),
                    )
                  }
                  aria-label={`Remove ${label}`}
                >
                  Remove
                </button>
              </span>
            </div>
            {isOpen ? <div className="item-card__body">{renderItem(itemPath, item, index)}</div> : null}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          const added = newItem();
          toggle(keyOf(added, items.length), true);
          model.set(path, [...items, added]);
        }}
      >
        + {addLabel}
      </button>
    </section>
  );
}

export function short(text: unknown, max = 50): string {
  const s = typeof text === "string" ? text.trim() : "";
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Citations in compact rows: source, locator, short quote. */
export function CitationsEditor({ path, isRequiredToPublish }: { path: Path; isRequiredToPublish?: boolean }) {
  const model = useFormModel();
  const listPath = `${path}.citations`;
  const citations = recordsAt(model.draft, listPath);
  return (
    <div id={fieldId(listPath)} className="citations" role="group" aria-label="Citations">
      <p className="citations__title">
        <strong>Citations</strong> <span className="muted">({citations.length})</span>
        <span className="field-hint">
          {" "}
          — locator: page, paragraph or timestamp; quotes are short (300 characters at most).
          {isRequiredToPublish ? " At least one is needed to publish." : ""}
        </span>
      </p>
      <FieldMessages path={listPath} />
      {citations.map((c, index) => {
        const p = `${listPath}.${index}`;
        return (
          <fieldset key={index} className="citation-row">
            <legend className="visually-hidden">{`Citation ${index + 1}${c.source ? `: ${String(c.source)}` : ""}`}</legend>
            <EntryPicker path={`${p}.source`} label="Source" kind="source" isRequired />
            <TextField path={`${p}.locator`} label="Locator" className="citation-row__locator" />
            <TextField path={`${p}.quote`} label="Short quote" className="citation-row__quote" />
            <button
              type="button"
              className="link-button link-button--danger citation-row__remove"
              onClick={() =>
                model.set(
                  listPath,
                  citations.filter((_, i) => i !== index),
                )
              }
              aria-label={`Remove citation ${index + 1}`}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => model.set(listPath, [...citations, { source: "", locator: "", quote: "" }])}
      >
        + Add a citation
      </button>
    </div>
  );
}

const VALUE_TYPES = ["number", "range", "text", "date", "actor", "unknown"] as const;
const VALUE_TYPE_LABELS: Record<(typeof VALUE_TYPES)[number], string> = {
  number: "Number",
  range: "Range (low–high)",
  text: "Text",
  date: "Date",
  actor: "Actor",
  unknown: "Unknown",
};

function emptyValue(type: string): Item {
  switch (type) {
    case "date":
      return { type, date: { precision: "day" } };
    case "text":
      return { type, text: "" };
    case "actor":
      return { type, actor: "" };
    default:
      return { type };
  }
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Slug → title of an actor, for one-line summaries of collapsed items. */
export function useActorTitle(): (slug: string) => string {
  const { options } = useFormModel();
  return (slug) => short(options.actor.find((o) => o.slug === slug)?.title ?? slug, 40);
}

function describeValue(value: Item | undefined, actorTitle: (slug: string) => string): string {
  if (!value) return "";
  switch (value.type) {
    case "number":
      return typeof value.value === "number" ? String(value.value) : "";
    case "range":
      return `${value.low ?? "?"}–${value.high ?? "?"}`;
    case "text":
      return short(value.text, 30);
    case "actor":
      return value.actor ? actorTitle(String(value.actor)) : "";
    case "unknown":
      return "unknown";
    case "date": {
      const date = isPlainObject(value.date) ? value.date : {};
      const part = (key: string) => (typeof date[key] === "number" ? date[key] : undefined);
      const month = part("month");
      return [part("day"), month ? MONTH_NAMES[month - 1] : undefined, part("year")].filter((x) => x !== undefined).join(" ");
    }
    default:
      return "";
  }
}

function ClaimValueFields({ path }: { path: Path }) {
  const model = useFormModel();
  const value = recordAt(model.draft, path);
  switch (value?.type) {
    case "number":
      return <NumberField path={`${path}.value`} label="Value" min={0} isRequired />;
    case "range":
      return (
        <>
          <NumberField path={`${path}.low`} label="Low" min={0} isRequired />
          <NumberField path={`${path}.high`} label="High" min={0} isRequired />
        </>
      );
    case "text":
      return <TextField path={`${path}.text`} label="Value" isRequired className="field-grid__wide" />;
    case "date":
      return <PartialDateField path={`${path}.date`} label="Date" className="field-grid__wide" />;
    case "actor":
      return <EntryPicker path={`${path}.actor`} label="Actor" kind="actor" isRequired />;
    default:
      return null;
  }
}

export function ClaimsEditor({ kind }: { kind: EntryKindName }) {
  const model = useFormModel();
  const properties = CLAIM_PROPERTIES[kind];
  const actorTitle = useActorTitle();
  return (
    <Repeater
      path="claims"
      title="Claims"
      headingLevel={2}
      description="What someone asserts, with who asserts it and where it was said. Where sources disagree, add one claim per version."
      addLabel="Add a claim"
      newItem={() => ({
        id: newItemId(properties[0] ?? "claim"),
        property: properties[0],
        value: { type: "number" },
        nature: "asserted",
        rank: "normal",
        citations: [],
      })}
      itemTitle={(c, i) => {
        const value = describeValue(isPlainObject(c.value) ? c.value : undefined, actorTitle);
        const citations = Array.isArray(c.citations) ? c.citations.length : 0;
        const who = typeof c.assertedBy === "string" && c.assertedBy ? ` · according to ${actorTitle(c.assertedBy)}` : "";
        const rank = c.rank === "normal" ? "" : ` · ${String(c.rank)}`;
        return `Claim ${i + 1}: ${humanize(String(c.property ?? ""))}${value ? ` = ${value}` : ""}${who} · ${citations} ${citations === 1 ? "citation" : "citations"}${rank}`;
      }}
      renderItem={(p, claim) => (
        <>
          <div className="field-grid">
            <SelectField path={`${p}.property`} label="Property" options={choices(properties)} isRequired />
            <SelectField
              path={`${p}.value.type`}
              label="Kind of value"
              options={VALUE_TYPES.map((t) => [t, VALUE_TYPE_LABELS[t]] as const)}
              onChangeValue={(type) => model.set(`${p}.value`, emptyValue(type))}
            />
            <ClaimValueFields path={`${p}.value`} />
          </div>
          <div className="field-grid">
            <EntryPicker path={`${p}.assertedBy`} label="Who asserts it" kind="actor" hint="The actor the claim comes from, when known." />
            <SelectField path={`${p}.nature`} label="Nature" options={choices(CLAIM_NATURES)} />
            <SelectField path={`${p}.rank`} label="Rank" options={choices(CLAIM_RANKS)} />
            {claim.rank === "deprecated" || claim.deprecationReason ? (
              <TextField path={`${p}.deprecationReason`} label="Why deprecated" isRequired={claim.rank === "deprecated"} />
            ) : null}
            <TextField path={`${p}.qualifiers.category`} label="Category (qualifier)" hint="E.g. civilians, minors." />
          </div>
          <PartialDateField path={`${p}.qualifiers.asOf`} label="As of (qualifier)" isOptional />
          <TextField path={`${p}.note`} label="Public note" isMultiline rows={2} />
          <CitationsEditor path={p} isRequiredToPublish />
          <p className="field-hint">
            Item id: <code>{String(claim.id ?? "")}</code>
          </p>
          <FieldMessages path={`${p}.id`} />
        </>
      )}
    />
  );
}

export function AliasesEditor() {
  return (
    <Repeater
      path="aliases"
      title="Aliases"
      description="Other names, with the language they are used in (e.g. “camarada José”, es)."
      addLabel="Add an alias"
      newItem={() => ({ name: "", lang: "" })}
      itemTitle={(a, i) => `Alias ${i + 1}${a.name ? `: ${short(a.name, 40)}` : ""}`}
      renderItem={(p) => (
        <div className="field-grid">
          <TextField path={`${p}.name`} label="Name" isRequired />
          <TextField path={`${p}.lang`} label="Language" hint="Code such as en, es, qu" className="form-field--small" onChangeValue={(v) => v.toLowerCase()} />
        </div>
      )}
    />
  );
}
