// What our session callback (lib/users/auth-options.ts) puts in next-auth's session and user, so code
// that reads them gets these types instead of casting.
import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/users/permissions";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string; role?: Role; sessionVersion?: number };
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}
