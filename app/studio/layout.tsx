import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/users/current-actor";
import { can } from "@/lib/users/permissions";
import { SignOutButton } from "@/components/studio/sign-out-button";
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
          <nav aria-label="Studio">
            <ul className="nav-list">
              <li>
                <Link href="/studio/entries">Entries</Link>
              </li>
              {can(actor, "review") ? (
                <li>
                  <Link href="/studio/review">Review</Link>
                </li>
              ) : null}
              {can(actor, "read-audit") ? (
                <li>
                  <Link href="/studio/audit">Audit log</Link>
                </li>
              ) : null}
              {can(actor, "manage-users") ? (
                <li>
                  <Link href="/studio/users">Users</Link>
                </li>
              ) : null}
              <li>
                <Link href="/">Public site</Link>
              </li>
            </ul>
          </nav>
          <div className="studio-user">
            <span>
              {actor.name} <span className="muted">({actor.role.toLowerCase()})</span>
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
