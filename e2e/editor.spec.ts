// The entry editor on its own: bad input, server-side rules, autosave and its restore offer, edit conflicts.
import type { Browser, Locator, Page } from "@playwright/test";
import { expect, openAs, prepareEditConflict, signIn, test } from "./fixtures";

test("bad input gets a message next to the field and the typed text stays", async ({ page }) => {
  await signIn(page, "editor", "/studio/entries/new?kind=event");
  await page.getByLabel("Title (required)").fill("X");
  const slug = page.getByLabel("Address (slug) (required)");
  await slug.fill("bad slug!");
  await page.getByLabel("Local time").fill("25:99");
  await page.getByLabel("Edit summary (required)").fill("Try a bad event");
  await page.getByRole("button", { name: "Create draft" }).click();

  // Client-side, with the same zod schema as the server: messages next to the fields, text kept.
  await expect(page.getByRole("alert").filter({ hasText: "fields need attention" })).toBeVisible();
  await expect(slug).toHaveValue("bad-slug!");
  await expect(slug).toHaveAttribute("aria-invalid", "true");
  const slugError = page.locator(`#${(await slug.getAttribute("aria-describedby"))!.split(" ").find((id) => id.endsWith("-error"))}`);
  await expect(slugError).toHaveText("Lowercase letters, digits and single hyphens only");
  await expect(page.getByLabel("Title (required)")).toHaveValue("X");
  await expect(page.locator("#f-title-error")).toHaveText("At least 2 characters");
  await expect(page.getByLabel("Place name (required)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Local time")).toHaveValue("25:99");
  await expect(page.locator("#f-date-localTime-error")).toHaveText("Use HH:MM, 24-hour");
  await expect(page).toHaveURL(/\/studio\/entries\/new\?kind=event$/);
});

test("a rule only the server knows (a taken address) is shown next to the field, nothing is saved", async ({ page }) => {
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill("A second MPCP");
  const slug = page.getByLabel("Address (slug) (required)");
  await slug.fill("ojo-publico");
  await page.getByLabel("Edit summary (required)").fill("Duplicate address");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page.locator("#f-slug-error")).toHaveText('Another actor already uses the address "ojo-publico"');
  await expect(slug).toHaveAttribute("aria-invalid", "true");
  await expect(slug).toHaveValue("ojo-publico");
  await expect(page.getByLabel("Name (required)")).toHaveValue("A second MPCP");
  await expect(page).toHaveURL(/\/studio\/entries\/new\?kind=actor$/);
  // Editing the field clears the server's message for it.
  await slug.fill(`second-mpcp-${Date.now()}`);
  await expect(page.locator("#f-slug-error")).toHaveCount(0);
});

test("work in progress is autosaved and offered back when the form opens again", async ({ page }) => {
  await signIn(page, "editor", "/studio/entries/new?kind=source");
  const title = `Autosaved source ${Date.now()}`;
  await page.getByLabel("Title (required)").fill(title);
  await expect(page.getByText(/Work in progress autosaved at/)).toBeVisible({ timeout: 15_000 });
  page.on("dialog", (dialog) => void dialog.accept()); // the unsaved-changes guard
  await page.reload();
  await expect(page.getByText(/You have unsaved work from/)).toBeVisible();
  await expect(page.getByLabel("Title (required)")).toHaveValue("");
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByLabel("Title (required)")).toHaveValue(title);
  // Discarding removes the offer for good.
  await page.reload();
  await page.getByRole("button", { name: "Discard" }).click();
  await expect(page.getByText("Discarded the autosaved work.")).toBeVisible();
  await page.reload();
  await expect(page.getByText(/You have unsaved work from/)).toHaveCount(0);
});

test("an edit conflict shows both versions side by side and saves the resolution", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const other = await prepareEditConflict(page, browser, `Conflict test actor ${Date.now()}`);

  await expect(page.getByText(/Also open by Mateo Editor/)).toBeVisible({ timeout: 20_000 });
  await page.getByLabel("Edit summary (required)").fill("My edit");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Someone else saved this entry while you were editing" })).toBeVisible();
  await expect(page.getByLabel("Their version of Body")).toHaveText("Their version of the text.");
  const mine = page.getByLabel("Your version of Body");
  await expect(mine).toHaveValue("My version of the text.");
  await expect(page.getByText(/Your changes to Description do not overlap/)).toBeVisible();
  // Nothing is chosen for the editor: saving waits for a choice.
  for (const radio of await page.getByRole("radio").all()) await expect(radio).not.toBeChecked();
  await expect(page.getByRole("button", { name: "Save on top of revision 2" })).toBeDisabled();
  await mine.fill("My version of the text, after reading theirs.");
  await expect(page.getByRole("radio", { name: "Keep yours" })).toBeChecked();
  await page.getByRole("button", { name: "Save on top of revision 2" }).click();
  await page.waitForURL(/saved=3/);
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("My version of the text, after reading theirs.");
  await expect(page.getByLabel("Description")).toHaveValue("Only I changed the description.");
  await other.context().close();
});

const BODY = ["The army reported the attack on 24 May.", "", "Witnesses described the night.", "", "The prosecutor opened an inquiry."].join("\n");

