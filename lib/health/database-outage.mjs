// Whether PostgreSQL answers, as this process last saw it, and the one log line per failure.
//
// Plain JavaScript with the state on globalThis: the proxy, the app's bundles and the ISR cache handler
// (which Next loads outside the app's bundle) are separate module instances in one process, and an
// outage must be logged once per failure, not once per request or per bundle.

const STATE = Symbol.for("expediente.database-outage");

/** @typedef {{ since: number, reason: string } | null} Outage */

/** @returns {{ outage: Outage }} */
function state() {
  const holder = /** @type {Record<symbol, { outage: Outage }>} */ (/** @type {unknown} */ (globalThis));
  holder[STATE] ??= { outage: null };
  return holder[STATE];
}

/** One JSON line in pino's shape (the cache handler cannot import the app's logger). */
function logLine(level, msg, fields) {
  process.stdout.write(`${JSON.stringify({ level, time: new Date().toISOString(), service: "expediente", ...fields, msg })}\n`);
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001",
  "P1017",
]);

/**
 * A one-line reason for a database error: Prisma's driver adapter often carries an empty message and
 * the useful part (ECONNREFUSED, "terminating connection due to administrator command") in its cause.
 * @param {unknown} error
 * @returns {string}
 */
export function describeDatabaseError(error) {
  const seen = new Set();
  /** @type {string[]} */
  const parts = [];
  /** @param {unknown} value */
  const visit = (value) => {
    if (!value || typeof value !== "object" || seen.has(value) || seen.size > 8) return;
    seen.add(value);
    const e =
      /** @type {{ code?: unknown, kind?: unknown, message?: unknown, cause?: unknown, errors?: unknown, originalMessage?: unknown, meta?: unknown, driverAdapterError?: unknown }} */ (
        value
      );
    for (const label of [e.code, e.kind]) if (typeof label === "string" && label && label !== "postgres") parts.push(label);
    for (const text of [e.message, e.originalMessage])
      if (typeof text === "string" && text.trim())
        parts.push(
          text
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
            .at(-1) ?? "",
        );
    visit(e.cause);
    visit(e.meta);
    visit(e.driverAdapterError);
    if (Array.isArray(e.errors)) e.errors.slice(0, 2).forEach(visit);
  };
  visit(error);
  const reason = [...new Set(parts.filter(Boolean))].join(": ");
  return reason ? `database unreachable: ${reason}`.slice(0, 300) : "database unreachable: no answer";
}

/**
 * True for errors that mean "PostgreSQL does not answer" rather than a bug: those are logged once per
 * outage (noteDatabaseFailure), not as a stack trace per request.
 * @param {unknown} error
 */
export function isDatabaseUnavailableError(error) {
  const seen = new Set();
  /** @param {unknown} value @returns {boolean} */
  const visit = (value) => {
    if (!value || typeof value !== "object" || seen.has(value) || seen.size > 8) return false;
    seen.add(value);
    const e = /** @type {{ code?: unknown, message?: unknown, cause?: unknown, errors?: unknown, kind?: unknown }} */ (value);
    if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
    if (
      typeof e.message === "string" &&
      /ECONNREFUSED|Connection terminated|terminating connection|the database system is (starting up|shutting down)|Can't reach database|timeout exceeded when trying to connect|database did not answer/i.test(
        e.message,
      )
    )
      return true;
    return visit(e.cause) || (Array.isArray(e.errors) && e.errors.some(visit));
  };
  return visit(error);
}

/** The current outage, if the last contact with PostgreSQL failed. */
export function currentOutage() {
  return state().outage;
}

/**
 * Records a failed contact. Logs one line when an outage begins; later failures of the same outage
 * are silent.
 * @param {unknown} error
 * @returns {string} the reason
 */
export function noteDatabaseFailure(error) {
  const reason = typeof error === "string" ? error : describeDatabaseError(error);
  const s = state();
  if (!s.outage) {
    s.outage = { since: Date.now(), reason };
    logLine(50, "database unavailable", { reason });
  }
  return reason;
}

/** Records a successful contact; logs one line when an outage ends. */
export function noteDatabaseSuccess() {
  const s = state();
  if (s.outage) {
    logLine(30, "database available again", { reason: s.outage.reason, outageMs: Date.now() - s.outage.since });
    s.outage = null;
  }
}
