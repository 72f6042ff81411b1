"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="container status-page">
      <p className="status-page__code">Error</p>
      <h1>Something went wrong on our side</h1>
      <p>Nothing you entered has been lost. Try again; if it keeps happening, tell us this reference:</p>
      <p>
        <code>{error.digest ?? "no reference"}</code>
      </p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Home page</Link>
      </p>
    </main>
  );
}
