import Link from "next/link";
import { listPublishedEntries } from "@/lib/entries/list-published-entries";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const entries = await listPublishedEntries({ limit: 200 });
  return (
    <>
      <h1>The record</h1>
      <p className="muted">Published entries: {entries.length}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <Link href={`/${entry.kind}s/${entry.slug}`}>{entry.title}</Link> <span className="muted">({entry.kind})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
