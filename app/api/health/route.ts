import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

// 503 with the reason while the database does not answer (a load balancer takes the instance out);
// the failure is logged once per outage by checkHealth, not once per probe.
export async function GET() {
  const report = await checkHealth();
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (report.status !== "ok") headers["retry-after"] = "30";
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers });
}
