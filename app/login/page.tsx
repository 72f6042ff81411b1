import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/login-form";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

// Only same-site paths: an open redirect would let a crafted link send people elsewhere after sign-in.
function safeCallback(value: string | string[] | undefined): string {
  const url = Array.isArray(value) ? value[0] : value;
  return url && url.startsWith("/") && !url.startsWith("//") ? url : "/studio";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main id="main" className="container narrow">
      <p>
        <Link href="/">← Expediente</Link>
      </p>
      <h1>Sign in to the studio</h1>
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
    </main>
  );
}
