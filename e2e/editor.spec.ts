// The entry editor on its own: bad input, server-side rules, autosave and its restore offer, edit conflicts.
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
  await expect(page.getByText(/Your other changes \(Description\)/)).toBeVisible();
  await mine.fill("My version of the text, after reading theirs.");
  await page.getByRole("button", { name: "Save on top of revision 2" }).click();
  await page.waitForURL(/saved=3/);
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("My version of the text, after reading theirs.");
  await expect(page.getByLabel("Description")).toHaveValue("Only I changed the description.");
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
