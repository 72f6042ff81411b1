import type { Metadata, Viewport } from "next";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { getTranslator } from "@/lib/i18n/translator";
import "./globals.css";

const t = getTranslator(DEFAULT_LOCALE, "document");

export const metadata: Metadata = {
  title: { default: "Expediente", template: "%s · Expediente" },
  description: t("description"),
};

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#14161a" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // One root layout serves every page, and the reader pages it wraps are stored once per URL, so it
    // cannot read the request: it names the default language, and the reader, studio and sign-in layouts
    // mark their own content with the language they speak (components/record/reader-layout.tsx).
    <html lang={DEFAULT_LOCALE}>
      <body>
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
