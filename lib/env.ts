import "server-only";
import { z } from "zod";

// The only module that reads process.env. Parsed lazily so `next build` works without a database.
const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (start the app with npm start or npm run dev)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  NEXTAUTH_SECRET: z.string({ error: "NEXTAUTH_SECRET is not set" }).min(16, "NEXTAUTH_SECRET must have 16 characters or more"),
  NEXTAUTH_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  // Readers' own pool (lib/db.ts): what they read never waits for the studio's connections.
  DATABASE_READER_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(4),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Proxies of our own in front of the app, each appending to X-Forwarded-For; 0: use the socket address.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  // The build's folder, as next.config.js names it: the proxy reads the build's server actions there.
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
});
export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** Log level is needed before the rest of the configuration (e.g. during the build). */
export function logLevel(): Env["LOG_LEVEL"] {
  const parsed = envSchema.shape.LOG_LEVEL.safeParse(process.env.LOG_LEVEL);
  return parsed.success ? parsed.data : "info";
}

const mailSchema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Expediente <expediente@localhost>"),
});

/** Mail settings, read on each call: e-mail is optional and tests point it at their own SMTP server. */
export function mailSettings(): z.infer<typeof mailSchema> {
  const parsed = mailSchema.safeParse(process.env);
  if (!parsed.success) throw new Error(`Invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return parsed.data;
}

const signingKeySchema = z.object({
  EXPEDIENTE_SIGNING_KEY_FILE: z
    .string({
      error:
        "EXPEDIENTE_SIGNING_KEY_FILE is not set: with DATABASE_URL, name the file that holds (or is to hold) this instance's export signing key, the same on every instance",
    })
    .min(1, "EXPEDIENTE_SIGNING_KEY_FILE is empty"),
});

/**
 * The file of the instance's Ed25519 export signing key (lib/export/signing-key.ts). Read on each call,
 * and only by exports: an instance that never exports needs none. with-db.mjs sets it to the data folder's
 * file on the embedded default.
 */
export function signingKeyFile(): string {
  const parsed = signingKeySchema.safeParse(process.env);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data.EXPEDIENTE_SIGNING_KEY_FILE;
}

/** True while `next build` runs: nothing may connect to the database then. */
export const isBuildPhase = () => process.env.NEXT_PHASE === "phase-production-build";

/**
 * True under `next dev`. Next replaces process.env.NODE_ENV in compiled code with the build's own mode,
 * so this says how the running code was built, whatever NODE_ENV the process was later started with.
 */
export const isDevelopmentBuild = process.env.NODE_ENV === "development";
