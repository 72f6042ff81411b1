import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/forgot-password-form";

// Rendered per request, as /login is: a prerendered page's scripts carry no CSP nonce and never run.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Forgot password", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <main id="main" className="container narrow">
      <p>
        <Link href="/login">← Sign in</Link>
      </p>
      <h1>Forgot your password?</h1>
      <p>Give the e-mail address of your account: we send it a link to choose a new password.</p>
      <ForgotPasswordForm />
    </main>
  );
}
