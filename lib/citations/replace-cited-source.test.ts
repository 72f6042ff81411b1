import { describe, expect, it } from "vitest";
import { countCitations, replaceCitedSource, replaceInBody } from "./replace-cited-source";

const draft = {
  body: "The radio said so [@exitosa, min. 2:35]. Others agreed [@ojo; @exitosa]. Code `[@exitosa]` stays.",
  participants: [{ id: "p1", actor: "host", citations: [{ source: "exitosa", locator: "min. 1" }, { source: "ojo" }] }],
  timeline: [{ id: "t1", text: "x", citations: [{ source: "exitosa", quote: "q" }] }],
  claims: [{ id: "c1", citations: [{ source: "exitosa" }, { source: "larepublica" }] }],
};

describe("replacing a cited source across an entry", () => {
  it("counts every citation, lists and body markers, outside code", () => {
    expect(countCitations(draft, "exitosa")).toBe(5);
    expect(countCitations(draft, "ojo")).toBe(2);
  });

  it("swaps every citation for another source, keeping locators and quotes", () => {
    const replaced = replaceCitedSource(draft, "exitosa", "larepublica");
    expect(replaced).toEqual({
      body: "The radio said so [@larepublica, min. 2:35]. Others agreed [@ojo; @larepublica]. Code `[@exitosa]` stays.",
      participants: [{ id: "p1", actor: "host", citations: [{ source: "larepublica", locator: "min. 1" }, { source: "ojo" }] }],
      timeline: [{ id: "t1", text: "x", citations: [{ source: "larepublica", quote: "q" }] }],
      // The claim already cited the replacement: one citation of it remains.
      claims: [{ id: "c1", citations: [{ source: "larepublica" }] }],
    });
    expect(countCitations(replaced, "exitosa")).toBe(0);
  });

  it("removes every citation, and an emptied marker with its space", () => {
    const removed = replaceCitedSource(draft, "exitosa", null);
    expect(removed).toEqual({
      body: "The radio said so. Others agreed [@ojo]. Code `[@exitosa]` stays.",
      participants: [{ id: "p1", actor: "host", citations: [{ source: "ojo" }] }],
      timeline: [{ id: "t1", text: "x", citations: [] }],
      claims: [{ id: "c1", citations: [{ source: "larepublica" }] }],
    });
    expect(countCitations(removed, "exitosa")).toBe(0);
    expect(replaceInBody("No citations here.", "exitosa", null)).toBe("No citations here.");
  });
});
