import type { Instrumentation } from "next";

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
