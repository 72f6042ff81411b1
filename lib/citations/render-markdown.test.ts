import { describe, expect, it } from "vitest";
import { plainText, renderMarkdown } from "./render-markdown";

const sources: Record<string, string> = { "ojo-publico": "Ojo Público, 24 May 2021", ccffaa: "Communiqué 005-2021-CCFFAA" };
const resolveSource = (slug: string) => (sources[slug] ? { title: sources[slug]!, href: `/sources/${slug}` } : null);

describe("renderMarkdown", () => {
  it("turns markers into numbered footnote references with their sources", () => {
    const { html, footnotes } = renderMarkdown("Eighteen died [@ojo-publico, p. 2]; the army said so [@ccffaa; @ojo-publico].", { resolveSource });
    expect(html).toContain('<sup class="fn-ref" id="fnref-1"><a href="#fn-1" aria-label="Note 1">[1]</a></sup>');
    expect(html).toContain('id="fnref-2"');
    expect(footnotes).toEqual([
      {
        id: "fn-1",
        backrefId: "fnref-1",
        number: 1,
        items: [{ slug: "ojo-publico", locator: "p. 2", title: sources["ojo-publico"], href: "/sources/ojo-publico" }],
      },
      {
        id: "fn-2",
        backrefId: "fnref-2",
        number: 2,
        items: [
          { slug: "ccffaa", title: sources.ccffaa, href: "/sources/ccffaa" },
          { slug: "ojo-publico", title: sources["ojo-publico"], href: "/sources/ojo-publico" },
        ],
      },
    ]);
  });

  it("keeps an unresolvable source as plain text, without a link", () => {
    const { footnotes } = renderMarkdown("Withdrawn [@gone].", { resolveSource });
    expect(footnotes[0]?.items[0]).toEqual({ slug: "gone", title: "gone", href: null });
  });

  it("renders ordinary Markdown", () => {
    const { html } = renderMarkdown("## Background\n\nThe *VRAEM* is [a valley](https://example.org).", { resolveSource });
    expect(html).toContain("<h2>Background</h2>");
    expect(html).toContain("<em>VRAEM</em>");
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer nofollow">a valley</a>');
  });

  // Payloads from the OWASP XSS filter evasion cheat sheet, as a body could carry them.
  const payloads = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](  javascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](//evil.example/x)",
    "![x](https://evil.example/pixel.png)",
    '<iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style>",
    '<div style="background:url(javascript:alert(1))">x</div>',
    '[x](https://example.org" onmouseover="alert(1))',
    "<<script>script>alert(1)<</script>/script>",
    '[@x"><script>alert(1)</script>]',
    "`<script>alert(1)</script>`",
  ];

  it.each(payloads)("renders %s inert", (payload) => {
    const { html } = renderMarkdown(`Before ${payload} after`, { resolveSource });
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|div|object|embed)\b/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/href="(?!https?:\/\/|#|\/[^/])/i);
  });
});

describe("plainText", () => {
  it("drops markup and citation markers, keeps the words", () => {
    expect(plainText("## Vizcatán\n\nThe **attack** [@ojo-publico] & more.")).toBe("Vizcatán The attack & more.");
  });
});
