import NextAuth from "next-auth";
import { authOptions } from "@/lib/users/auth-options";

export const dynamic = "force-dynamic";

function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(authOptions())(request, context);
}

/**
 * next-auth writes whatever anyone POSTs to /api/auth/_log into the server's log (level, code and text
 * of the sender's choosing, no sign-in, no CSRF token) once a `logger` is configured, as ours is
 * (auth-logger.ts). Nothing of ours sends to it, so it does not exist.
 */
async function post(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  const [action] = (await context.params).nextauth;
  if (action === "_log") return new Response(null, { status: 404 });
  return handler(request, context);
}

export { handler as GET, post as POST };
