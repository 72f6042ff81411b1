import { DEMO_PASSWORD, expect, test } from "./fixtures";

// Issue 22: the sign-in page and the studio speak the language the browser prefers. These specs sign in
// through the form themselves: the shared fixture reads the English labels.

test.describe("a browser that prefers Spanish (es-PE)", () => {
  test.use({ locale: "es-PE" });

  test("gets the sign-in page and the studio in Spanish", async ({ page, expectFailedResources }) => {
    // The refused sign-in (401) and the 403 page are failed loads the browser reports.
    expectFailedResources(/\/api\/auth\/callback\/credentials/);
    expectFailedResources(/\/studio\/users$/);
    await page.goto("/login?callbackUrl=%2Fstudio");
    await expect(page.locator("main")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iniciar sesión en el estudio");
    await expect(page).toHaveTitle(/^Iniciar sesión/);

    // A refusal for an address with no account: a wrong password for the editor would slow down the
    // editor's next sign-in (lib/users/authenticate.ts), and other specs fail it already.
    await page.getByLabel("Correo electrónico").fill("nadie@example.com");
    await page.getByLabel("Contraseña").fill("contraseña-equivocada");
    await page.getByRole("button", { name: "Iniciar sesión" }).click();
    await expect(page.locator("#login-error")).toHaveText("Ese correo y esa contraseña no corresponden a una cuenta activa.");

    await page.getByLabel("Correo electrónico").fill("editor@example.com");
    await page.getByLabel("Contraseña").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Iniciar sesión" }).click();
    await page.waitForURL((url) => url.pathname === "/studio");

    await expect(page.locator("main")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Estudio");
    const nav = page.getByRole("navigation", { name: "Estudio" });
    await expect(nav.getByRole("link", { name: "Expedientes" })).toBeVisible();
    await expect(nav.getByRole("link", { name: /^Bandeja/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Nuevo evento" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Mi trabajo reciente" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Cerrar sesión" })).toBeVisible();
    await expect(page).toHaveTitle(/^Estudio/);

    await nav.getByRole("link", { name: /^Bandeja/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bandeja de entrada");
    await expect(page.getByRole("heading", { name: "Correo electrónico" })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath("studio-inbox-es.png"), fullPage: true });

    await page.goto("/studio/entries/new?kind=event");
    await expect(page.getByLabel("Resumen de la edición (obligatorio)")).toBeVisible();
    await expect(page.getByRole("button", { name: "Crear borrador" })).toBeVisible();
    await page.getByRole("button", { name: "Crear borrador" }).click();
    await expect(page.locator("#error-summary-title")).toContainText("requieren atención");
    await page.screenshot({ path: test.info().outputPath("studio-new-event-es.png"), fullPage: true });

    // An editor may not manage users: the 403 page speaks Spanish too.
    const forbidden = await page.goto("/studio/users");
    expect(forbidden?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tu rol no permite esta acción");
  });
});

test.describe("a browser that prefers English (en-US)", () => {
  test.use({ locale: "en-US" });

  test("gets the sign-in page and the studio in English", async ({ page }) => {
    await page.goto("/login?callbackUrl=%2Fstudio");
    await expect(page.locator("main")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the studio");
    await page.getByLabel("E-mail").fill("editor@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((url) => url.pathname === "/studio");
    await expect(page.locator("main")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Studio");
    await expect(page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Entries" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});

test("reader pages stay in English whatever the browser prefers (the Spanish tree comes under /es/)", async ({ browser }) => {
  const context = await browser.newContext({ locale: "es-PE" });
  const page = await context.newPage();
  await page.goto("/search");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Events" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search the record");
  await context.close();
});
