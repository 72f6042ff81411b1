import "server-only";
import pino from "pino";
import { logLevel } from "./env";

// Structured JSON logs on stdout: one line per request or error, ready for any log collector.
export const logger = pino({
  level: logLevel(),
  base: { service: "expediente" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: ["password", "*.password", "passwordHash", "*.passwordHash"],
});
