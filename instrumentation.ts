import type { Instrumentation } from "next";

// One job queue per app process (lib/jobs): the Node runtime of next start / next dev, never next build.
// Not awaited: serving pages does not wait for the workers.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") void import("./lib/jobs/start-workers-on-boot").then((jobs) => jobs.startWorkersOnBoot());
}

// Every unhandled server error becomes one structured log line.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/logger");
  const err = error as Error & { digest?: string };
  logger.error(
    { err: { message: err.message, stack: err.stack, digest: err.digest }, method: request.method, path: request.path, route: context.routePath },
    "request failed",
  );
};
