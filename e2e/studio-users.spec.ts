// The users screen checks with the same zod schemas as the server, before anything is sent, and asks
// for a confirmation that names the consequence before a role change or a deactivation.
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";

/** Server actions are POSTs to the page's own URL: counting them shows whether the form went to the server. */
function countActionPosts(page: Page): () => number {
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/studio/users") posts += 1;
  });
  return () => posts;
}

test("an admin's bad input on the invitation form gets a field message at once, keeps the text, and sends nothing", async ({ page }) => {
  await signIn(page, "admin", "/studio/users");
  const posts = countActionPosts(page);
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Invite someone" }) });

  await form.getByLabel("E-mail").fill("not-an-email");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText("A valid e-mail address")).toBeVisible();
  await expect(form.getByLabel("E-mail")).toHaveValue("not-an-email");
  await expect(form.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  expect(posts()).toBe(0);

  // An address that already has an account: the server's message, at the field.
  await form.getByLabel("E-mail").fill("editor@example.com");
  await expect(form.getByText("A valid e-mail address")).toHaveCount(0);
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByText("A user with this e-mail address already exists")).toBeVisible();
  expect(posts()).toBe(1);
});

test("a role change and a deactivation are saved only after a confirmation that says what they mean", async ({ page }) => {
  await signIn(page, "admin", "/studio/users");
  const posts = countActionPosts(page);
  const row = page.getByRole("row").filter({ hasText: "editor2@example.com" });
  const name = (await row.locator("td").first().textContent())!.trim();

  await row.getByLabel("Role").selectOption("REVIEWER");
  expect(posts()).toBe(0);
  await row.getByRole("button", { name: "Save role…" }).click();
  const dialog = row.getByRole("alertdialog");
  await expect(dialog).toContainText(`${name} will be able to approve and publish other people's changes`);
  await page.screenshot({ path: "test-results/users-confirm-role.png", fullPage: true });
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(row.getByLabel("Role")).toHaveValue("EDITOR");

  await row.getByRole("button", { name: "Deactivate…" }).click();
  await expect(row.getByRole("alertdialog")).toHaveText(new RegExp(`${name} will be signed out and unable to sign in`));
  await row.getByRole("alertdialog").getByRole("button", { name: "Cancel" }).click();
  expect(posts()).toBe(0);
});
