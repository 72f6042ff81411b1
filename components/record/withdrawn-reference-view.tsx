import { WITHDRAWN_MARK, withdrawnName, withdrawnReasonText, type WithdrawnReference } from "@/lib/links/withdrawn-reference";

/**
 * A reference to a withdrawn entry on a reader page: its last published name as plain text, marked
 * withdrawn; the mark links to the 410 notice that gives the public reason (no script on reader pages,
 * so the reason is one click away rather than a disclosure widget).
 */
export function WithdrawnReferenceView({ reference }: { reference: WithdrawnReference }) {
  return (
    <span className="withdrawn-ref">
      <span className="withdrawn-ref__name">{withdrawnName(reference)}</span>{" "}
      <a className="withdrawn-ref__mark" href={reference.noticePath} rel="nofollow" title={withdrawnReasonText(reference)}>
        {`(${WITHDRAWN_MARK})`}
      </a>
    </span>
  );
}
