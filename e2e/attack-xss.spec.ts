// The XSS corpus in a real browser: payloads (script tags, event handlers, javascript:/data: links in
// every spelling, SVG/MathML, attribute breakouts) saved in every text field of a source, an actor and
// an event, in citations, locators, claim notes, aliases, edit summaries, a review comment, a withdrawal
// reason, a hidden revision's reason and an author's name; published by a reviewer through the data
// layer (e2e/attack-xss-data.ts). Then every public page, the feed, the sitemap, the JSON API, JSON-LD
// and every studio screen are opened in Chromium with alert/confirm/prompt and a sentinel trapped, and
// the DOM is scanned for event-handler attributes and script URLs. 0 executed, 0 found, and no
// Content-Security-Policy violation.
import { spawnSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { MARKDOWN_LINKS, PAYLOADS } from "./attack-xss-payloads";
import { expect, signIn, test } from "./fixtures";

type Corpus = {
  payloads: number;
  source: { slug: string; id: string };
  actor: { slug: string; id: string };
  event: { slug: string; id: string };
  commented: { id: string; reviewId: string };
  withdrawn: { slug: string };
  openReviewId: string;
};
let corpus: Corpus;

test.beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    ["scripts/with-db.mjs", "--no-seed", process.execPath, "--conditions=react-server", "--import", "tsx", "e2e/attack-xss-data.ts"],
    {
      encoding: "utf8",
      env: process.env,
      timeout: 120_000,
    },
  );
  if (run.status !== 0) throw new Error(`creating the XSS corpus failed:\n${run.stderr}`);
  corpus = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Corpus;
});

const TRAP = () => {
  const w = window as unknown as { __xssCalls: string[]; __csp: string[]; __xss: (label: unknown) => void } & Record<string, unknown>;
  w.__xssCalls = [];
  w.__csp = [];
  w.__xss = (label) => w.__xssCalls.push(`sentinel:${String(label)}`);
  for (const name of ["alert", "confirm", "prompt", "print"]) {
    w[name] = (...args: unknown[]) => {
      w.__xssCalls.push(`${name}:${args.map(String).join(",")}`);
      return null;
    };
  }
  document.addEventListener("securitypolicyviolation", (event) => w.__csp.push(`${event.violatedDirective} ${event.blockedURI}`), true);
};

/** Handlers and script URLs anywhere in the DOM, elements a payload would inject, JSON-LD that does not parse. */
const SCAN = () => {
  const problems: string[] = [];
  const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction", "xlink:href", "data", "srcdoc", "background", "poster", "ping"]);
  for (const element of Array.from(document.querySelectorAll("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`<${element.tagName.toLowerCase()} ${name}>`);
      if (URL_ATTRIBUTES.has(name)) {
        const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
        if (/^(javascript|vbscript|livescript):|^data:(?!image\/(png|jpeg|gif|webp);)/.test(value))
          problems.push(`<${element.tagName.toLowerCase()} ${name}="${attribute.value.slice(0, 60)}">`);
      }
    }
  }
  for (const element of Array.from(
    document.querySelectorAll("iframe, object, embed, frame, base, img[src='x'], details[ontoggle], math, meta[http-equiv='refresh']"),
  )) {
    problems.push(`injected <${element.tagName.toLowerCase()}>`);
  }
  for (const script of Array.from(document.querySelectorAll("script[type='application/ld+json']"))) {
    try {
      JSON.parse(script.textContent ?? "");
    } catch {
      problems.push("JSON-LD that does not parse");
    }
  }
  return problems;
};

async function expectInert(page: Page, path: string, status = 200) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await page.waitForLoadState("networkidle");
  // Give onerror/onload/ontoggle/autofocus handlers a moment to fire, were there any.
  await page.waitForTimeout(150);
  const { calls, csp } = await page.evaluate(() => {
    const w = window as unknown as { __xssCalls: string[]; __csp: string[] };
    return { calls: w.__xssCalls, csp: w.__csp };
  });
  expect(calls, `executed on ${path}`).toEqual([]);
  expect(dialogs, `dialogs on ${path}`).toEqual([]);
  expect(csp, `CSP violations on ${path}`).toEqual([]);
  expect(await page.evaluate(SCAN), `handlers or script URLs in ${path}`).toEqual([]);
}

