import Link from "next/link";
import { getStudioLocale } from "@/lib/i18n/studio-locale";
import { getTranslator } from "@/lib/i18n/translator";

export default async function Forbidden() {
  const t = getTranslator(await getStudioLocale(), "forbidden");
  return (
    <main id="main" className="container status-page">
      <p className="status-page__code">403</p>
      <h1>{t("heading")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href="/studio">{t("back")}</Link>
      </p>
    </main>
  );
}
