// The Frictionless Data Package (v1) that describes /data: what the files are, under which licence, and
// claims.csv's columns as a Table Schema. Pure, so a unit test can validate it against the official
// profiles without a server; the route only supplies the site's origin.
import { CLAIM_ROW_FIELDS } from "./claim-rows";

/** The data licence, worded as in LICENSE-DATA and the OpenAPI document's info.license. */
export const DATA_LICENSE = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0 International licence (CC BY 4.0)",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

export const DATA_PACKAGE_TITLE = "Expediente: the published record";

/** What claims.csv writes for an empty cell: an empty field, never "NA" or "null". */
export const CLAIMS_CSV_MISSING_VALUES = [""];

/**
 * Rows are one per claim and citation, so a claim id repeats once per source it cites; the entry, the
 * claim, and the citation's source, locator and quote together tell rows apart.
 */
export const CLAIMS_CSV_PRIMARY_KEY = ["entry_kind", "entry_slug", "claim_id", "source", "locator", "quote"];

export function claimsTableSchema() {
  return {
    fields: CLAIM_ROW_FIELDS.map((field) => ({
      name: field.name,
      type: field.type,
      ...(field.format ? { format: field.format } : {}),
      description: field.meaning,
      ...(field.constraints ? { constraints: { ...field.constraints, ...(field.constraints.enum ? { enum: [...field.constraints.enum] } : {}) } } : {}),
    })),
    primaryKey: CLAIMS_CSV_PRIMARY_KEY,
    // No foreignKeys: Table Schema lets a foreign key point only at a tabular resource, and the entries
    // are published as record.json (a JSON document), not as a table. The description says how to join.
    missingValues: CLAIMS_CSV_MISSING_VALUES,
  };
}

export function dataPackage({ origin }: { origin: string }) {
  return {
    profile: "data-package",
    name: "expediente-record",
    id: `${origin}/data/datapackage.json`,
    title: DATA_PACKAGE_TITLE,
    description:
      "The published record of contested events, actors and sources that Expediente keeps: every claim with who asserts it and the sources it cites " +
      "(claims.csv), and every published entry in full (record.json). Published revisions only: drafts, changes awaiting review and withdrawn entries " +
      "are never in it. Each publication is a release: these paths give the newest, /data/releases lists every release with the SHA-256 of " +
      "its files, and /data/releases/<n>/claims.csv and record.json give the record as it stood at release n.",
    homepage: `${origin}/data`,
    licenses: [DATA_LICENSE],
    sources: [{ title: "Expediente, the published record", path: `${origin}/` }],
    contributors: [{ title: "Expediente", role: "publisher", path: `${origin}/` }],
    keywords: ["claims", "citations", "events", "open data"],
    resources: [
      {
        profile: "tabular-data-resource",
        name: "claims",
        title: "Claims",
        description:
          "One row per claim and citation: a claim cited by three sources gives three rows with the same claim_id. The entries the rows refer to " +
          "(entry_kind and entry_slug, asserted_by as an actor's slug, source as a source's slug) are the entries of the record resource, matched " +
          "on kind and slug; they are not declared as foreignKeys because the record is a JSON document, not a table. Cells a spreadsheet would run " +
          "as a formula (starting with =, +, - or @) start with an apostrophe.",
        path: `${origin}/data/claims.csv`,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        licenses: [DATA_LICENSE],
        dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
        schema: claimsTableSchema(),
      },
      {
        profile: "data-resource",
        name: "record",
        title: "The whole record",
        description:
          "Every published entry (events, actors and sources) with its published revision's content, claims and citations included, as described on /data.",
        path: `${origin}/data/record.json`,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        licenses: [DATA_LICENSE],
      },
    ],
  };
}
