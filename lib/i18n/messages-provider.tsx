"use client";

// Messages for the studio's and the sign-in page's client components (forms, buttons), which call
// use-intl's useTranslations. Reader pages ship no framework script (decision 011) and do not use it.
import { IntlProvider } from "use-intl";
import type { Locale } from "./locales";
import { LocaleProvider } from "./locale-context";
import type { Messages } from "./translator";

export function MessagesProvider({ locale, messages, children }: { locale: Locale; messages: Messages; children: React.ReactNode }) {
  return (
    // Messages format no dates, so the zone only silences use-intl's warning about a missing one.
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      <LocaleProvider locale={locale}>{children}</LocaleProvider>
    </IntlProvider>
  );
}
