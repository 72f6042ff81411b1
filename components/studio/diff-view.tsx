import { orderedKeys, type FieldChange, type ItemChange, type WordOp } from "@/lib/revisions/diff-content";

/** "assertedBy" → "asserted by", "claims.2.citations" → "claims › 3 › citations": what an editor reads in the form. */
function fieldLabel(path: string): string {
  return path
    .split(".")
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : part.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()))
    .join(" › ");
}

/** A stored value as a reviewer reads it: nested fields as a definition list, never raw JSON. */
function ReadableValue({ value }: { value: unknown }) {
  if (value === undefined || value === null || value === "") return <span className="muted">(empty)</span>;
  if (typeof value === "string") return <span className="diff-text">{value}</span>;
  if (typeof value !== "object") return <span>{String(value)}</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">(none)</span>;
    return (
      <ol className="readable-list">
        {value.map((item, index) => (
          <li key={index}>
            <ReadableValue value={item} />
          </li>
        ))}
      </ol>
    );
  }
  const object = value as Record<string, unknown>;
  const keys = orderedKeys([object]).filter((key) => key !== "id");
  return (
    <dl className="readable-fields">
      {keys.map((key) => (
        <div key={key}>
          <dt>{fieldLabel(key)}</dt>
          <dd>
            <ReadableValue value={object[key]} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Shown({ value, className, label }: { value: unknown; className: string; label?: string }) {
  return (
    <div className={`diff-value ${className}`} {...(label ? { role: "group", "aria-label": label } : {})}>
      <ReadableValue value={value} />
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

function valuesOfKey(key: string): string {
  try {
    const parsed: unknown = JSON.parse(key);
    const parts = (Array.isArray(parsed) ? parsed : [parsed]).filter((part) => typeof part === "string" || typeof part === "number");
    return parts.length > 0 ? parts.join(", ") : "an item";
  } catch {
    return "an item";
  }
}

function itemLabel(change: ItemChange): string {
  const value = (change.kind === "added" ? change.after : change.kind === "removed" ? change.before : change.kind === "moved" ? change.item : change.after) as
    Record<string, unknown> | undefined;
  const hint = value && typeof value === "object" ? (value.property ?? value.actor ?? value.text ?? value.name ?? value.event ?? value.source) : undefined;
  const shortHint = typeof hint === "string" ? (hint.length > 60 ? `${hint.slice(0, 59)}…` : hint) : undefined;
  // Items without an id (aliases, citations, related events) are keyed by their values as JSON: show the values, not the JSON.
  if (/^[[{"]/.test(change.key)) return shortHint ?? valuesOfKey(change.key);
  return shortHint ? `${change.key} (${shortHint})` : change.key;
}

function ItemRow({ change }: { change: ItemChange }) {
  switch (change.kind) {
    case "added":
      return (
        <li className="diff-item diff-item--added">
          <strong>Added</strong> {itemLabel(change)}
          <Shown value={change.after} className="diff-added" />
        </li>
      );
    case "removed":
      return (
        <li className="diff-item diff-item--removed">
          <strong>Removed</strong> {itemLabel(change)}
          <Shown value={change.before} className="diff-removed" />
        </li>
      );
    case "moved":
      return (
        <li className="diff-item">
          <strong>Moved</strong> {itemLabel(change)} from position {change.fromIndex + 1} to {change.toIndex + 1}
        </li>
      );
    case "changed":
      return (
        <li className="diff-item diff-item--changed">
          <strong>Changed</strong> {itemLabel(change)}
          {change.isMoved ? ` (and moved from position ${change.fromIndex + 1} to ${change.toIndex + 1})` : null}
          <DiffView changes={change.changes} isNested />
        </li>
      );
  }
}

/** A revision comparison, field by field; text word by word; list items matched by id. */
export function DiffView({ changes, isNested = false }: { changes: FieldChange[]; isNested?: boolean }) {
  if (changes.length === 0) return <p className="muted">No differences.</p>;
  return (
    <dl className={isNested ? "diff diff--nested" : "diff"}>
      {changes.map((change, index) => (
        <div key={`${change.field}-${index}`} className={`diff__field diff__field--${change.kind}`} data-field={change.field}>
          <dt>
            {fieldLabel(change.field)} <span className="muted">({change.kind === "items" ? "list" : change.kind})</span>
          </dt>
          <dd>
            {change.kind === "added" ? <Shown value={change.after} className="diff-added" /> : null}
            {change.kind === "removed" ? <Shown value={change.before} className="diff-removed" /> : null}
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
                  <ItemRow key={`${item.key}-${i}`} change={item} />
                ))}
              </ul>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
