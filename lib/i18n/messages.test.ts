import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import es from "@/messages/es.json";

type Catalogue = { [key: string]: string | Catalogue };

/** Every message of a catalogue by its dotted key. */
function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments a message takes, with their type ("count:plural", "name:argument"), sorted. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(`${element.value}:argument`);
        break;
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        found.add(`${element.value}:${TYPE[element.type]}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        found.add(`${element.value}:${TYPE[element.type]}`);
        for (const option of Object.values(element.options)) argumentsOf(option.value, found);
        break;
      case TYPE.tag:
        found.add(`<${element.value}>`);
        argumentsOf(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

const catalogues = { en: flatten(en), es: flatten(es) };

describe("message catalogues", () => {
  it("have exactly the same keys in English and Spanish", () => {
    expect([...catalogues.es.keys()].sort()).toEqual([...catalogues.en.keys()].sort());
  });

  it("hold no empty message", () => {
    for (const [locale, messages] of Object.entries(catalogues)) {
      for (const [key, message] of messages) expect(message.trim(), `${locale}:${key}`).not.toBe("");
    }
  });

  it.each([...catalogues.en.keys()])("%s parses in both languages and takes the same arguments", (key) => {
    const english = parse(catalogues.en.get(key) ?? "", { requiresOtherClause: true });
    const spanish = parse(catalogues.es.get(key) ?? "", { requiresOtherClause: true });
    expect([...argumentsOf(spanish)].sort()).toEqual([...argumentsOf(english)].sort());
  });
});
