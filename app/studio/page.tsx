import Link from "next/link";
import { StateBadge } from "@/components/ui/state-badge";
import { listStudioEntries, type StudioEntryRow } from "@/lib/entries/list-studio-entries";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";
import { getStudioLocale } from "@/lib/i18n/studio-locale";
import { getTranslator, type Translator } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";

function EntryList({ rows, empty, t, kindT }: { rows: StudioEntryRow[]; empty: string; t: Translator<"dashboard">; kindT: Translator<"kinds"> }) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={`/studio/entries/${row.id}`}>{row.title}</Link>{" "}
          <span className="muted">{t("rowDetail", { kind: kindT("one", { kind: row.kind }), number: row.latestNumber, author: row.latestAuthor })}</span>{" "}
          <StateBadge state={row.state} />
        </li>
      ))}
    </ul>
  );
}

export default async function StudioDashboard() {
  const actor = await requireActor();
  const [mine, inReview, published] = await Promise.all([
    listStudioEntries({ actor, authorId: actor.id, limit: 20 }),
    listStudioEntries({ actor, state: "IN_REVIEW", limit: 20 }),
    listStudioEntries({ actor, state: "PUBLISHED", limit: 10 }),
  ]);
  const locale = await getStudioLocale();
  const t = getTranslator(locale, "dashboard");
  const kindT = getTranslator(locale, "kinds");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>
        <Link className="button" href="/studio/entries/new?kind=event">
          {t("newEvent")}
        </Link>{" "}
        <Link className="button button--secondary" href="/studio/entries/new?kind=actor">
          {t("newActor")}
        </Link>{" "}
        <Link className="button button--secondary" href="/studio/entries/new?kind=source">
          {t("newSource")}
        </Link>
      </p>
      <section aria-labelledby="mine">
        <h2 id="mine">{t("mine")}</h2>
        <EntryList rows={mine.filter((r) => r.state !== "PUBLISHED")} empty={t("mineEmpty")} t={t} kindT={kindT} />
      </section>
      {can(actor, "review") ? (
        <section aria-labelledby="waiting">
          <h2 id="waiting">{t("waiting")}</h2>
          <EntryList rows={inReview} empty={t("waitingEmpty")} t={t} kindT={kindT} />
        </section>
      ) : null}
      <section aria-labelledby="recent">
        <h2 id="recent">{t("recent")}</h2>
        <EntryList rows={published} empty={t("recentEmpty")} t={t} kindT={kindT} />
      </section>
      <section aria-labelledby="whole-record">
        <h2 id="whole-record">{t("wholeRecord")}</h2>
        <ul>
          <li>
            {/* Files, not pages: plain links, so the browser downloads them. */}
            <a href="/studio/dossier.pdf">{t("dossierPdf")}</a> <span className="muted">{t("dossierPdfNote")}</span>
          </li>
          {can(actor, "export-record") ? (
            <li>
              <a href="/studio/export">{t("export")}</a> <span className="muted">{t("exportNote")}</span>
            </li>
          ) : null}
        </ul>
      </section>
    </>
  );
}
