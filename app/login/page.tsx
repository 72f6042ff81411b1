import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/login-form";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { siteUrl } from "@/lib/site-url";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main id="main" className="container narrow">
      <p>
        <Link href="/">← Expediente</Link>
      </p>
      <h1>Sign in to the studio</h1>
      {/* Only same-origin paths: an open redirect would let a crafted link send people elsewhere after sign-in. */}
      {params.done === "password" ? (
        <p className="notice notice--ok" role="status">
          Your password is saved. Sign in with it.
        </p>
      ) : null}
      <LoginForm callbackUrl={sameOriginPath(params.callbackUrl, siteUrl())} />
      <p>
        <Link href="/login/forgot">Forgot your password?</Link>
      </p>
    </main>
  );
}
