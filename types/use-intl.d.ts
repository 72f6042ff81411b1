// Message keys are checked against the English catalogue wherever use-intl is called (useTranslations in
// client components, createTranslator in lib/i18n/translator.ts).
import type en from "@/messages/en.json";
import type { Locale as AppLocale } from "@/lib/i18n/locales";

declare module "use-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof en;
  }
}
