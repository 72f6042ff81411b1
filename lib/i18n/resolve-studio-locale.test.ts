import { describe, expect, it } from "vitest";
import { resolveStudioLocale } from "./resolve-studio-locale";

describe("resolveStudioLocale", () => {
  it("follows the person's own choice over the browser", () => {
    expect(resolveStudioLocale({ userLocale: "es", acceptLanguage: "en-US,en;q=0.9" })).toBe("es");
    expect(resolveStudioLocale({ userLocale: "en", acceptLanguage: "es-PE" })).toBe("en");
  });

  it("ignores a stored choice it does not speak", () => {
    expect(resolveStudioLocale({ userLocale: "fr", acceptLanguage: "es-PE" })).toBe("es");
    expect(resolveStudioLocale({ userLocale: null, acceptLanguage: "es-PE" })).toBe("es");
  });

  it("reads regional Spanish and English tags as their language", () => {
    expect(resolveStudioLocale({ acceptLanguage: "es-PE,es;q=0.9" })).toBe("es");
    expect(resolveStudioLocale({ acceptLanguage: "es-419" })).toBe("es");
    expect(resolveStudioLocale({ acceptLanguage: "en-GB" })).toBe("en");
    expect(resolveStudioLocale({ acceptLanguage: "ES-pe" })).toBe("es");
  });

  it("orders by quality, not by position", () => {
    expect(resolveStudioLocale({ acceptLanguage: "en;q=0.5, es-PE;q=0.8" })).toBe("es");
    expect(resolveStudioLocale({ acceptLanguage: "es;q=0.3,en-GB;q=0.7" })).toBe("en");
    // Equal qualities keep the browser's order.
    expect(resolveStudioLocale({ acceptLanguage: "es;q=0.8,en;q=0.8" })).toBe("es");
  });

  it("skips languages it does not speak and those refused with q=0", () => {
    expect(resolveStudioLocale({ acceptLanguage: "fr-FR,fr;q=0.9,es;q=0.5" })).toBe("es");
    expect(resolveStudioLocale({ acceptLanguage: "es;q=0,en;q=0.1" })).toBe("en");
    expect(resolveStudioLocale({ acceptLanguage: "es;q=0" })).toBe("en");
  });

  it("gives English to a wildcard, to nothing, and to garbage", () => {
    expect(resolveStudioLocale({ acceptLanguage: "*" })).toBe("en");
    expect(resolveStudioLocale({ acceptLanguage: "fr, *;q=0.5, es;q=0.1" })).toBe("en");
    expect(resolveStudioLocale({ acceptLanguage: "" })).toBe("en");
    expect(resolveStudioLocale({ acceptLanguage: null })).toBe("en");
    expect(resolveStudioLocale({})).toBe("en");
    expect(resolveStudioLocale({ acceptLanguage: ";;;,q=1,<script>" })).toBe("en");
  });
});
