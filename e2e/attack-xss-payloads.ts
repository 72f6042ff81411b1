// The XSS corpus: every payload calls window.__xss(label) (a sentinel the spec traps) or alert().
export const PAYLOADS: string[] = [
  `<script>window.__xss("script")</script>`,
  `<img src=x onerror=window.__xss("img")>`,
  `"><img src=x onerror=window.__xss("attr")>`,
  `' onmouseover='window.__xss("single")' x='`,
  `<svg onload=window.__xss("svg")>`,
  `<svg><script>window.__xss("svg-script")</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss("mathml")>`,
  `</title><script>window.__xss("title")</script>`,
  `</script><script>window.__xss("breakout")</script>`,
  `<iframe src="javascript:window.__xss('iframe')"></iframe>`,
  `<a href="javascript:window.__xss('a')">link</a>`,
  `<a href="data:text/html,<script>alert(1)</script>">data</a>`,
  `<details open ontoggle=window.__xss("details")>`,
  `<input autofocus onfocus=window.__xss("focus")>`,
  `<body onload=window.__xss("body")>`,
  `<!--<img src=x onerror=window.__xss("comment")>-->`,
  `]]><script>window.__xss("cdata")</script>`,
  `\u2028\u2029<script>window.__xss("separators")</script>`,
  `{{constructor.constructor('window.__xss("template")')()}}`,
  `<style>*{background:url("javascript:window.__xss('css')")}</style>`,
  `&lt;script&gt;window.__xss("entity")&lt;/script&gt;`,
  `<object data="javascript:window.__xss('object')"></object>`,
  `<form><button formaction="javascript:window.__xss('formaction')">x</button></form>`,
];

/** Links in Markdown in every spelling a sanitizer has missed somewhere. */
export const MARKDOWN_LINKS: string[] = [
  `[a](javascript:window.__xss("md1"))`,
  `[b](JaVaScRiPt:window.__xss("md2"))`,
  `[c]( javascript:window.__xss("md3"))`,
  `[d](java\tscript:window.__xss("md4"))`,
  `[e](&#106;avascript:window.__xss("md5"))`,
  `[f](&#x6A;avascript&colon;window.__xss("md6"))`,
  `[g](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)`,
  `[h](vbscript:msgbox(1))`,
  `![i](javascript:window.__xss("md9"))`,
  `<javascript:window.__xss("autolink")>`,
  `[j](<javascript:window.__xss("md10")>)`,
  `[k]: javascript:window.__xss("ref")\n\n[k]`,
  `[l](%6Aavascript:window.__xss("md11"))`,
];

/** A payload that fits a field's length limit. */
export function payloadFor(index: number, maxLength = 10_000): string {
  const fitting = PAYLOADS.filter((p) => p.length <= maxLength);
  return fitting[index % fitting.length]!;
}
