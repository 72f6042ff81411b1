"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "use-intl";

export function SignOutButton() {
  const t = useTranslations("studio");
  return (
    <button type="button" className="button button--secondary" onClick={() => signOut({ callbackUrl: "/login" })}>
      {t("signOut")}
    </button>
  );
}
