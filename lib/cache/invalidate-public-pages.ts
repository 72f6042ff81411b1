import "server-only";

/**
 * Called after a publication or a withdrawal commits. Public pages read the database on every
 * request (see docs/decisions/003-public-page-freshness.md), so every instance is current at once;
 * this also drops Next's client router cache for this instance's visitors.
 */
export async function invalidatePublicPages(): Promise<void> {
  try {
    const { revalidatePath } = await import("next/cache");
    revalidatePath("/", "layout");
  } catch {
    // Outside a Next request (seed, tests, CLI) there is no cache to drop.
  }
}
