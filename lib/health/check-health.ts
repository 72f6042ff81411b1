import "server-only";
import { readerDb } from "../db";
import { describeDatabaseError, noteDatabaseFailure, noteDatabaseSuccess } from "./database-outage.mjs";

export type HealthReport = { status: "ok"; database: "ok" } | { status: "error"; database: "unreachable"; reason: string };

export async function checkHealth(): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      readerDb().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database did not answer within 10 s")), 10_000);
      }),
    ]);
    noteDatabaseSuccess();
    return { status: "ok", database: "ok" };
  } catch (error) {
    // Logged once per outage by noteDatabaseFailure, not once per health check.
    const reason = describeDatabaseError(error);
    noteDatabaseFailure(reason);
    return { status: "error", database: "unreachable", reason };
  } finally {
    clearTimeout(timer);
  }
}
