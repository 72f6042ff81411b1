import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { receiveUploadBody, UploadBodyError } from "./receive-upload-body";

// Short timings stand in for the real ones (10 s, 10 s, 16 KiB/s): the rule is the same.
const pace = { idleMs: 300, graceMs: 300, minBytesPerSecond: 4096 } as const;

/** A body that sends `pieces`, waiting `gapMs` before each, and then ends (or never does). */
function trickle(pieces: Uint8Array[], { gapMs, isEndless = false }: { gapMs: number; isEndless?: boolean }) {
  let index = 0;
  let isCancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await new Promise((resolve) => setTimeout(resolve, gapMs));
      if (index < pieces.length) controller.enqueue(pieces[index++]!);
      else if (isEndless) controller.enqueue(new Uint8Array([0x20]));
      else controller.close();
    },
    cancel() {
      isCancelled = true;
    },
  });
  return { stream, cancelled: () => isCancelled };
}

async function refusal(promise: Promise<unknown>): Promise<UploadBodyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UploadBodyError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe("receiveUploadBody", () => {
  it("writes the body to a temporary file with its hash and first bytes, and removes the file when discarded", async () => {
    const bytes = Buffer.from("%PDF-1.7\n".repeat(50_000));
    const body = trickle([bytes.subarray(0, 100_000), bytes.subarray(100_000)], { gapMs: 0 });
    const received = await receiveUploadBody(body.stream, { pace });
    expect(received).toMatchObject({ size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") });
    expect(received.head.equals(bytes.subarray(0, 64 * 1024))).toBe(true);
    const chunks: Buffer[] = [];
    for await (const chunk of received.chunks()) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
    await received.discard();
    expect(existsSync(received.path)).toBe(false);
  });

  it("drops a client that stops sending (408) and cancels its body", async () => {
    let isCancelled = false;
    // The first piece, then a pull that never answers.
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(Buffer.from("%PDF"));
      },
      pull: () => new Promise(() => {}),
      cancel() {
        isCancelled = true;
      },
    });
    const startedAt = Date.now();
    expect(await refusal(receiveUploadBody(stalled, { pace }))).toMatchObject({ status: 408 });
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(isCancelled).toBe(true);
  });

  it("drops a client that keeps sending a byte at a time, below the pace, after the grace period (408)", async () => {
    const body = trickle([], { gapMs: 100, isEndless: true });
    const startedAt = Date.now();
    expect(await refusal(receiveUploadBody(body.stream, { pace }))).toMatchObject({ status: 408 });
    // 10 bytes a second never catches up with 4 KiB/s: refused once the 300 ms of grace are over.
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(body.cancelled()).toBe(true);
  });

  it("lets the first bytes refuse the file before the rest is read", async () => {
    const body = trickle([Buffer.alloc(64 * 1024, 1), Buffer.alloc(64 * 1024, 2)], { gapMs: 0 });
    const error = refusal(
      receiveUploadBody(body.stream, {
        pace,
        checkHead: async () => {
          throw new UploadBodyError(415, "unknown type");
        },
      }),
    );
    expect(await error).toMatchObject({ status: 415 });
    expect(body.cancelled()).toBe(true);
  });
});
