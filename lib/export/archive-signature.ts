import "server-only";
import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";
import { ImportRefusedError, MANIFEST_PATH, SIGNATURE_PATH } from "./archive-format";

// The chain of custody (docs/export-format.md, "Signature"): the manifest lists every part's SHA-256,
// so a signature of the manifest's bytes vouches for the whole archive. Anyone who can rewrite a part
// can also recompute the manifest; only the exporting instance's private key can sign it again.

export type ArchiveSignature = { algorithm: "Ed25519"; signs: typeof MANIFEST_PATH; publicKey: string; signature: string };

/** How an import is to check the archive's origin: at least one, or `isUnverified` on its own. */
export type ArchiveVerification = { trustedKey?: string; expectedSha256?: string; isUnverified?: boolean };

/** What was checked, as the import reports it and its audit line records it. */
export type VerifiedOrigin = { method: "signature" | "sha256" | "signature+sha256" | "unverified"; publicKey?: string };

// SPKI DER of an Ed25519 key is this 12-byte prefix and the raw 32-byte key.
const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** A public key as printed and stored: base64 of its SPKI DER (`MCowBQYDK2VwAyEA…`, 60 characters). */
export function publicKeyText(key: KeyObject): string {
  return (key.type === "public" ? key : createPublicKey(key)).export({ type: "spki", format: "der" }).toString("base64");
}

/** The bytes of signature.json for a manifest. Ed25519 signatures are deterministic: the same manifest and key give the same bytes. */
export function signManifest(manifestBytes: Buffer, privateKey: KeyObject): Buffer {
  const signature: ArchiveSignature = {
    algorithm: "Ed25519",
    signs: MANIFEST_PATH,
    publicKey: publicKeyText(privateKey),
    signature: sign(null, manifestBytes, privateKey).toString("base64"),
  };
  return Buffer.from(`${JSON.stringify(signature, null, 2)}\n`, "utf8");
}

/** An Ed25519 public key from PEM (`-----BEGIN PUBLIC KEY-----`), base64 of its SPKI DER, or base64 of its raw 32 bytes. */
export function parsePublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    if (trimmed.startsWith("-----BEGIN")) key = createPublicKey(trimmed);
    else {
      if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) throw new Error("not base64");
      const der = Buffer.from(trimmed, "base64");
      key = createPublicKey({ key: der.length === 32 ? Buffer.concat([ED25519_SPKI_PREFIX, der]) : der, format: "der", type: "spki" });
    }
  } catch {
    throw new ImportRefusedError("--trusted-key is not a public key: give the file or the base64 text that `npm run export -- --print-public-key` prints");
  }
  if (key.asymmetricKeyType !== "ed25519") throw new ImportRefusedError(`--trusted-key is an ${key.asymmetricKeyType} key; exports are signed with Ed25519`);
  return key;
}

/** Refuses, before anything is read, an import that names no way to check the archive's origin. */
export function checkVerificationOptions({ trustedKey, expectedSha256, isUnverified }: ArchiveVerification) {
  const isNamed = trustedKey !== undefined || expectedSha256 !== undefined;
  if (isUnverified && isNamed)
    throw new ImportRefusedError("--unverified skips the checks that --trusted-key and --expect-sha256 ask for: give one or the other");
  if (!isUnverified && !isNamed) {
    throw new ImportRefusedError(
      "the archive's origin is not checked: name the exporting instance's public key (--trusted-key <file or base64>) or the manifest SHA-256 its export printed (--expect-sha256 <hex>); --unverified imports it anyway and the audit log says so",
    );
  }
  if (expectedSha256 !== undefined && !/^[0-9a-fA-F]{64}$/.test(expectedSha256)) throw new ImportRefusedError("--expect-sha256 must be 64 hexadecimal digits");
  if (trustedKey !== undefined) parsePublicKey(trustedKey);
}

/**
 * Checks the manifest's bytes against what the operator named, before anything in them is trusted.
 * The archive's own `publicKey` is only quoted in messages: trusting it would let a forger sign with a key of their own.
 */
export function verifyManifest({
  manifestBytes,
  signatureBytes,
  verification,
}: {
  manifestBytes: Buffer;
  signatureBytes: Buffer | null;
  verification: ArchiveVerification;
}): VerifiedOrigin {
  checkVerificationOptions(verification);
  if (verification.isUnverified) return { method: "unverified" };
  const { trustedKey, expectedSha256 } = verification;
  if (expectedSha256 !== undefined) {
    const actual = createHash("sha256").update(manifestBytes).digest("hex");
    if (actual !== expectedSha256.toLowerCase()) {
      throw new ImportRefusedError(
        `the manifest's SHA-256 is ${actual}, not the expected ${expectedSha256.toLowerCase()}: the archive is not the one exported`,
      );
    }
  }
  if (trustedKey === undefined) return { method: "sha256" };
  const key = parsePublicKey(trustedKey);
  const publicKey = publicKeyText(key);
  const signature = parseSignature(signatureBytes);
  if (!verify(null, manifestBytes, key, Buffer.from(signature.signature, "base64"))) {
    throw new ImportRefusedError(
      signature.publicKey === publicKey
        ? "the signature does not match the manifest: the archive was changed after it was signed"
        : `the archive is signed by another key (${signature.publicKey}), not the trusted key ${publicKey}`,
    );
  }
  return { method: expectedSha256 === undefined ? "signature" : "signature+sha256", publicKey };
}

function parseSignature(bytes: Buffer | null): ArchiveSignature {
  if (bytes === null) throw new ImportRefusedError(`the archive is not signed (no ${SIGNATURE_PATH}), so --trusted-key cannot vouch for it`);
  let parsed: Partial<ArchiveSignature>;
  try {
    parsed = JSON.parse(bytes.toString("utf8")) as Partial<ArchiveSignature>;
  } catch {
    throw new ImportRefusedError("the archive's signature.json is not valid JSON");
  }
  if (parsed.algorithm !== "Ed25519" || parsed.signs !== MANIFEST_PATH || typeof parsed.signature !== "string" || typeof parsed.publicKey !== "string") {
    throw new ImportRefusedError("the archive's signature.json is not an Ed25519 signature of manifest.json");
  }
  return parsed as ArchiveSignature;
}
