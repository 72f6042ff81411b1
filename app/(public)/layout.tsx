import type { Metadata } from "next";
import Link from "next/link";
import { siteSocialMetadata } from "@/lib/seo/site-metadata";
import { siteUrl } from "@/lib/site-url";

// Canonical and Open Graph URLs are written relative in each page; this makes them absolute on the public origin.
export async function generateMetadata(): Promise<Metadata> {
  // Pages with their own Open Graph tags (entries) replace these; the share card comes from opengraph-image.tsx.
  return { metadataBase: new URL(`${siteUrl()}/`), ...siteSocialMetadata() };
}

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      {/* Feed autodiscovery on every reader page; React places the link in <head>. */}
      <link rel="alternate" type="application/atom+xml" title="Expediente: published changes" href="/feed.xml" />
      <header className="site-header">
        <div className="container site-header__inner">
          <Link href="/" className="brand">
            Expediente
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <Link href="/events">Events</Link>
              </li>
              <li>
                <Link href="/actors">Actors</Link>
              </li>
              <li>
                <Link href="/sources">Sources</Link>
              </li>
              <li>
                <Link href="/search">Search</Link>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Expediente keeps a sourced, reviewed and versioned record. Every statement cites its source; where sources disagree, the record says so.{" "}
            <Link href="/feed.xml">Feed of published changes</Link> · <Link href="/data">Open data</Link> · <Link href="/dossier">Dossier</Link>.
          </p>
        </div>
      </footer>
    </>
  );
}
