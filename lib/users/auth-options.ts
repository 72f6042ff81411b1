import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "../env";
import { authenticate } from "./authenticate";

export const THROTTLED_MESSAGE = "Too many sign-in attempts. Wait 15 minutes and try again.";

function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || "unknown";
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/login" },
    providers: [
      CredentialsProvider({
        name: "E-mail and password",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, request) {
          const result = await authenticate({ input: credentials, address: clientAddress(request?.headers) });
          if (!result.ok) {
            if (result.reason === "throttled") throw new Error(THROTTLED_MESSAGE);
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
          const u = user as typeof user & { role: string; sessionVersion: number };
          token.uid = u.id;
          token.role = u.role;
          token.sessionVersion = u.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid, role: token.role, sessionVersion: token.sessionVersion } };
      },
    },
  };
}
