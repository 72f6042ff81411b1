import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Sign-in throttling keys clients by their socket address (lib/users/client-address.ts).
  const { installSocketAddressHeader } = await import("./lib/users/socket-address-header");
  installSocketAddressHeader();
  // The proxy's page copies are sent as compressed when stored (lib/cache/precompressed-responses.ts).
  const { installPrecompressedResponses } = await import("./lib/cache/precompressed-responses");
  installPrecompressedResponses();
  // Plain loads of pages the proxy holds a current copy of are answered before Next (lib/cache/front-door.ts).
  const { installFrontDoor } = await import("./lib/cache/front-door");
  installFrontDoor();
  // One job queue per app process (lib/jobs): the Node runtime of next start / next dev, never next build.
  // Not awaited: serving pages does not wait for the workers.
  void import("./lib/jobs/start-workers-on-boot").then((jobs) => jobs.startWorkersOnBoot());
}

// Every unhandled server error becomes one structured log line; a database that does not answer is
// one line per outage (lib/health/database-outage.mjs), not a stack trace per request.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailableError, noteDatabaseFailure } = await import("./lib/health/database-outage.mjs");
  if (isDatabaseUnavailableError(error)) {
    noteDatabaseFailure(error);
    return;
  }
  const { logger } = await import("./lib/logger");
  const err = error as Error & { digest?: string };
  logger.error(
    { err: { message: err.message, stack: err.stack, digest: err.digest }, method: request.method, path: request.path, route: context.routePath },
    "request failed",
  );
};
