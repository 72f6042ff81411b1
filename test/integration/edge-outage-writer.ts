// Run by edge-outage.test.ts as a child process against the outage instance's database: saves revisions
// of a few entries in a loop, as editors would, and prints one JSON line per answer, so the test can
// check after PostgreSQL's restart that every save reported as done is in the database.
import { saveRevision } from "@/lib/revisions/save-revision";
import { actorContent, createEntry, makeActor, uniqueSlug } from "./fixtures";

const WRITERS = 4;
const durationMs = Number(process.argv[2] ?? 8000);

async function writer(index: number) {
  const editor = await makeActor("EDITOR");
  const slug = uniqueSlug(`outage-writer-${index}`);
  const created = await createEntry("actor", actorContent(slug), editor);
  const entryId = created.entryId;
  let revisionId = created.revisionId;
  console.log(JSON.stringify({ ok: true, entryId, revisionId, number: 1 }));
  const deadline = Date.now() + durationMs;
  for (let i = 2; Date.now() < deadline; i++) {
    try {
      const saved = await saveRevision({
        actor: editor,
        kind: "actor",
        entryId,
        baseRevisionId: revisionId,
        content: actorContent(slug, { description: `Save ${i}` }),
        summary: `Save ${i}`,
      });
      if (saved.ok) {
        revisionId = saved.revisionId;
        console.log(JSON.stringify({ ok: true, entryId, revisionId, number: saved.number }));
      } else console.log(JSON.stringify({ ok: false, refused: true }));
    } catch {
      console.log(JSON.stringify({ ok: false }));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));
process.exit(0);
