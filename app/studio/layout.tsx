import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { SignOutButton } from "@/components/studio/sign-out-button";
import { StudioNav } from "@/components/studio/studio-nav";
import "./editor.css";

export const metadata: Metadata = { title: { default: "Studio", template: "%s · Studio · Expediente" }, robots: { index: false } };

export default async function StudioLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  return (
    <>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/studio" className="brand">
            Expediente Studio
          </Link>
          <StudioNav
            items={[
              { href: "/studio/entries", label: "Entries" },
              ...(can(actor, "review") ? [{ href: "/studio/review", label: "Review" }] : []),
              { href: "/studio/inbox", label: "Inbox", count: await countUnreadNotifications({ actor }) },
              { href: "/studio/scheduled", label: "Scheduled" },
              ...(can(actor, "read-audit") ? [{ href: "/studio/audit", label: "Audit log" }] : []),
              ...(can(actor, "manage-users") ? [{ href: "/studio/users", label: "Users" }] : []),
              { href: "/", label: "Public site" },
            ]}
          />
          <div className="studio-user">
            <span>
              <Link href="/studio/account">{actor.name}</Link> <span className="muted">({actor.role.toLowerCase()})</span>
            </span>{" "}
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="container studio-main">
        {children}
      </main>
    </>
  );
}
