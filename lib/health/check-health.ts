import "server-only";
import { db } from "../db";

export type HealthReport = { status: "ok"; database: "ok" } | { status: "error"; database: "unreachable"; reason: string };

export async function checkHealth(): Promise<HealthReport> {
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error("database did not answer within 3 s")), 3000)),
    ]);
    return { status: "ok", database: "ok" };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0]! : "unknown error";
    return { status: "error", database: "unreachable", reason };
  }
}
