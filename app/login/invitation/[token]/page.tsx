import type { Metadata } from "next";
import Link from "next/link";
import { NewPasswordForm } from "@/components/account/new-password-form";
import { ROLE_LABELS } from "@/lib/users/account-consequences";
import { findInvitation, UNUSABLE_LINK_MESSAGE } from "@/lib/users/accept-invitation";

export const dynamic = "force-dynamic";
// The token is in the address: no search engine, and no Referer to another site (the policy is strict-origin).
export const metadata: Metadata = { title: "Accept an invitation", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await findInvitation({ token });
  return (
    <main id="main" className="container narrow">
      <h1>Join the Expediente studio</h1>
      {invitation ? (
        <>
          <p>
            You are invited as <strong>{ROLE_LABELS[invitation.role ?? "EDITOR"].toLowerCase()}</strong>. Choose the name your colleagues will see and your
            password.
          </p>
          <NewPasswordForm purpose="invitation" token={token} email={invitation.email} />
        </>
      ) : (
        <p className="notice notice--warn" role="status">
          {UNUSABLE_LINK_MESSAGE} An administrator can invite you again; if you already have an account, <Link href="/login">sign in</Link>.
        </p>
      )}
    </main>
  );
}
