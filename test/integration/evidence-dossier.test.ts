import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listPublishedEntries } from "@/lib/entries/list-published-entries";
import type { Actor } from "@/lib/users/permissions";
import { startAppServer, type AppServer } from "./app-server";
import { actorContent, createEntry, makeActor, sourceContent, uniqueSlug } from "./fixtures";

let app: AppServer;
let editor: Actor;

beforeAll(async () => {
  [app, editor] = await Promise.all([startAppServer(3321), makeActor("EDITOR")]);
});
afterAll(() => app.stop());

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
const decode = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e] ?? e);

describe("the dossier", () => {
  it("holds every published entry's title, its revision number, and numbered references; never a draft", async () => {
    const word = `Dossierdraft${Date.now()}`;
    await createEntry("actor", actorContent(uniqueSlug("dossier-draft"), { title: `Actor ${word}` }), editor);
    await createEntry("source", sourceContent(uniqueSlug("dossier-draft-source"), { title: `Source ${word}` }), editor);

    const response = await fetch(`${app.url}/dossier`);
    expect(response.status).toBe(200);
    const html = decode(await response.text());
    const published = await listPublishedEntries({ limit: 10_000 });
    expect(published.length).toBeGreaterThan(50);
    for (const entry of published) expect(html, entry.title).toContain(entry.title);
    expect(html).not.toContain(word);

    // The event's revision number, and references numbered from 1 in one list at the end.
    expect(html).toMatch(/Revision \d+, published \d{4}-\d{2}-\d{2}/);
    const references = html.slice(html.indexOf('id="references"'));
    const numbers = [...references.matchAll(/<li id="ref-(\d+)"/g)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThanOrEqual(published.filter((e) => e.kind === "source").length);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    // Claims cite the references by number, and the death toll shows where sources disagree.
    expect(html).toMatch(/href="#ref-\d+">\[\d+/);
    expect(html).toContain("Death toll");
    expect(html).toContain("disputed");
    expect(html).toMatch(/Produced \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });
});
