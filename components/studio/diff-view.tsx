import type { FieldChange, ItemChange, WordOp } from "@/lib/revisions/diff-content";

function show(value: unknown): string {
  if (value === undefined || value === null || value === "") return "(empty)";
  if (typeof value === "string") return value;
  return JSON.stringify(value, null, 2);
}

function Words({ words }: { words: WordOp[] }) {
  return (
    <p className="diff-words">
      {words.map((w, i) =>
        w.op === "insert" ? (
          <ins key={i}>{w.text}</ins>
        ) : w.op === "delete" ? (
          <del key={i}>{w.text}</del>
        ) : (
          <span key={i}>{w.text}</span>
        ),
      )}
    </p>
  );
}

function itemLabel(change: ItemChange): string {
  const value = (change.kind === "added" ? change.after : change.kind === "removed" ? change.before : change.kind === "moved" ? change.item : change.after) as Record<string, unknown> | undefined;
  const hint = value && typeof value === "object" ? (value.property ?? value.actor ?? value.text ?? value.name ?? value.event ?? value.source) : undefined;
  return typeof hint === "string" ? `${change.key} (${hint.length > 60 ? `${hint.slice(0, 59)}…` : hint})` : change.key;
}

function ItemRow({ change }: { change: ItemChange }) {
  switch (change.kind) {
    case "added":
      return (
        <li className="diff-item diff-item--added">
          <strong>Added</strong> {itemLabel(change)}
          <pre>{show(change.after)}</pre>
        </li>
      );
    case "removed":
      return (
        <li className="diff-item diff-item--removed">
          <strong>Removed</strong> {itemLabel(change)}
          <pre>{show(change.before)}</pre>
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
            {change.field} <span className="muted">({change.kind === "items" ? "list" : change.kind})</span>
          </dt>
          <dd>
            {change.kind === "added" ? <pre className="diff-added">{show(change.after)}</pre> : null}
            {change.kind === "removed" ? <pre className="diff-removed">{show(change.before)}</pre> : null}
            {change.kind === "changed" ? (
              change.words ? (
                <Words words={change.words} />
              ) : (
                <div className="diff-pair">
                  <pre className="diff-removed" aria-label="Before">
                    {show(change.before)}
                  </pre>
                  <pre className="diff-added" aria-label="After">
                    {show(change.after)}
                  </pre>
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
