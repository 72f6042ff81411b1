// Messages for a page in a given language. The locale is always passed in (from the URL for readers,
// from the person's preference in the studio), never read from the request here: reader pages are
// rendered once and stored per URL (docs/decisions/004), so nothing they render may depend on headers.
import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import type { Locale } from "./locales";

export type Messages = typeof en;
type Namespace = keyof Messages;

// `es` is checked against the English catalogue's shape here; messages.test.ts checks that the keys are
// exactly the same and that each message takes the same arguments in both.
const CATALOGUES: Record<Locale, Messages> = { en, es };

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export function getTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: CATALOGUES[locale], namespace });
}

export type Translator<N extends Namespace> = ReturnType<typeof getTranslator<N>>;
