import { createHash, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ImportRefusedError } from "./archive-format";
import { checkVerificationOptions, parsePublicKey, publicKeyText, signManifest, verifyManifest } from "./archive-signature";

const { privateKey, publicKey } = generateKeyPairSync("ed25519");
const trustedKey = publicKeyText(privateKey);
const manifestBytes = Buffer.from('{"format":"expediente-export"}\n');
const signatureBytes = signManifest(manifestBytes, privateKey);

describe("archive signatures", () => {
  it("signs deterministically, so a round trip stays byte-identical", () => {
    expect(signManifest(manifestBytes, privateKey).equals(signatureBytes)).toBe(true);
    expect(JSON.parse(signatureBytes.toString("utf8"))).toMatchObject({ algorithm: "Ed25519", signs: "manifest.json", publicKey: trustedKey });
  });

  it("reads a public key as PEM, base64 SPKI or base64 raw bytes, and nothing else", () => {
    const pem = publicKey.export({ type: "spki", format: "pem" }).toString();
    const raw = publicKey.export({ format: "jwk" }).x!;
    for (const text of [pem, trustedKey, `${trustedKey}\n`, Buffer.from(raw, "base64url").toString("base64")])
      expect(publicKeyText(parsePublicKey(text))).toBe(trustedKey);
    const rsa = generateKeyPairSync("rsa", { modulusLength: 1024 }).publicKey.export({ type: "spki", format: "pem" }).toString();
    expect(() => parsePublicKey(rsa)).toThrow(/rsa key; exports are signed with Ed25519/);
    expect(() => parsePublicKey("not a key!")).toThrow(ImportRefusedError);
  });

  it("verifies against the named key only, never the key the archive carries", () => {
    expect(verifyManifest({ manifestBytes, signatureBytes, verification: { trustedKey } })).toEqual({ method: "signature", publicKey: trustedKey });
    const forger = generateKeyPairSync("ed25519").privateKey;
    const forged = Buffer.from('{"format":"expediente-export","forged":true}\n');
    expect(() => verifyManifest({ manifestBytes: forged, signatureBytes, verification: { trustedKey } })).toThrow(/does not match the manifest/);
    expect(() => verifyManifest({ manifestBytes: forged, signatureBytes: signManifest(forged, forger), verification: { trustedKey } })).toThrow(
      /signed by another key/,
    );
    expect(() => verifyManifest({ manifestBytes, signatureBytes: null, verification: { trustedKey } })).toThrow(/not signed/);
    expect(() => verifyManifest({ manifestBytes, signatureBytes: Buffer.from("{}"), verification: { trustedKey } })).toThrow(/not an Ed25519 signature/);
  });

  it("checks an expected SHA-256, and refuses when nothing is named unless told --unverified", () => {
    const sha256 = createHash("sha256").update(manifestBytes).digest("hex");
    expect(verifyManifest({ manifestBytes, signatureBytes: null, verification: { expectedSha256: sha256 } })).toEqual({ method: "sha256" });
    expect(verifyManifest({ manifestBytes, signatureBytes, verification: { expectedSha256: sha256, trustedKey } }).method).toBe("signature+sha256");
    expect(() => verifyManifest({ manifestBytes, signatureBytes, verification: { expectedSha256: "0".repeat(64) } })).toThrow(/not the expected/);
    expect(() => checkVerificationOptions({})).toThrow(/origin is not checked/);
    expect(() => checkVerificationOptions({ isUnverified: true, expectedSha256: sha256 })).toThrow(/give one or the other/);
    expect(verifyManifest({ manifestBytes, signatureBytes: null, verification: { isUnverified: true } })).toEqual({ method: "unverified" });
  });
});
