import { describe, expect, it } from "vitest";
import { NEEDS_SCRIPT_ATTRIBUTE, withoutFrameworkScripts } from "./reader-document";

// The shape of a page Next 16 (Turbopack) renders: chunk scripts and their preload in the head, the
// bundler's chunk list, and the RSC payload after the body's content.
const PAGE = [
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/32eua84_gz22f.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/03he8q32j2c0y.js"/>',
  '<script src="/_next/static/chunks/3jua5gvtt1jpt.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  '<link rel="canonical" href="http://localhost/events/x"/></head><body>',
  '<main><h1>The attack</h1><a href="/actors/y">An actor</a><time dateTime="2021-05-23T00:00:00.000Z">23 May 2021</time></main>',
  '<script type="application/ld+json">{"@context":"https://schema.org","name":"The attack"}</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["a.js"]})</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:[\\"$\\",\\"main\\",null,{\\"children\\":\\"\\u003cscript\\u003e\\"}]"])</script>',
  "</body></html>",
].join("");

describe("withoutFrameworkScripts", () => {
  it("drops the chunks, their preload, the chunk list and the RSC payload", () => {
    const html = withoutFrameworkScripts(PAGE);
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]*\.js/);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("TURBOPACK");
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it("keeps the content, the styles, the links and the structured data", () => {
    const html = withoutFrameworkScripts(PAGE);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/32eua84_gz22f.css" data-precedence="next"/>');
    expect(html).toContain('<link rel="canonical" href="http://localhost/events/x"/>');
    expect(html).toContain('<a href="/actors/y">An actor</a>');
    expect(html).toContain('<script type="application/ld+json">{"@context":"https://schema.org","name":"The attack"}</script>');
    expect(html).toMatch(/<\/main><script type="application\/ld\+json">[^<]*<\/script><\/body><\/html>$/);
  });

  it("leaves a page with an interactive part whole", () => {
    const page = PAGE.replace("<main>", `<main><div ${NEEDS_SCRIPT_ATTRIBUTE}="">`);
    expect(withoutFrameworkScripts(page)).toBe(page);
  });
});
