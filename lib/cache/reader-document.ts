// A reader page, as the proxy stores it, is a document: it ships without the framework's client runtime
// (docs/decisions/011-reader-pages-without-framework-script.md). Hydrating a page that has nothing to
// do costs a phone a second of blocked main thread (Lighthouse: total blocking time 0.7–1.1 s) and
// doubles the HTML with the inline RSC payload. Links stay links and forms stay forms; a page that
// holds an interactive part marks it with NEEDS_SCRIPT_ATTRIBUTE and keeps everything.

/** On an element of a component that does not work without hydration (the graphic-capture reveal). */
export const NEEDS_SCRIPT_ATTRIBUTE = "data-needs-script";

// Next's chunks (`<script src="/_next/…">`), the bundler's chunk list (`<script id="_R_">`) and the
// inline RSC payload (`self.__next_f`). Inline scripts cannot hold "</script>": React escapes "<".
const FRAMEWORK_SCRIPT =
  /<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*><\/script>|<script id="_R_">[\s\S]*?<\/script>|<script>\(?self\.__next_f[\s\S]*?<\/script>/g;
// The preload hints for those chunks.
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\bhref="\/_next\/[^"]*"[^>]*\/?>|<link\b[^>]*\bhref="\/_next\/[^"]*"[^>]*\bas="script"[^>]*\/?>/g;

/** The page without Next's client runtime and RSC payload, or unchanged if a part of it needs them. */
export function withoutFrameworkScripts(html: string): string {
  if (html.includes(NEEDS_SCRIPT_ATTRIBUTE)) return html;
  return html.replace(FRAMEWORK_SCRIPT, "").replace(SCRIPT_PRELOAD, "");
}
