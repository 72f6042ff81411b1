import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { errorsOf, parseCsv, tableErrors, validators } from "@/test/fixtures/frictionless/validate-frictionless";
import { openApiDocument } from "../api/openapi-document";
import { CSV_HEADER, claimRows, claimRowToCsv } from "./claim-rows";
import { DATA_LICENSE, dataPackage } from "./data-package";

const pkg = dataPackage({ origin: "https://expediente.example" });
const [claims, record] = pkg.resources;

describe("the data package (/data/datapackage.json)", () => {
  it("validates against the official Data Package, Data Resource and Table Schema profiles", () => {
    expect(errorsOf(validators.dataPackage, pkg)).toEqual([]);
    expect(errorsOf(validators.tabularDataResource, claims)).toEqual([]);
    expect(errorsOf(validators.tableSchema, claims!.schema)).toEqual([]);
    expect(errorsOf(validators.dataResource, record)).toEqual([]);
  });

  it("describes every column of claims.csv in the CSV's order, typed and described", () => {
    const { header } = parseCsv(CSV_HEADER);
    const fields = claims!.schema!.fields;
    expect(fields.map((f) => f.name)).toEqual(header);
    for (const field of fields) {
      expect(field.type, field.name).toMatch(/^(?:string|integer|number|date|datetime)$/);
      expect(field.description.length, field.name).toBeGreaterThan(10);
    }
    expect(fields.some((f) => f.type === "datetime")).toBe(true);
    expect(fields.filter((f) => f.type === "date").map((f) => f.name)).toEqual(["value_date"]);
    // Columns that may be empty in every row are typed as text, never left for a reader to guess as numbers.
    for (const name of ["value_iso", "as_of", "deprecation_reason", "category"]) expect(fields.find((f) => f.name === name)?.type, name).toBe("string");
    expect(header.slice(header.indexOf("value"), header.indexOf("value") + 4)).toEqual(["value", "value_iso", "value_precision", "value_date"]);
    expect(claims!.schema!.missingValues).toEqual([""]);
    for (const name of claims!.schema!.primaryKey) expect(header).toContain(name);
  });

  it("names the licence as LICENSE-DATA and the OpenAPI document do", () => {
    const license = readFileSync(path.resolve(import.meta.dirname, "../../LICENSE-DATA"), "utf8");
    expect(license).toContain(`SPDX-License-Identifier: ${DATA_LICENSE.name}`);
    expect(license).toContain(DATA_LICENSE.path);
    expect(license).toContain(DATA_LICENSE.title);
    const info = (openApiDocument() as { info: { license: { identifier: string } } }).info;
    expect(info.license.identifier).toBe(DATA_LICENSE.name);
    expect(pkg.licenses).toEqual([DATA_LICENSE]);
  });

  it("gives paths as absolute URLs on the site", () => {
    expect(pkg.resources.map((r) => r.path)).toEqual(["https://expediente.example/data/claims.csv", "https://expediente.example/data/record.json"]);
  });

  it("accepts rows as claim-rows writes them, and the table check refuses a wrong one", () => {
    const rows = claimRows(
      { kind: "event", slug: "attack", title: "Attack", revision: 3, publishedAt: new Date("2021-05-25T10:00:00.123Z") },
      [
        {
          id: "toll",
          property: "fatalities",
          value: { type: "range", low: 14, high: 18 },
          assertedBy: "army",
          nature: "estimated",
          rank: "normal",
          citations: [{ source: "paper", locator: "p. 2", quote: '-14 to 18, "about"' }, { source: "other" }],
        },
        {
          id: "who",
          property: "perpetrator",
          value: { type: "text", text: "=unknown" },
          nature: "alleged",
          rank: "deprecated",
          deprecationReason: "x",
          citations: [{ source: "paper" }],
        },
        {
          id: "when",
          property: "date",
          value: { type: "date", date: { year: 2021, month: 5, day: 23, precision: "day" } },
          qualifiers: { asOf: { year: 2018, precision: "year" } },
          nature: "asserted",
          rank: "preferred",
          citations: [{ source: "paper" }],
        },
        {
          id: "when-vague",
          property: "date",
          value: { type: "date", date: { month: 2, precision: "month" } },
          nature: "asserted",
          rank: "normal",
          citations: [{ source: "paper" }],
        },
      ],
      (kind, slug) => (kind === "actor" && slug === "army" ? "The Army" : undefined),
    );
    const csv = CSV_HEADER + rows.map(claimRowToCsv).join("");
    expect(tableErrors(csv, claims!.schema!)).toEqual([]);
    expect(csv).toContain(",2021-05-23,day,2021-05-23,,,,2018,year,");
    expect(tableErrors(csv.replace(",14,18,", ",14,many,"), claims!.schema!)).toEqual([expect.stringContaining("high")]);
    expect(tableErrors(csv.replace(",2021-05-23,day,2021-05-23,", ",2021-05-23,day,23 May 2021,"), claims!.schema!)).toEqual([
      expect.stringContaining("value_date"),
    ]);
    expect(tableErrors(csv.replace(",2018,year,", ",2018.0,year,"), claims!.schema!)).toEqual([expect.stringContaining("as_of")]);
  });
});
