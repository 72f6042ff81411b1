"use client";

// Form controls bound to a path in the draft. Each shows its own messages next to it, with
// aria-invalid and aria-describedby, and never resets what the user typed.
import { useId, useState, type ReactNode } from "react";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { DATE_PRECISIONS, DATE_PRECISION_LABELS } from "@/lib/entries/common-schema";
import type { EntryOption } from "@/lib/entries/list-entry-options";
import { withdrawnCitationFlag } from "@/lib/links/withdrawn-reference";
import { EntryCombobox } from "./entry-combobox";
import { useFormModel } from "./form-context";
import { fieldId, getAt, recordAt, type Path } from "./form-model";
import { WITHDRAWN_CITATIONS_ID } from "./withdrawn-citations";

type Common = { path: Path; label: string; hint?: ReactNode; isRequired?: boolean; className?: string };

function describedBy(path: Path, hasHint: boolean, hasError: boolean): string | undefined {
  const ids = [hasHint ? `${fieldId(path)}-hint` : null, hasError ? `${fieldId(path)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldMessages({ path, hint }: { path: Path; hint?: ReactNode }) {
  const { errorsAt } = useFormModel();
  const errors = errorsAt(path);
  return (
    <>
      {hint ? (
        <p id={`${fieldId(path)}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors ? (
        <p id={`${fieldId(path)}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
    </>
  );
}

function Label({ path, label, isRequired }: { path: Path; label: string; isRequired?: boolean }) {
  return (
    <label htmlFor={fieldId(path)}>
      {label}
      {isRequired ? <span className="required-mark"> (required)</span> : null}
    </label>
  );
}

function useControl(path: Path, hint: ReactNode | undefined, isRequired: boolean | undefined) {
  const { errorsAt, touch } = useFormModel();
  const hasError = Boolean(errorsAt(path));
  return {
    id: fieldId(path),
    "aria-invalid": hasError ? (true as const) : undefined,
    "aria-describedby": describedBy(path, Boolean(hint), hasError),
    "aria-required": isRequired ? (true as const) : undefined,
    onBlur: () => touch(path),
  };
}

export function TextField({
  path,
  label,
  hint,
  isRequired,
  className,
  isMultiline,
  rows,
  placeholder,
  inputMode,
  type = "text",
  onChangeValue,
}: Common & {
  isMultiline?: boolean;
  rows?: number;
  placeholder?: string;
  inputMode?: "text" | "url" | "numeric" | "decimal";
  type?: "text" | "url" | "date" | "time";
  /** Transforms what was typed before it is stored (e.g. lower-casing a slug). */
  onChangeValue?: (value: string) => string;
}) {
  const model = useFormModel();
  const control = useControl(path, hint, isRequired);
  const raw = getAt(model.draft, path);
  const value = typeof raw === "string" ? raw : "";
  const change = (next: string) => model.set(path, onChangeValue ? onChangeValue(next) : next);
  return (
    <div className={`form-field ${className ?? ""}`}>
      <Label path={path} label={label} isRequired={isRequired} />
      {isMultiline ? (
        <textarea {...control} rows={rows ?? 3} value={value} placeholder={placeholder} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...control} type={type} value={value} placeholder={placeholder} inputMode={inputMode} onChange={(e) => change(e.target.value)} />
      )}
      <FieldMessages path={path} hint={hint} />
    </div>
  );
}

export function NumberField({ path, label, hint, isRequired, className, step, min, max }: Common & { step?: string; min?: number; max?: number }) {
  const model = useFormModel();
  const control = useControl(path, hint, isRequired);
  const raw = getAt(model.draft, path);
  return (
    <div className={`form-field form-field--number ${className ?? ""}`}>
      <Label path={path} label={label} isRequired={isRequired} />
      <input
        {...control}
        type="number"
        step={step ?? "1"}
        min={min}
        max={max}
        value={typeof raw === "number" && !Number.isNaN(raw) ? raw : ""}
        onChange={(e) => model.set(path, e.target.value === "" || Number.isNaN(e.target.valueAsNumber) ? undefined : e.target.valueAsNumber)}
      />
      <FieldMessages path={path} hint={hint} />
    </div>
  );
}

export type Choice = readonly [value: string, label: string];

export function choices(values: readonly string[], labels?: Record<string, string>): Choice[] {
  return values.map((v) => [v, labels?.[v] ?? humanize(v)] as const);
}

export function humanize(value: string): string {
  const text = value.replace(/-/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function SelectField({
  path,
  label,
  hint,
  isRequired,
  className,
  options,
  emptyLabel,
  onChangeValue,
}: Common & {
  options: readonly Choice[];
  /** When given, an empty first choice that leaves the field out. */
  emptyLabel?: string;
  onChangeValue?: (value: string) => void;
}) {
  const model = useFormModel();
  const control = useControl(path, hint, isRequired);
  const raw = getAt(model.draft, path);
  const value = typeof raw === "string" ? raw : typeof raw === "number" ? String(raw) : "";
  const isKnown = value === "" || options.some(([v]) => v === value);
  return (
    <div className={`form-field ${className ?? ""}`}>
      <Label path={path} label={label} isRequired={isRequired} />
      <select
        {...control}
        value={value}
        onChange={(e) => (onChangeValue ? onChangeValue(e.target.value) : model.set(path, e.target.value === "" ? undefined : e.target.value))}
      >
        {emptyLabel !== undefined || value === "" ? <option value="">{emptyLabel ?? "Choose…"}</option> : null}
        {isKnown ? null : <option value={value}>{value}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
      <FieldMessages path={path} hint={hint} />
    </div>
  );
}

export function datalistId(kind: EntryKindName): string {
  return `entry-options-${kind}`;
}

/** Picks an existing entry by slug: typing searches the server for titles; the chosen entry's title shows below. */
export function EntryPicker({ path, label, hint, isRequired, className, kind }: Common & { kind: EntryKindName }) {
  const model = useFormModel();
  const control = useControl(path, hint, isRequired);
  const raw = getAt(model.draft, path);
  const value = typeof raw === "string" ? raw : "";
  // Titles of entries chosen in this session; the server sent those the saved draft already names.
  const [chosen, setChosen] = useState<EntryOption | null>(null);
  const match = value ? (chosen?.slug === value ? chosen : model.options[kind].find((o) => o.slug === value)) : undefined;
  const statusId = `${fieldId(path)}-match`;
  return (
    <div className={`form-field form-field--picker ${className ?? ""}`}>
      <Label path={path} label={label} isRequired={isRequired} />
      <EntryCombobox
        {...control}
        kind={kind}
        aria-describedby={[control["aria-describedby"], statusId].filter(Boolean).join(" ")}
        value={value}
        placeholder={`Type 2+ letters of a ${kind}’s name, or its slug`}
        onType={(text) => model.set(path, text.trim().toLowerCase())}
        onChoose={(option) => {
          setChosen(option);
          model.set(path, option.slug);
        }}
      />
      <p id={statusId} className="picker-match">
        {value === "" ? null : match?.withdrawn ? (
          <span className="picker-match--withdrawn">
            {withdrawnCitationFlag(match.withdrawn)} (<a href={`#${WITHDRAWN_CITATIONS_ID}`}>replace or remove everywhere</a>)
          </span>
        ) : match ? (
          <span>→ {match.title}</span>
        ) : (
          <span className="muted">Not chosen from the list: check the slug</span>
        )}
      </p>
      <FieldMessages path={path} hint={hint} />
    </div>
  );
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * A date only as precise as the sources allow: precision first, then the parts it needs. An
 * optional date has a "not known" choice that leaves it out.
 */
export function PartialDateField({ path, label, hint, isOptional, className }: Omit<Common, "isRequired"> & { isOptional?: boolean }) {
  const model = useFormModel();
  const value = recordAt(model.draft, path);
  const legendId = useId();
  const errors = model.errorsAt(path);
  return (
    <fieldset
      id={fieldId(path)}
      className={`date-field ${className ?? ""}`}
      aria-labelledby={legendId}
      aria-describedby={errors ? `${fieldId(path)}-error` : undefined}
    >
      <legend id={legendId}>{label}</legend>
      <div className="field-row">
        <SelectField
          path={`${path}.precision`}
          label="Precision"
          options={choices(DATE_PRECISIONS, DATE_PRECISION_LABELS)}
          emptyLabel={isOptional ? "Not known" : undefined}
          onChangeValue={(precision) => {
            if (precision === "") model.set(path, undefined);
            else model.set(path, { ...(value ?? {}), precision });
          }}
        />
        {value ? (
          <>
            <NumberField path={`${path}.day`} label="Day" min={1} max={31} className="form-field--tiny" />
            <SelectField
              path={`${path}.month`}
              label="Month"
              options={MONTHS.map((m, i) => [String(i + 1), m] as const)}
              emptyLabel="—"
              onChangeValue={(m) => model.set(`${path}.month`, m === "" ? undefined : Number(m))}
            />
            <NumberField path={`${path}.year`} label="Year" min={1000} max={2200} className="form-field--small" />
          </>
        ) : null}
      </div>
      {value ? <TextField path={`${path}.note`} label="Date note" hint="E.g. “the source gives no year”." /> : null}
      {errors ? (
        <p id={`${fieldId(path)}-error`} className="field-error">
          {errors.join(" ")}
        </p>
      ) : null}
      {hint ? <p className="field-hint">{hint}</p> : null}
    </fieldset>
  );
}