/** An actor with a body of three paragraphs, created by editor@ on `page`, open in editor2@'s browser too. */
async function twoEditorsOnOneBody(page: Page, browser: Browser, title: string): Promise<{ other: Page; path: string }> {
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(title);
  await page.getByLabel("Body", { exact: true }).fill(BODY);
  await page.getByLabel("Edit summary (required)").fill("Start");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/saved=1/);
  const path = new URL(page.url()).pathname;
  const other = await openAs(browser, "editor2", path);
  await expect(other.getByLabel("Body", { exact: true })).toHaveValue(BODY);
  return { other, path };
}

/** Types at the start or the end of a text box, as a person does (the caret moved with the keyboard). */
async function typeAt(box: Locator, where: "start" | "end", text: string) {
  await box.focus();
  await box.press(where === "start" ? "Control+Home" : "Control+End");
  await box.pressSequentially(text);
}

test("two editors adding to the two ends of one body both keep their text", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { other, path } = await twoEditorsOnOneBody(page, browser, `Two ends actor ${Date.now()}`);
  const top = "A line added at the top.";
  const end = " A sentence added at the end.";

  await typeAt(other.getByLabel("Body", { exact: true }), "start", `${top}\n`);
  await other.getByLabel("Edit summary (required)").fill("Line at the top");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await other.waitForURL(/saved=2/);

  await typeAt(page.getByLabel("Body", { exact: true }), "end", end);
  await page.getByLabel("Edit summary (required)").fill("Sentence at the end");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/saved=3&merged=1/);
  await expect(page.getByText("Saved as revision 3, merged with changes someone else saved meanwhile.")).toBeVisible();

  // Both texts are in the saved revision, for both editors and in the preview of revision 3.
  const both = `${top}\n${BODY}${end}`;
  await page.goto(path);
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(both);
  await other.goto(path);
  await expect(other.getByLabel("Body", { exact: true })).toHaveValue(both);
  await page.goto(`${path}/preview?revision=3`);
  await expect(page.getByText(top)).toBeVisible();
  await expect(page.getByText(/The prosecutor opened an inquiry\. A sentence added at the end\./)).toBeVisible();
  await other.context().close();
});

test("overlapping edits of one body: both texts side by side, nothing chosen, and the choice is saved", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { other } = await twoEditorsOnOneBody(page, browser, `Overlap actor ${Date.now()}`);
  const body = other.getByLabel("Body", { exact: true });
  await body.fill(BODY.replace("Witnesses described the night.", "Three witnesses described the night."));
  await other.getByLabel("Edit summary (required)").fill("Their edit");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await other.waitForURL(/saved=2/);

  // This editor also adds a line at the top, which merges, and rewrites the same middle line, which cannot.
  await page
    .getByLabel("Body", { exact: true })
    .fill(`Opening line.\n${BODY.replace("Witnesses described the night.", "Witnesses described the night of 23 May.")}`);
  await page.getByLabel("Edit summary (required)").fill("My edit");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Someone else saved this entry while you were editing" })).toBeVisible();
  await expect(page.getByLabel("Their version of Body")).toHaveText("Three witnesses described the night.");
  await expect(page.getByLabel("Your version of Body")).toHaveValue("Witnesses described the night of 23 May.");
  await expect(page.getByLabel("Merged text of Body").first()).toContainText("Opening line.");
  for (const radio of await page.getByRole("radio").all()) await expect(radio).not.toBeChecked();
  const save = page.getByRole("button", { name: "Save on top of revision 2" });
  await expect(save).toBeDisabled();
  await expect(page.getByText("One overlap still needs a choice.")).toBeVisible();
  await page.getByRole("region", { name: "Someone else saved this entry while you were editing" }).screenshot({ path: "test-results/conflict-screen.png" });

  await page.getByRole("radio", { name: "Keep both, theirs first" }).check();
  await expect(save).toBeEnabled();
  await save.click();
  await page.waitForURL(/saved=3/);
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(
    `Opening line.\n${BODY.replace("Witnesses described the night.", "Three witnesses described the night.\nWitnesses described the night of 23 May.")}`,
  );
  await other.context().close();
});

test("work left in a closed tab is still offered after someone else saved, and saving it merges", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  await signIn(page, "editor", "/studio/entries/new?kind=actor");
  await page.getByLabel("Name (required)").fill(`Closed tab actor ${stamp}`);
  await page.getByLabel("Edit summary (required)").fill("Start");
  await page.getByRole("button", { name: "Create draft" }).click();
  await page.waitForURL(/saved=1/);
  const path = new URL(page.url()).pathname;

  // This editor's work is autosaved, then the tab is gone.
  await page.getByLabel("Description").fill("Written before the tab closed.");
  await expect(page.getByText(/Work in progress autosaved at/)).toBeVisible({ timeout: 15_000 });
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/studio");

  // Someone else saves a newer revision meanwhile.
  const other = await openAs(browser, "editor2", path);
  await other.getByLabel("Body", { exact: true }).fill("Their later text.");
  await other.getByLabel("Edit summary (required)").fill("Their edit");
  await other.getByRole("button", { name: "Save", exact: true }).click();
  await other.waitForURL(/saved=2/);
  await other.context().close();

  await page.goto(path);
  await expect(page.getByText(/You have unsaved work from/)).toBeVisible();
  await expect(page.getByText(/started from an older revision/)).toBeVisible();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByLabel("Description")).toHaveValue("Written before the tab closed.");
  await page.getByLabel("Edit summary (required)").fill("Recovered");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await page.waitForURL(/saved=3/);
  await expect(page.getByLabel("Description")).toHaveValue("Written before the tab closed.");
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("Their later text.");
});
