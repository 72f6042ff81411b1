// SHA-256 of a file in the browser with Web Crypto: nothing leaves the reader's machine. Null where the
// page is not a secure context (plain http on another host), which has no crypto.subtle.
export async function sha256OfFile(file: Blob): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}
