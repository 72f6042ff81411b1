import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="container status-page">
      <p className="status-page__code">404</p>
      <h1>This page is not in the record</h1>
      <p>The address may be mistyped, or the entry may never have been published.</p>
      <p>
        <Link href="/">Go to the home page</Link> or <Link href="/search">search the record</Link>.
      </p>
    </main>
  );
}
