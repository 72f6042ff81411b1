import { createHash } from "node:crypto";

/**
 * The validator of a public answer: the public generation it was produced at and its path (with the
 * query). Any publication, withdrawal or hiding bumps the generation on every instance at once, so a
 * CDN or browser revalidating with it can never keep a withdrawn page; two instances at one generation
 * answer the same tag. Weak: the brotli, gzip and plain bodies of one answer share it.
 */
export function publicEtag({ generation, path }: { generation: bigint; path: string }): string {
  return `W/"${generation.toString(36)}-${createHash("sha1").update(path).digest("base64url").slice(0, 12)}"`;
}
