import "server-only";

/**
 * Uploads one person may run at once on this instance. Two lets an editor send a capture while another
 * is finishing; more only ties up the server's sockets, disk and database for one session (issue 21:
 * ten stalled uploads from one editor). Per instance: behind a load balancer a person gets this many per
 * instance, which still bounds what one session can hold on each.
 */
export const UPLOADS_PER_USER = 2;
/** What a refused upload is told to wait: a capture of a few MB takes seconds on a good line. */
export const UPLOAD_RETRY_AFTER_SECONDS = 10;

const running = new Map<string, number>();

/** Takes one of the user's upload slots: a release function, or null when all are in use. */
export function takeUploadSlot(userId: string): (() => void) | null {
  const count = running.get(userId) ?? 0;
  if (count >= UPLOADS_PER_USER) return null;
  running.set(userId, count + 1);
  let isReleased = false;
  return () => {
    if (isReleased) return;
    isReleased = true;
    const left = (running.get(userId) ?? 1) - 1;
    if (left > 0) running.set(userId, left);
    else running.delete(userId);
  };
}
