import "server-only";
import { createPrivateKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { signingKeyFile } from "../env";
import { publicKeyText } from "./archive-signature";

export type SigningKey = { privateKey: KeyObject; publicKey: string; file: string; isNew: boolean };

/**
 * The instance's Ed25519 export signing key, generated on first use and kept (PKCS#8 PEM, mode 0600) in
 * the file `EXPEDIENTE_SIGNING_KEY_FILE` names. Kept, because every archive this instance ever signed is
 * checked against the one public key operators were given; a lost key means later exports need the new one.
 */
export async function instanceSigningKey(): Promise<SigningKey> {
  const file = path.resolve(signingKeyFile());
  let isNew = false;
  let pem = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw new Error(`cannot read the signing key ${file}: ${error.message}`);
  });
  if (pem === null) {
    const generated = generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": two exports starting together on a new instance both keep the key that was written first.
    isNew = await writeFile(file, generated, { flag: "wx", mode: 0o600 }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code !== "EEXIST") throw new Error(`cannot write the signing key ${file}: ${error.message}`);
        return false;
      },
    );
    pem = isNew ? generated : await readFile(file, "utf8");
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new Error(`${file} does not hold a private key (PKCS#8 PEM)`);
  }
  if (privateKey.asymmetricKeyType !== "ed25519") throw new Error(`${file} holds an ${privateKey.asymmetricKeyType} key; exports are signed with Ed25519`);
  return { privateKey, publicKey: publicKeyText(privateKey), file, isNew };
}
