import { djb2Hash } from "next/dist/shared/lib/hash";
import { describe, expect, it } from "vitest";
import { KIND_PATHS } from "@/lib/entries/kinds";
import { SHARE_CARD_ROUTE_SUFFIX, shareCardPath } from "./share-card-path";

describe("shareCardPath", () => {
  it("uses the suffix Next derives from each card route's folder (next/dist/lib/metadata/get-metadata-route.js)", () => {
    for (const [kind, suffix] of Object.entries(SHARE_CARD_ROUTE_SUFFIX)) {
      const folder = `/(public)/${KIND_PATHS[kind as keyof typeof KIND_PATHS]}/[slug]`;
      expect(djb2Hash(folder).toString(36).slice(0, 6), folder).toBe(suffix);
    }
  });

  it("is the entry's path, its card route and the card's id", () => {
    expect(shareCardPath("source", "exitosa-peru-2021-05-25")).toBe("/sources/exitosa-peru-2021-05-25/opengraph-image-td6q2h/card");
    expect(shareCardPath("event", "x")).toBe("/events/x/opengraph-image-1rk9k5/card");
  });
});
