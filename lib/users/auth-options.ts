import "server-only";
import type { NextAuthOptions, Session } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { logger } from "../logger";
import { sameOriginPath } from "../http/same-origin-path";
import { actorForToken } from "./actor-for-token";
import { authLogger } from "./auth-logger";
import { authenticate } from "./authenticate";
import { clientAddress } from "./client-address";
import { endSessions } from "./end-sessions";
import { SECOND_FACTOR_INVALID, SECOND_FACTOR_REQUIRED } from "./sign-in-codes";

export function throttledMessage(seconds: number): string {
  return `Too many sign-in attempts. Wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`;
}

export function authOptions(): NextAuthOptions {
  const config = env();
  return {
    secret: config.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login" },
    logger: authLogger(logger),
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: {
          email: { label: "E-mail", type: "email" },
          password: { label: "Password", type: "password" },
          code: { label: "Code from your authenticator app", type: "text" },
        },
        async authorize(credentials, request) {
          const address = clientAddress(request?.headers, config.TRUSTED_PROXY_HOPS);
          const result = await authenticate({ input: credentials, address });
          if (!result.ok) {
            if (result.reason === "throttled") throw new Error(throttledMessage(result.retryAfterSeconds));
            // Codes the login form reads: it then asks for the second factor, or says the code was wrong.
            if (result.reason === "second-factor-required") throw new Error(SECOND_FACTOR_REQUIRED);
            if (result.reason === "second-factor-invalid") throw new Error(SECOND_FACTOR_INVALID);
            return null;
          }
          const { actor } = result;
          return { id: actor.id, email: actor.email, name: actor.name, role: actor.role, sessionVersion: actor.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
        }
        return token;
      },
      // Every session read (getServerSession, /api/auth/session) checks the account: a token from before
      // a sign-out, deactivation or role change yields no session at all.
      async session({ session, token }) {
        const actor = await actorForToken({ userId: token.uid, sessionVersion: token.sessionVersion });
        if (!actor) return {} as Session;
        return {
          ...session,
          user: { ...session.user, id: actor.id, email: actor.email, name: actor.name, role: actor.role, sessionVersion: actor.sessionVersion },
        };
      },
      // After sign-in or sign-out, only a path on this site (defect: /login?callbackUrl=/%5Cevil.example).
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl, "/studio")}`;
      },
    },
    events: {
      async signOut({ token }) {
        await endSessions({ userId: token?.uid, sessionVersion: token?.sessionVersion });
      },
    },
  };
}
