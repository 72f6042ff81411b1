import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import { Timestamp } from "@/components/ui/timestamp";
import { auditSentence } from "@/lib/audit/audit-sentence";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("read-audit");
  const params = await searchParams;
  const filter = Object.fromEntries(Object.entries(params).flatMap(([key, value]) => (typeof value === "string" && value !== "" ? [[key, value]] : [])));
  const { rows, nextBefore, actions, actors } = await listAuditEvents({ actor, filter });
  const nextQuery = new URLSearchParams({ ...filter, before: String(nextBefore ?? "") });
  const { before: _before, ...filterWithoutPage } = filter;
  const newestQuery = new URLSearchParams(filterWithoutPage);
  return (
    <>
      <h1>Audit log</h1>
      <p className="muted">Every change, decision and sign-in, as it happened. Lines are never edited or removed.</p>
      <form className="search-form" action="/studio/audit">
        <div className="form-field">
          <label htmlFor="audit-action">Action</label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
            <option value="">Any</option>
            {actions.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="audit-actor">Who</label>
          <select id="audit-actor" name="actorId" defaultValue={filter.actorId ?? ""}>
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      <ol className="audit-log" aria-label="Audit lines, newest first">
        {rows.map((row) => (
          <li key={row.id} className="audit-line">
            <Timestamp date={row.at} />{" "}
            <span className="audit-line__sentence">
              {auditSentence(row.subject).map((part, i) =>
                part.href ? (
                  <Link key={i} href={part.href}>
                    {part.text}
                  </Link>
                ) : (
                  <Fragment key={i}>{part.text}</Fragment>
                ),
              )}
            </span>
          </li>
        ))}
      </ol>
      {rows.length === 0 ? <p>No lines match.</p> : null}
      <nav className="pager" aria-label="Pages of the audit log">
        {filter.before ? <Link href={`/studio/audit?${newestQuery.toString()}`}>← Newest lines</Link> : <span />}
        {nextBefore ? (
          <Link href={`/studio/audit?${nextQuery.toString()}`} rel="next">
            Older lines →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
