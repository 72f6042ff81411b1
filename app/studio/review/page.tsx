import type { Metadata } from "next";
import Link from "next/link";
import { Timestamp } from "@/components/ui/timestamp";
import { listOpenReviews } from "@/lib/review/list-open-reviews";
import { requireActor } from "@/lib/users/current-actor";
import { getStudioLocale, getTitleLocale } from "@/lib/i18n/studio-locale";
import { getTranslator } from "@/lib/i18n/translator";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: getTranslator(await getTitleLocale(), "reviewQueue")("title") };
}

export default async function ReviewQueuePage() {
  const actor = await requireActor("review");
  const reviews = await listOpenReviews({ actor });
  const locale = await getStudioLocale();
  const t = getTranslator(locale, "reviewQueue");
  const kindT = getTranslator(locale, "kinds");
  return (
    <>
      <h1>{t("heading")}</h1>
      {reviews.length === 0 ? <p className="muted">{t("empty")}</p> : null}
      <ul className="entry-index">
        {reviews.map((review) => (
          <li key={review.id}>
            <Link href={`/studio/review/${review.id}`}>{review.title}</Link>{" "}
            <span className="muted">
              {t("detail", { kind: kindT("one", { kind: review.kind }), number: review.number, author: review.submittedBy })}{" "}
              <Timestamp date={review.submittedAt} style="date" />
            </span>
            {review.assignedTo ? (
              <span className={review.assignedTo.id === actor.id ? "badge badge--in_review" : "muted"}>
                {" "}
                · {review.assignedTo.id === actor.id ? t("assignedToYou") : t("assignedTo", { name: review.assignedTo.name })}
              </span>
            ) : null}
            {review.isOwnChange ? <span className="badge badge--in_review"> {t("yourChange")}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
