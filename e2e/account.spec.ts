// Issue 24, what a person does: an admin invites a reviewer, who follows the link in the e-mail the
// SMTP sink captured, chooses a password and signs in; a forgotten password is reset the same way, and
// an unknown address gets the same page.
import { randomUUID } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { linkIn, startSmtpSink, waitForMail, type SmtpSink } from "@/test/fixtures/smtp-sink";
import { DEMO_PASSWORD, expect, signIn, test } from "./fixtures";

// playwright.config.ts points the app's SMTP_URL here.
const SMTP_SINK_PORT = Number(process.env.E2E_PORT ?? 3100) + 25;
const PASSWORD = "a phrase the reviewer chose";

let smtp: SmtpSink;
test.beforeAll(async () => {
  smtp = await startSmtpSink({ port: SMTP_SINK_PORT });
});
test.afterAll(async () => {
  await smtp?.close();
});

async function signInWith(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.waitForLoadState("networkidle");
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin invites a reviewer, who sets a password from the e-mailed link and signs in", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const email = `invited-${randomUUID().slice(0, 8)}@example.com`;
  await signIn(page, "admin", "/studio/users");
  const form = page.locator("form").filter({ has: page.getByRole("heading", { name: "Invite someone" }) });
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption("REVIEWER");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toContainText(`Invitation sent to ${email}`);
  await expect(page.getByRole("region", { name: "Invitations not yet accepted" })).toContainText(email);

  const link = linkIn(await waitForMail(smtp, email), "/login/invitation");
  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await invitee.waitForLoadState("networkidle");
  await expect(invitee.getByRole("heading", { name: "Join the Expediente studio" })).toBeVisible();
  await expect(invitee.getByText("You are invited as reviewer")).toBeVisible();
  await invitee.getByLabel("Your name").fill("Rosa Revisora");
  await invitee.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await invitee.getByLabel("The same password again").fill("not the same");
  await invitee.getByRole("button", { name: "Create my account" }).click();
  await expect(invitee.getByText("The two passwords differ")).toBeVisible();
  await expect(invitee.getByLabel("Your name")).toHaveValue("Rosa Revisora");
  await invitee.getByLabel("The same password again").fill(PASSWORD);
  await invitee.getByRole("button", { name: "Create my account" }).click();
  await invitee.waitForURL((url) => url.pathname === "/studio");
  await invitee.screenshot({ path: "test-results/account-invited-studio.png", fullPage: true });

  // The link is used up.
  await invitee.goto(link);
  await expect(invitee.getByText("This link has expired or was already used")).toBeVisible();

  // The reviewer turns on a second factor, with a code made here from the key the page shows.
  await invitee.goto("/studio/account");
  await invitee.getByRole("button", { name: "Set up a second factor" }).click();
  const secret = (await invitee.getByTestId("totp-secret").textContent())!.trim();
  await expect(invitee.getByRole("img", { name: "QR code for your authenticator app" }).locator("svg")).toBeVisible();
  await invitee.screenshot({ path: "test-results/account-totp-enrol.png", fullPage: true });
  await invitee.getByLabel("The six-digit code the app shows").fill(totpCode(secret, -30_000));
  await invitee.getByRole("button", { name: "Turn on" }).click();
  await expect(invitee.getByRole("list", { name: "Recovery codes" }).getByRole("listitem")).toHaveCount(10);
  const codes = await invitee.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allTextContents();
  expect(codes).toHaveLength(10);

  // Signed out, the new reviewer signs in with the password they chose, and then a code.
  const fresh = await (await browser.newContext()).newPage();
  await signInWith(fresh, email, PASSWORD);
  const code = fresh.getByLabel("Code from your authenticator app");
  await expect(code).toBeVisible();
  expect(fresh.url()).toContain("/login");
  await code.fill("000000");
  await fresh.getByRole("button", { name: "Verify" }).click();
  await expect(fresh.getByRole("alert").filter({ hasText: "That code is not right" })).toBeVisible();
  await code.fill(totpCode(secret));
  await fresh.getByRole("button", { name: "Verify" }).click();
  await fresh.waitForURL((url) => url.pathname === "/studio");

  // A recovery code works once.
  const other = await (await browser.newContext()).newPage();
  await signInWith(other, email, PASSWORD);
  await other.getByLabel("Code from your authenticator app").fill(codes[0]!.trim());
  await other.getByRole("button", { name: "Verify" }).click();
  await other.waitForURL((url) => url.pathname === "/studio");
  const again = await (await browser.newContext()).newPage();
  await signInWith(again, email, PASSWORD);
  await again.getByLabel("Code from your authenticator app").fill(codes[0]!.trim());
  await again.getByRole("button", { name: "Verify" }).click();
  await expect(again.getByRole("alert").filter({ hasText: "That code is not right" })).toBeVisible();
});

function totpCode(secret: string, offsetMs = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp: Date.now() + offsetMs });
}

test("forgot password: the link in the e-mail sets a new one; an unknown address gets the same page", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("E-mail of your studio account").fill(`nobody-${randomUUID().slice(0, 8)}@example.com`);
  await page.getByRole("button", { name: "Send me a link" }).click();
  const answer = await page.getByRole("status").textContent();
  expect(answer).toContain("If an active account uses this address");

  const known = await (await browser.newContext()).newPage();
  await known.goto("/login/forgot");
  await known.waitForLoadState("networkidle");
  await known.getByLabel("E-mail of your studio account").fill("editor2@example.com");
  await known.getByRole("button", { name: "Send me a link" }).click();
  await expect(known.getByRole("status")).toHaveText(answer!);
  await known.screenshot({ path: "test-results/account-forgot-sent.png" });

  const link = linkIn(await waitForMail(smtp, "editor2@example.com", { subject: /Reset your Expediente password/ }), "/login/reset");
  await known.goto(link);
  await known.waitForLoadState("networkidle");
  // Too short: a message at the field, the text kept, nothing sent.
  await known.getByLabel("New password").fill("tiny");
  await known.getByLabel("The same password again").fill("tiny");
  await known.getByRole("button", { name: "Set my new password" }).click();
  await expect(known.getByText("At least 12 characters", { exact: true })).toBeVisible();
  await expect(known.getByLabel("New password")).toHaveValue("tiny");
  await known.screenshot({ path: "test-results/account-reset-form.png" });
  // The demo password again, so the other specs still sign in as editor2 with it.
  await known.getByLabel("New password").fill(DEMO_PASSWORD);
  await known.getByLabel("The same password again").fill(DEMO_PASSWORD);
  await known.getByRole("button", { name: "Set my new password" }).click();
  await known.waitForURL((url) => url.pathname === "/studio");
  await known.goto(link);
  await expect(known.getByText("This link has expired or was already used")).toBeVisible();
});
