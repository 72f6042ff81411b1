import { orderedKeys, type FieldChange, type ItemChange, type WordOp } from "@/lib/revisions/diff-content";
import { fieldLabel, itemLabel, listName } from "@/lib/revisions/field-labels";
import { isPlainObject } from "@/lib/revisions/same-value";

/** A stored value as a reviewer reads it: nested fields as a definition list, never raw JSON. */
function ReadableValue({ value, within }: { value: unknown; within?: string }) {
  if (value === undefined || value === null || value === "") return <span className="muted">(empty)</span>;
  if (typeof value === "string") return <span className="diff-text">{value}</span>;
  if (typeof value !== "object") return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">(none)</span>;
    return (
      <ol className="readable-list">
        {value.map((item, index) => (
          <li key={index}>
            <ReadableValue value={item} within={within} />
          </li>
        ))}
      </ol>
    );
  }
  const object = isPlainObject(value) ? value : {};
  const keys = orderedKeys([object]).filter((key) => key !== "id");
  return (
    <dl className="readable-fields">
      {keys.map((key) => (
        <div key={key}>
          <dt>{fieldLabel(key, within ?? "item")}</dt>
          <dd>
            <ReadableValue value={object[key]} within={key === "citations" ? "citations" : within} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Shown({ value, className, label, within }: { value: unknown; className: string; label?: string; within?: string }) {
  return (
    <div className={`diff-value ${className}`} {...(label ? { role: "group", "aria-label": label } : {})}>
      <ReadableValue value={value} within={within} />
    </div>
  );
}

function Words({ words }: { words: WordOp[] }) {
  return (
    <p className="diff-words">
      {words.map((w, i) => (w.op === "insert" ? <ins key={i}>{w.text}</ins> : w.op === "delete" ? <del key={i}>{w.text}</del> : <span key={i}>{w.text}</span>))}
    </p>
  );
}

function labelOf(list: string, change: ItemChange): string {
  return itemLabel(
    list,
    change.kind === "added" ? change.after : change.kind === "removed" ? change.before : change.kind === "moved" ? change.item : change.after,
  );
}

function ItemRow({ change, list }: { change: ItemChange; list: string }) {
  const label = labelOf(list, change);
  switch (change.kind) {
    case "added":
      return (
        <li className="diff-item diff-item--added">
          <strong>Added</strong> {label}
          <Shown value={change.after} className="diff-added" within={list} />
        </li>
      );
    case "removed":
      return (
        <li className="diff-item diff-item--removed">
          <strong>Removed</strong> {label}
          <Shown value={change.before} className="diff-removed" within={list} />
        </li>
      );
    case "moved":
      return (
        <li className="diff-item">
          <strong>Moved</strong> {label} from position {change.fromIndex + 1} to {change.toIndex + 1}
        </li>
      );
    case "changed":
      return (
        <li className="diff-item diff-item--changed">
          <strong>Changed</strong> {label}
          {change.isMoved ? ` (and moved from position ${change.fromIndex + 1} to ${change.toIndex + 1})` : null}
          <DiffView changes={change.changes} isNested within={list} />
        </li>
      );
  }
}

/** A revision comparison, field by field; text word by word; list items matched by id. */
export function DiffView({
  changes,
  isNested = false,
  within,
  kind,
  emptyText = "No differences.",
}: {
  changes: FieldChange[];
  isNested?: boolean;
  /** The list whose item these changes are in: its fields are labelled as in that item's form. */
  within?: string;
  /** The entry's kind ("actor", ...): its form's own names for shared fields. */
  kind?: string;
  emptyText?: string;
}) {
  if (changes.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <dl className={isNested ? "diff diff--nested" : "diff"}>
      {changes.map((change, index) => (
        <div key={`${change.field}-${index}`} className={`diff__field diff__field--${change.kind}`} data-field={change.field}>
          <dt>
            {fieldLabel(change.field, within, kind)} <span className="muted">({change.kind === "items" ? "list" : change.kind})</span>
          </dt>
          <dd>
            {change.kind === "added" ? <Shown value={change.after} className="diff-added" within={within ?? listName(change.field)} /> : null}
            {change.kind === "removed" ? <Shown value={change.before} className="diff-removed" within={within ?? listName(change.field)} /> : null}
            {change.kind === "changed" ? (
              change.words ? (
                <Words words={change.words} />
              ) : (
                <div className="diff-pair">
                  <Shown value={change.before} className="diff-removed" label="Before" />
                  <Shown value={change.after} className="diff-added" label="After" />
                </div>
              )
            ) : null}
            {change.kind === "items" ? (
              <ul className="diff-items">
                {change.items.map((item, i) => (
                  <ItemRow key={`${item.key}-${i}`} change={item} list={listName(change.field)} />
                ))}
              </ul>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
