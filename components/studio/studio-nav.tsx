"use client";

import { useTranslations } from "use-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type StudioNavItem = { href: string; label: string; count?: number };

/** The studio's sections; the one the editor is in is marked for sight and for screen readers. */
export function StudioNav({ items }: { items: StudioNavItem[] }) {
  const pathname = usePathname();
  const t = useTranslations("studio");
  return (
    <nav aria-label={t("navLabel")}>
      <ul className="nav-list studio-nav">
        {items.map((item) => {
          const isCurrent = item.href !== "/" && (pathname === item.href || pathname.startsWith(`${item.href}/`));
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={isCurrent ? "page" : undefined}>
                {item.label}
                {item.count ? (
                  <>
                    {" "}
                    <span className="badge badge--in_review">
                      {item.count}
                      <span className="visually-hidden"> {t("unread")}</span>
                    </span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
