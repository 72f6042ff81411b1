import type { LoggerInstance } from "next-auth";

type Sink = { warn: (fields: object, message: string) => void; error: (fields: object, message: string) => void };

// Errors a client's own request causes: a session cookie that is forged, expired or signed with another
// secret, so they are warnings. Instances that were given different NEXTAUTH_SECRETs also end up here:
// a burst of these warnings after a deployment says so.
const CLIENT_CAUSED = new Set(["JWT_SESSION_ERROR"]);

/**
 * next-auth's messages as one structured line each in our log: its own logger prints an error with its
 * stack over many lines, which a log collector splits into unrelated records.
 */
export function authLogger(sink: Sink): Partial<LoggerInstance> {
  return {
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : metadata.error;
      if (CLIENT_CAUSED.has(code)) sink.warn({ code, reason: error?.message }, `next-auth ${code}`);
      else sink.error({ code, err: error }, `next-auth ${code}`);
    },
    warn(code) {
      sink.warn({ code }, `next-auth ${code}`);
    },
    debug() {},
  };
}
