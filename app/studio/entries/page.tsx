import type { Metadata } from "next";
import Link from "next/link";
import { StateBadge } from "@/components/ui/state-badge";
import { Timestamp } from "@/components/ui/timestamp";
import { ENTRY_KINDS, type EntryKindName } from "@/lib/entries/common-schema";
import { entryPath, KIND_LABELS } from "@/lib/entries/kinds";
import { listEntryAuthors } from "@/lib/entries/list-entry-authors";
import { listStudioEntries } from "@/lib/entries/list-studio-entries";
import { isRevisionState, REVISION_STATES, STATE_LABELS } from "@/lib/revisions/revision-state";
import { requireActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entries" };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export default async function EntriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("read-drafts", "/studio/entries");
  const params = await searchParams;
  // Unknown filter values are ignored rather than failing: the form only offers valid ones.
  const kindParam = one(params.kind);
  const kind = (ENTRY_KINDS as readonly string[]).includes(kindParam) ? (kindParam as EntryKindName) : undefined;
  const stateParam = one(params.state);
  const state = isRevisionState(stateParam) ? stateParam : undefined;
  const q = one(params.q).slice(0, 200);
  const authors = await listEntryAuthors({ actor });
  const authorParam = one(params.author);
  const authorId = authorParam === "me" ? actor.id : authors.some((a) => a.id === authorParam) ? authorParam : undefined;
  const rows = await listStudioEntries({ actor, kind, state, authorId, q: q || undefined });
  const isFiltered = Boolean(kind || state || authorId || q);

  return (
    <>
      <div className="page-head">
        <h1>Entries</h1>
        <p className="page-head__actions">
          <Link className="button" href="/studio/entries/new?kind=event">
            New event
          </Link>
          <Link className="button button--secondary" href="/studio/entries/new?kind=actor">
            New actor
          </Link>
          <Link className="button button--secondary" href="/studio/entries/new?kind=source">
            New source
          </Link>
        </p>
      </div>
      <form className="entry-filters" action="/studio/entries" role="search" aria-label="Filter entries">
        <div className="form-field entry-filters__q">
          <label htmlFor="filter-q">Title or address contains</label>
          <input id="filter-q" name="q" type="search" defaultValue={q} />
        </div>
        <div className="form-field">
          <label htmlFor="filter-kind">Kind</label>
          <select id="filter-kind" name="kind" defaultValue={kind ?? ""}>
            <option value="">All kinds</option>
            {ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k].many}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="filter-state">State of the latest revision</label>
          <select id="filter-state" name="state" defaultValue={state ?? ""}>
            <option value="">Any state</option>
            {REVISION_STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="filter-author">Last saved by</label>
          <select id="filter-author" name="author" defaultValue={authorParam === "me" ? "me" : (authorId ?? "")}>
            <option value="">Anyone</option>
            <option value="me">Me</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="entry-filters__buttons">
          <button type="submit" className="button">
            Filter
          </button>
          {isFiltered ? <Link href="/studio/entries">Clear filters</Link> : null}
        </div>
      </form>
      <p className="muted" role="status">
        {rows.length === 0
          ? "No entries match."
          : `${rows.length} ${rows.length === 1 ? "entry" : "entries"}${rows.length >= 200 ? " (the 200 most recently changed)" : ""}`}
      </p>
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="entry-table stack-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Kind</th>
                <th scope="col">State</th>
                <th scope="col">Latest revision</th>
                <th scope="col">
                  <span className="visually-hidden">Links</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="stack-table__title">
                    <Link href={`/studio/entries/${row.id}`}>{row.title}</Link>
                    <br />
                    <code className="muted">{row.slug}</code>
                  </td>
                  <td data-label="Kind">{KIND_LABELS[row.kind].one}</td>
                  <td data-label="State">
                    <StateBadge state={row.state} />
                    {row.isWithdrawn ? <StateBadge state="WITHDRAWN" /> : null}
                    {row.isPublished && row.hasUnpublishedChanges ? <span className="muted entry-table__note">an older revision is live</span> : null}
                  </td>
                  <td data-label="Latest revision">
                    {row.latestNumber} · {row.latestAuthor}
                    <br />
                    <span className="muted entry-table__note">
                      <Timestamp date={row.updatedAt} />
                    </span>
                  </td>
                  <td className="entry-table__links">
                    <Link href={`/studio/entries/${row.id}`} aria-label={`Edit ${row.title}`}>
                      Edit
                    </Link>{" "}
                    ·{" "}
                    <Link href={`/studio/entries/${row.id}/history`} aria-label={`History of ${row.title}`}>
                      History
                    </Link>
                    {row.isPublished ? (
                      <>
                        {" "}
                        ·{" "}
                        <Link href={entryPath(row.kind, row.slug)} aria-label={`Public page of ${row.title}`}>
                          Public page
                        </Link>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
