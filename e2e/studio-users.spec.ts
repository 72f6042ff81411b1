// The users screen checks with the same zod schemas as the server, before anything is sent.
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

test("an admin's bad input on the users screen gets field messages at once, keeps the text, and sends nothing", async ({ page }) => {
  await signIn(page, "admin", "/studio/users");
  const posts = countActionPosts(page);
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Add a user" }) });

  await form.getByLabel("E-mail").fill("not-an-email");
  await form.getByLabel("Initial password (12 characters or more)").fill("short");
  await form.getByRole("button", { name: "Add user" }).click();

  await expect(form.getByText("A valid e-mail address")).toBeVisible();
  await expect(form.getByText("Required", { exact: true })).toBeVisible();
  await expect(form.getByText("At least 12 characters")).toBeVisible();
  await expect(form.getByLabel("E-mail")).toHaveValue("not-an-email");
  await expect(form.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  expect(posts()).toBe(0);

  // Correcting a field clears its message only; a valid form then reaches the server once.
  const email = `new-user-${Date.now()}@example.com`;
  await form.getByLabel("E-mail").fill(email);
  await expect(form.getByText("A valid e-mail address")).toHaveCount(0);
  await expect(form.getByText("At least 12 characters")).toBeVisible();
  await form.getByLabel("Name").fill("Nueva Editora");
  await form.getByLabel("Initial password (12 characters or more)").fill("a-long-enough-password");
  await form.getByRole("button", { name: "Add user" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created ${email}.`);
  expect(posts()).toBe(1);

  // A password reset that is too short is refused in the row, before the server.
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByLabel("New password").fill("tiny");
  await row.getByRole("button", { name: "Reset password" }).click();
  await expect(row.getByRole("status")).toHaveText("At least 12 characters");
  expect(posts()).toBe(1);
});
