import type { Metadata } from "next";
import Link from "next/link";
import type { EntryKindName } from "@/lib/entries/common-schema";
import { entryPath, KIND_LABELS, KIND_PATHS } from "@/lib/entries/kinds";
import { listPublishedEntries } from "@/lib/entries/list-published-entries";
import { pageMetadata } from "@/lib/seo/site-metadata";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const INTROS: Record<EntryKindName, string> = {
  event: "Events in the record, each with its contested claims and the sources behind them.",
  actor: "People and organisations the sources name: armed groups, state bodies, officials, witnesses, journalists and media.",
  source: "Articles, communiqués, testimonies and reports the record cites, with who published them and where the information comes from.",
};

/** The index of one kind, filterable by type; shared by /events, /actors and /sources. */
export function entryIndexPage(kind: EntryKindName) {
  const label = KIND_LABELS[kind].many;
  const metadata: Metadata = pageMetadata({ title: label, description: INTROS[kind], path: `/${KIND_PATHS[kind]}` });

  async function EntryIndexPage({ searchParams }: Props) {
    const params = await searchParams;
    const type = typeof params.type === "string" ? params.type : undefined;
    const all = await listPublishedEntries({ kind });
    const types = [...new Set(all.map((e) => e.type))].sort();
    const entries = type ? all.filter((e) => e.type === type) : all;
    return (
      <>
        <h1>{label}</h1>
        <p>{INTROS[kind]}</p>
        <nav aria-label={`Filter ${label.toLowerCase()} by type`} className="filters">
          <ul className="nav-list">
            <li>
              <Link href={`/${KIND_PATHS[kind]}`} aria-current={!type ? "page" : undefined}>
                All ({all.length})
              </Link>
            </li>
            {types.map((t) => (
              <li key={t}>
                <Link href={`/${KIND_PATHS[kind]}?type=${encodeURIComponent(t)}`} aria-current={t === type ? "page" : undefined}>
                  {t.replace(/-/g, " ")} ({all.filter((e) => e.type === t).length})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <ul className="entry-index">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={entryPath(kind, entry.slug)}>{entry.title}</Link> <span className="muted">· {entry.type.replace(/-/g, " ")}</span>
              {entry.summary ? <p className="entry-index__summary">{entry.summary}</p> : null}
            </li>
          ))}
        </ul>
        {entries.length === 0 ? <p className="muted">Nothing published here yet.</p> : null}
      </>
    );
  }

  return { metadata, EntryIndexPage };
}