test.describe("the XSS corpus", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(TRAP);
  });

  test("no payload runs on any public page, feed, sitemap, API answer or JSON-LD", async ({ page, expectFailedResources }) => {
    test.setTimeout(180_000);
    const { source, actor, event, withdrawn } = corpus;
    expect(corpus.payloads).toBeGreaterThan(150);
    // Opened directly, the feed, sitemap and JSON have no icon link: Chromium asks for /favicon.ico.
    expectFailedResources(/\/favicon\.ico$/);
    const pages = [
      "/",
      "/events",
      "/actors",
      "/sources",
      `/events/${event.slug}`,
      `/events/${event.slug}/history`,
      `/actors/${actor.slug}`,
      `/actors/${actor.slug}/history`,
      `/sources/${source.slug}`,
      `/sources/${source.slug}/history`,
      `/events/san-miguel-del-ene-attack`, // links to the payload event as related
      `/search?q=${encodeURIComponent("Event")}`,
      `/search?q=${encodeURIComponent(PAYLOADS[1]!)}`,
      "/feed.xml",
      "/sitemap.xml",
      `/api/v1/events/${event.slug}`,
      `/api/v1/actors/${actor.slug}/revisions`,
      `/api/v1/entries?q=${encodeURIComponent("xss")}`,
    ];
    for (const path of pages) await expectInert(page, path);
    // JSON-LD is there and carries the payload title as data, not markup.
    await page.goto(`/events/${event.slug}`);
    const jsonLd = await page.locator("script[type='application/ld+json']").allTextContents();
    expect(jsonLd.length).toBeGreaterThan(0);
    expect(jsonLd.join("")).not.toContain("</script");
    // The withdrawn entry's page shows the payload reason as text (410).
    expectFailedResources(new RegExp(`/actors/${withdrawn.slug}$`));
    await expectInert(page, `/actors/${withdrawn.slug}`, 410);
  });

  test("no payload runs on any studio screen: editor, history, compare, review, queue, audit, users", async ({ page }) => {
    test.setTimeout(240_000);
    const { source, actor, event, commented, openReviewId } = corpus;
    await signIn(page, "admin", "/studio");
    const pages = [
      "/studio",
      "/studio/entries",
      `/studio/entries?q=${encodeURIComponent(PAYLOADS[0]!)}`,
      `/studio/entries/${event.id}`,
      `/studio/entries/${actor.id}`,
      `/studio/entries/${source.id}`,
      `/studio/entries/${commented.id}`,
      `/studio/entries/${event.id}/history`,
      `/studio/entries/${actor.id}/history`,
      `/studio/entries/${event.id}/compare?from=1&to=2`,
      `/studio/entries/${actor.id}/compare?from=1&to=3`,
      `/studio/entries/${actor.id}/compare?from=2&to=3`,
      "/studio/review",
      `/studio/review/${openReviewId}`,
      `/studio/review/${commented.reviewId}`,
      "/studio/audit",
      "/studio/users",
    ];
    for (const path of pages) await expectInert(page, path);
    // The editor's live preview renders the body in the browser: type the Markdown links into it.
    await page.goto(`/studio/entries/${actor.id}`);
    await page.getByLabel("Body", { exact: true }).fill(`${MARKDOWN_LINKS.join("\n\n")}\n\n${PAYLOADS.join("\n\n")}`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xssCalls: string[] }).__xssCalls)).toEqual([]);
    expect(await page.evaluate(SCAN)).toEqual([]);
  });
});
