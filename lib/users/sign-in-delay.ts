// Slow down, never lock: after a few free failures each one doubles the wait before the next attempt
// (1, 2, 4 … seconds) up to a cap, so a guesser gets a handful of tries a minute while the person with
// the right password gets in after at most the cap. Per account it stops guessing one password from
// many addresses; per address (the socket's, see client-address.ts) it stops one client spraying many
// accounts. The address cap is lower: people behind one NAT share it.
export const THROTTLE = {
  account: { freeFailures: 3, maxDelaySeconds: 30 },
  address: { freeFailures: 5, maxDelaySeconds: 15 },
  // A count is forgotten after this long without a failure.
  quietWindowMs: 15 * 60 * 1000,
} as const;

/** Seconds to wait after the `failures`-th failure in a row: 0 for the free ones, then doubling to the cap. */
export function delayAfter(failures: number, { freeFailures, maxDelaySeconds }: { freeFailures: number; maxDelaySeconds: number }): number {
  if (failures <= freeFailures) return 0;
  return Math.min(maxDelaySeconds, 2 ** Math.min(failures - freeFailures - 1, 30));
}
