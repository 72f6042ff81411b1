import type { Metadata } from "next";
import Link from "next/link";
import { getStudioLocale } from "@/lib/i18n/studio-locale";
import { getTranslator } from "@/lib/i18n/translator";
import { ENTRY_KINDS } from "@/lib/entries/common-schema";
import { KIND_LABELS } from "@/lib/entries/kinds";
import { listEntryAuthors } from "@/lib/entries/list-entry-authors";
import { ENTRY_PAGE_SIZE, pageStudioEntries } from "@/lib/entries/list-studio-entries";
import { listReviewers } from "@/lib/review/list-reviewers";
import { EntryTable } from "@/components/studio/entries/entry-table";
import { isRevisionState, REVISION_STATES, STATE_LABELS } from "@/lib/revisions/revision-state";
import { requireActor } from "@/lib/users/current-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Entries" };

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export default async function EntriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor("read-drafts");
  const params = await searchParams;
  // Unknown filter values are ignored rather than failing: the form only offers valid ones.
  const kindParam = one(params.kind);
  const kind = ENTRY_KINDS.find((k) => k === kindParam);
  const stateParam = one(params.state);
  const state = isRevisionState(stateParam) ? stateParam : undefined;
  const q = one(params.q).slice(0, 200);
  const authors = await listEntryAuthors({ actor });
  const authorParam = one(params.author);
  const authorId = authorParam === "me" ? actor.id : authors.some((a) => a.id === authorParam) ? authorParam : undefined;
  const after = one(params.after) || undefined;
  const before = one(params.before) || undefined;
  const [page, reviewers] = await Promise.all([
    pageStudioEntries({ actor, kind, state, authorId, q: q || undefined, after, before }),
    listReviewers({ actor }),
  ]);
  const isFiltered = Boolean(kind || state || authorId || q);
  // The filters travel with the cursor, so a page link keeps them.
  const filters = {
    ...(q ? { q } : {}),
    ...(kind ? { kind } : {}),
    ...(state ? { state } : {}),
    ...(authorParam && (authorParam === "me" || authorId) ? { author: authorParam } : {}),
  };
  const pageHref = (cursor: { after: string } | { before: string }) => `/studio/entries?${new URLSearchParams({ ...filters, ...cursor }).toString()}`;
  const pageKey = `${after ?? ""}|${before ?? ""}|${new URLSearchParams(filters).toString()}`;

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
        {getTranslator(await getStudioLocale(), "entryIndex")("count", { total: page.total, pageSize: ENTRY_PAGE_SIZE })}
      </p>
      {page.rows.length > 0 ? <EntryTable key={pageKey} rows={page.rows} reviewers={reviewers} /> : null}
      {page.previous || page.next ? (
        <nav className="pager" aria-label="Pages of entries">
          {page.previous ? (
            <Link href={pageHref({ before: page.previous })} rel="prev">
              ← Newer entries
            </Link>
          ) : (
            <span />
          )}
          {page.next ? (
            <Link href={pageHref({ after: page.next })} rel="next">
              Older entries →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
