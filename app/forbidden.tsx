import Link from "next/link";

export default function Forbidden() {
  return (
    <main id="main" className="container status-page">
      <p className="status-page__code">403</p>
      <h1>Your role does not allow this</h1>
      <p>Ask an administrator if you need access. Nothing was changed.</p>
      <p>
        <Link href="/studio">Back to the studio</Link>
      </p>
    </main>
  );
}
