import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordForm } from "@/components/account/new-password-form";
import { UNUSABLE_LINK_MESSAGE } from "@/lib/users/accept-invitation";
import { findPasswordReset } from "@/lib/users/reset-password";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } };

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await findPasswordReset({ token });
  return (
    <main id="main" className="container narrow">
      <h1>Choose a new password</h1>
      {reset ? (
        <>
          <p>Every device signed in to this account is signed out when you save.</p>
          <NewPasswordForm purpose="reset" token={token} email={reset.email} />
        </>
      ) : (
        <p className="notice notice--warn" role="status">
          {UNUSABLE_LINK_MESSAGE} <Link href="/login/forgot">Ask for a new link</Link>.
        </p>
      )}
    </main>
  );
}
