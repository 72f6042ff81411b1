import { describe, expect, it } from "vitest";
import { detectMediaType } from "./detect-media-type";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detectMediaType", () => {
  it("tells the accepted binary types from their magic numbers", async () => {
    expect(await detectMediaType(bytes("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"))).toBe("application/pdf");
    expect(
      await detectMediaType(
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]),
      ),
    ).toBe("image/png");
    expect(await detectMediaType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]))).toBe("image/jpeg");
  });

  it("refuses other binary types, whatever the file is called", async () => {
    expect(await detectMediaType(bytes("GIF89a\x01\x00\x01\x00"))).toBeNull();
    expect(await detectMediaType(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]))).toBeNull();
    expect(await detectMediaType(Uint8Array.from([0, 1, 2, 3, 0xfe, 0xff, 0x00, 0x10]))).toBeNull();
    expect(await detectMediaType(new Uint8Array())).toBeNull();
  });

  it("reads text as HTML, MHTML or plain text", async () => {
    expect(await detectMediaType(bytes("\uFEFF  <!DOCTYPE html><html><body>Hi</body></html>"))).toBe("text/html");
    expect(await detectMediaType(bytes("<html lang=es>"))).toBe("text/html");
    expect(
      await detectMediaType(
        bytes(
          'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html"\r\n',
        ),
      ),
    ).toBe("multipart/related");
    expect(await detectMediaType(bytes("Comunicado oficial: la fuerza pública…\nSegunda línea"))).toBe("text/plain");
  });

  it("does not take a multi-byte character cut at the end of the sniffed bytes for binary", async () => {
    const text = bytes("año ñ");
    expect(await detectMediaType(text.subarray(0, text.length - 1))).toBe("text/plain");
  });
});
