import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { digestOfChunks, streamOfChunks } from "./stream-of-chunks";

async function* chunks(values: string[]) {
  for (const value of values) yield value;
}

describe("open-data files as streams of chunks", () => {
  it("streams every chunk, empty ones skipped without stalling, and hashes the same bytes", async () => {
    const values = ["header\r\n", "", "", "é,1\r\n", "", "last\r\n"];
    const text = await new Response(streamOfChunks(chunks(values))).text();
    expect(text).toBe(values.join(""));
    const digest = await digestOfChunks(chunks(values));
    expect(digest).toEqual({ sha256: createHash("sha256").update(text, "utf8").digest("hex"), bytes: Buffer.byteLength(text) });
  });
});
