import { describe, expect, it } from "vitest";
import { authLogger } from "./auth-logger";

function recordingSink() {
  const lines: { level: "warn" | "error"; fields: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    warn: (fields: object, message: string) => lines.push({ level: "warn", fields: fields as Record<string, unknown>, message }),
    error: (fields: object, message: string) => lines.push({ level: "error", fields: fields as Record<string, unknown>, message }),
  };
}

describe("next-auth's messages in our log", () => {
  it("logs a forged session cookie as one warning with the reason, without the stack", () => {
    const sink = recordingSink();
    // As next-auth's session route calls it (the error itself), and as its client logger does ({ error, ... }).
    authLogger(sink).error!("JWT_SESSION_ERROR", new Error("decryption operation failed"));
    authLogger(sink).error!("JWT_SESSION_ERROR", { error: new Error("Invalid Compact JWE"), message: "Invalid Compact JWE" });
    expect(sink.lines).toEqual([
      { level: "warn", fields: { code: "JWT_SESSION_ERROR", reason: "decryption operation failed" }, message: "next-auth JWT_SESSION_ERROR" },
      { level: "warn", fields: { code: "JWT_SESSION_ERROR", reason: "Invalid Compact JWE" }, message: "next-auth JWT_SESSION_ERROR" },
    ]);
  });

  it("keeps any other error an error, with the error itself for the log's serializer", () => {
    const sink = recordingSink();
    const error = new Error("database unreachable");
    authLogger(sink).error!("CALLBACK_CREDENTIALS_HANDLER_ERROR", error);
    expect(sink.lines).toEqual([
      { level: "error", fields: { code: "CALLBACK_CREDENTIALS_HANDLER_ERROR", err: error }, message: "next-auth CALLBACK_CREDENTIALS_HANDLER_ERROR" },
    ]);
  });

  it("passes warnings on and drops debug chatter", () => {
    const sink = recordingSink();
    const log = authLogger(sink);
    log.warn!("NO_SECRET");
    log.debug!("anything", {});
    expect(sink.lines).toEqual([{ level: "warn", fields: { code: "NO_SECRET" }, message: "next-auth NO_SECRET" }]);
  });
});
