import "server-only";

/**
 * Called after a publication, withdrawal or hiding commits. The public generation bumped in that
 * transaction already retires every cached page on every instance (the proxy's copies and the ISR
 * cache, docs/decisions/004-public-page-cache.md); this frees this instance's ISR entries at once and
 * drops Next's client router cache for this instance's visitors.
 */
export async function invalidatePublicPages(): Promise<void> {
  try {
    const { revalidatePath } = await import("next/cache");
    revalidatePath("/", "layout");
  } catch {
    // Outside a Next request (seed, tests, CLI) there is no cache to drop.
  }
}
