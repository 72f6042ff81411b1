import http from "node:http";

export type WireAnswer = { status: number; encoding: string; body: Buffer; cache: string };

/** GET `url` as a browser would (its Accept-Encoding unless given), keeping the body as it came over the wire. */
export function wireBytes(url: string, acceptEncoding = "gzip, deflate, br"): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": acceptEncoding, accept: "text/html" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            encoding: String(response.headers["content-encoding"] ?? "identity"),
            body: Buffer.concat(chunks),
            cache: String(response.headers["x-expediente-cache"] ?? response.headers["x-nextjs-cache"] ?? "none"),
          }),
        );
      })
      .on("error", reject);
  });
}
