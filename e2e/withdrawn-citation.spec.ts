// Issue 21, breaks 5 and 6 in Chromium: a reviewer withdraws a source that a published event cites. The
// event's readers see the source's last published name marked withdrawn (the reason one click away, no
// bare slug); the event can still be edited, submitted and published; an editor swaps every citation of the
// withdrawn source for another in one step. The data is made by e2e/withdrawn-citation-data.ts.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { afterWithdrawalPromise } from "../lib/links/withdrawn-reference";
import { accessibilityViolations } from "./accessibility";
import { expect, openAs, signIn, test } from "./fixtures";

type Made = {
  cited: { slug: string; title: string; id: string };
  replacement: { slug: string; title: string };
  event: { slug: string; title: string; id: string };
};
let made: Made;
const REASON = "The station retracted the interview: the recording was edited";

test.describe.configure({ mode: "serial" });

test.beforeAll(() => {
  const run = spawnSync(
    process.execPath,
    ["scripts/with-db.mjs", "--no-seed", process.execPath, "--conditions=react-server", "--import", "tsx", "e2e/withdrawn-citation-data.ts"],
    { encoding: "utf8", env: process.env, timeout: 120_000 },
  );
  if (run.status !== 0) throw new Error(`creating the test data failed:\n${run.stderr}`);
  made = JSON.parse(run.stdout.trim().split("\n").at(-1)!) as Made;
});

test("readers of a citing event see the withdrawn source's name marked withdrawn, with the reason one click away", async ({
  page,
  browser,
  expectFailedResources,
}) => {
  test.setTimeout(120_000);
  // The reviewer withdraws the source from its studio page, after reading what the citing event's readers will see.
  // Once withdrawn, the source's address answers 410, which the browser reports as a failed load.
  expectFailedResources(new RegExp(`/sources/${made.cited.slug}`));
  await signIn(page, "reviewer", `/studio/entries/${made.cited.id}`);
  const section = page.getByRole("region", { name: "Withdraw from the public record" });
  const referring = section.getByRole("list", { name: "Published entries that refer to it" });
  await expect(referring.getByRole("link", { name: made.event.title })).toBeVisible();
  await expect(referring).toContainText(afterWithdrawalPromise({ relation: "cites", detail: "" }));
  await section.getByLabel("Public reason (required)").fill(REASON);
  await section.getByRole("button", { name: "Withdraw…" }).click();
  await section.getByRole("button", { name: "Confirm withdrawal" }).click();
  // A withdrawal rebuilds the public pages' generation: give a loaded machine time.
  await expect(page.getByRole("status").filter({ hasText: "Withdrawn." })).toBeVisible({ timeout: 30_000 });

  // A reader of the event: the notes, the timeline, the participant and the claim name it, marked withdrawn.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/events/${made.event.slug}`);
  const main = reader.getByRole("main");
  const label = `${made.cited.title} (withdrawn)`;
  await expect(reader.getByRole("region", { name: "Notes" })).toContainText(`${label}, min. 2:35`);
  await expect(reader.getByRole("region", { name: "Timeline" })).toContainText(`${label}, min. 2:35`);
  await expect(reader.getByRole("region", { name: "Participants" })).toContainText(label);
  await expect(reader.getByRole("region", { name: "Sources" })).toContainText(label);
  await expect(main).not.toContainText(made.cited.slug);
  await expect(main).not.toContainText(made.cited.slug.replaceAll("-", " "));
  await expect(reader.getByRole("link", { name: made.cited.title })).toHaveCount(0);
  expect(await accessibilityViolations(reader)).toEqual([]);
  mkdirSync("test-results", { recursive: true });
  await reader.getByRole("region", { name: "Timeline" }).scrollIntoViewIfNeeded();
  await reader.screenshot({ path: "test-results/withdrawn-citation-reader.png", fullPage: true });

  // One click on the mark: the notice with the public reason.
  await reader.getByRole("region", { name: "Notes" }).getByRole("link", { name: "(withdrawn)" }).click();
  await expect(reader.getByText(REASON)).toBeVisible();
  await reader.context().close();
});

test("the citing event can still be edited, submitted and published; the editor sees the citation flagged in words", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "editor", `/studio/entries/${made.event.id}`);
  const flag = new RegExp(`cites “${made.cited.title.replace(/[()]/g, "\\$&")}”, withdrawn on \\d+ \\w+ \\d{4}: keep, replace or remove`);
  await expect(page.getByRole("region", { name: "Citations of withdrawn sources" })).toContainText(flag);
  await expect(page.getByText(flag).first()).toBeVisible();
  await expect(page.getByText("Not chosen from the list: check the slug")).toHaveCount(0);
  expect(await accessibilityViolations(page)).toEqual([]);

  await page.getByLabel("Summary", { exact: true }).fill("A test event for a withdrawn source. Edited and published after the withdrawal.");
  await page.getByLabel("Edit summary (required)").fill("Edit after the source was withdrawn");
  await page.getByRole("button", { name: "Save and submit for review" }).click();
  await page.waitForURL(/saved=\d+&submitted=1/, { timeout: 30_000 });

  const reviewer = await openAs(browser, "reviewer", "/studio/review");
  await reviewer.getByRole("link", { name: made.event.title }).first().click();
  await expect(reviewer.getByText("Cannot be published yet")).toHaveCount(0);
  await reviewer.getByRole("button", { name: "Approve and publish" }).click();
  await expect(reviewer.getByText("Approved and published.")).toBeVisible({ timeout: 30_000 });
  await reviewer.context().close();

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/events/${made.event.slug}`);
  await expect(reader.getByText("Edited and published after the withdrawal.")).toBeVisible();
  await expect(reader.getByRole("region", { name: "Notes" })).toContainText(`${made.cited.title} (withdrawn)`);
  await reader.context().close();
});

test("an editor replaces every citation of the withdrawn source with another in one step", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "editor", `/studio/entries/${made.event.id}`);
  const panel = page.getByRole("region", { name: "Citations of withdrawn sources" });
  await expect(panel).toContainText("(4 citations)");
  await panel.getByLabel("Replace with").fill(made.replacement.title.slice(0, 12));
  await page.getByRole("option", { name: made.replacement.title }).click();
  await panel.getByRole("button", { name: `Replace all 4 citations with “${made.replacement.title}”` }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(new RegExp(`\\[@${made.replacement.slug}, min\\. 2:35\\]`));
  await page.getByLabel("Edit summary (required)").fill("Replace the withdrawn source");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/saved=\d+/, { timeout: 30_000 });
  await expect(page.getByText(`→ ${made.replacement.title}`).first()).toBeVisible();
});
