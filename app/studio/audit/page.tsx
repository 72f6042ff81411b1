import type { Metadata } from "next";
import Link from "next/link";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { requireActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("read-audit", "/studio/audit");
  const params = await searchParams;
  const filter = Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === "string" && v !== "")) as Record<string, string>;
  const { rows, nextBefore, actions, actors } = await listAuditEvents({ actor, filter });
  const nextQuery = new URLSearchParams({ ...filter, before: String(nextBefore ?? "") });
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
      <div className="table-wrap">
        <table className="stack-table">
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Entry</th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td data-label="When (UTC)">
                  <time dateTime={row.at.toISOString()}>{row.at.toISOString().replace("T", " ").slice(0, 19)}</time>
                </td>
                <td data-label="Who">{row.actor ?? "system"}</td>
                <td data-label="Action">
                  <code>{row.action}</code>
                </td>
                <td data-label="Entry">{row.entryId ? <Link href={`/studio/entries/${row.entryId}/history`}>{row.entryTitle ?? row.entryId}</Link> : null}</td>
                <td data-label="Detail">
                  <code className="audit-detail">{JSON.stringify(row.detail)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBefore ? <Link href={`/studio/audit?${nextQuery.toString()}`}>Older lines →</Link> : null}
    </>
  );
}
