// Markdown bodies to sanitized HTML with numbered footnotes. Client-safe (the editor previews with it).
// Raw HTML is escaped, not rendered; links are limited to http(s), mailto and in-page/relative
// addresses; images are not rendered (no third-party requests from a reader's page).
import MarkdownIt from "markdown-it";
import type StateInline from "markdown-it/lib/rules_inline/state_inline.mjs";
import type Token from "markdown-it/lib/token.mjs";
import type { WithdrawnReference } from "../links/withdrawn-reference";
import { matchCitationAt, type CitationItem } from "./parse-citations";

/** A cited source as a note shows it: linked by title, or (withdrawn) its last published name without a link. */
export type ResolvedSource = { title: string; href: string | null; withdrawn?: WithdrawnReference };
export type FootnoteItem = CitationItem & { title: string; href: string | null; withdrawn?: WithdrawnReference };
export type Footnote = { id: string; backrefId: string; number: number; items: FootnoteItem[] };
export type RenderOptions = { resolveSource: (slug: string) => ResolvedSource | null };

/** What each citation token cites, kept beside the token rather than in its untyped `meta`. */
const citationItems = new WeakMap<Token, CitationItem[]>();

const SAFE_LINK = /^(?:https?:\/\/|mailto:|#|\/(?!\/))/i;

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt("default", { html: false, linkify: false, typographer: false });
  md.disable(["image"]);
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  md.inline.ruler.before("link", "citation", (state: StateInline, silent: boolean) => {
    const match = matchCitationAt(state.src, state.pos);
    if (!match) return false;
    if (!silent) {
      const token = state.push("citation", "", 0);
      citationItems.set(token, match.items);
    }
    state.pos = match.end;
    return true;
  });
  const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = tokens[idx]!.attrGet("href") ?? "";
    if (/^https?:\/\//i.test(href)) tokens[idx]!.attrSet("rel", "noopener noreferrer nofollow");
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  md.renderer.rules.citation = (tokens, idx, _options, env: RenderEnv) => {
    const items = citationItems.get(tokens[idx]!) ?? [];
    const number = env.footnotes.length + 1;
    const footnote: Footnote = {
      id: `fn-${number}`,
      backrefId: `fnref-${number}`,
      number,
      items: items.map((item) => {
        const resolved = env.resolveSource(item.slug);
        return {
          ...item,
          title: resolved?.title ?? item.slug,
          href: resolved?.href ?? null,
          ...(resolved?.withdrawn ? { withdrawn: resolved.withdrawn } : {}),
        };
      }),
    };
    env.footnotes.push(footnote);
    return `<sup class="fn-ref" id="${footnote.backrefId}"><a href="#${footnote.id}" aria-label="Note ${number}">[${number}]</a></sup>`;
  };
  return md;
}

type RenderEnv = { footnotes: Footnote[]; resolveSource: RenderOptions["resolveSource"] };

let renderer: MarkdownIt | null = null;
function md(): MarkdownIt {
  renderer ??= createRenderer();
  return renderer;
}

export function renderMarkdown(markdown: string, options: RenderOptions): { html: string; footnotes: Footnote[] } {
  const env: RenderEnv = { footnotes: [], resolveSource: options.resolveSource };
  const html = md().render(markdown, env);
  return { html, footnotes: env.footnotes };
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** The words of a body without markup or citation markers: for search and descriptions. */
export function plainText(markdown: string): string {
  const { html } = renderMarkdown(markdown, { resolveSource: () => null });
  return html
    .replace(/<sup class="fn-ref"[^]*?<\/sup>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, " ")
    .trim();
}
