import { isBuildPhase } from "../env";
import { logger } from "../logger";

/** instrumentation.ts's entry point: a queue that cannot start is logged, never fatal to serving pages. */
export async function startWorkersOnBoot(): Promise<void> {
  if (isBuildPhase()) return;
  const { startWorkers } = await import("./start-workers");
  await startWorkers().catch((error: Error) =>
    logger.error({ err: { message: error.message } }, "job queue did not start; mail and scheduled publications wait until the next start"),
  );
}
