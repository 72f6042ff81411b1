import type { Metadata } from "next";
import Link from "next/link";
import { entryPath } from "@/lib/entries/kinds";
import { getTranslator } from "@/lib/i18n/translator";
import { searchEntries, searchQuerySchema } from "@/lib/search/search-entries";
import { buildSnippet } from "@/lib/search/snippet";
import { pageMetadata } from "@/lib/seo/site-metadata";

export const dynamic = "force-dynamic";
// The English search page; the /es/ tree will render the same form with "es".
const t = getTranslator("en", "search");
export const metadata: Metadata = pageMetadata({
  title: t("title"),
  description: t("description"),
  path: "/search",
});

export default async function SearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const parsed = searchQuerySchema.safeParse({
    q: typeof raw.q === "string" ? raw.q : "",
    kind: typeof raw.kind === "string" && raw.kind ? raw.kind : undefined,
  });
  const query = parsed.success ? parsed.data : { q: "", kind: undefined };
  const hits = query.q ? await searchEntries({ q: query.q, kind: query.kind }) : [];
  return (
    <>
      <h1>{t("heading")}</h1>
      <form role="search" action="/search" className="search-form">
        <div className="form-field">
          <label htmlFor="q">{t("label")}</label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={typeof raw.q === "string" ? raw.q : ""}
            aria-invalid={!parsed.success || undefined}
            aria-describedby={!parsed.success ? "q-error" : undefined}
          />
          {!parsed.success ? (
            <p id="q-error" className="field-error">
              {parsed.error.issues[0]?.message}
            </p>
          ) : null}
        </div>
        <div className="form-field">
          <label htmlFor="kind">{t("in")}</label>
          <select id="kind" name="kind" defaultValue={query.kind ?? ""}>
            <option value="">{t("everything")}</option>
            <option value="event">{t("events")}</option>
            <option value="actor">{t("actors")}</option>
            <option value="source">{t("sources")}</option>
          </select>
        </div>
        <button type="submit" className="button">
          {t("submit")}
        </button>
      </form>
      {/* A search that finds nothing is no page to land on (React places the tag in the head). */}
      {query.q && hits.length === 0 ? <meta name="robots" content="noindex" /> : null}
      {query.q ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t("results", { count: hits.length, query: query.q })}</h2>
          <ol className="search-results">
            {hits.map((hit) => (
              <li key={`${hit.kind}/${hit.slug}`}>
                <Link href={entryPath(hit.kind, hit.slug)}>{hit.title}</Link> <span className="muted">· {hit.kind}</span>
                <p className="search-results__snippet">
                  {buildSnippet(hit.text, query.q).map((part, i) => (part.isMatch ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
