// "Cite this record": one citable version of the record (a release of the open data, or an entry's
// published revision) written as plain text, BibTeX and CSL-JSON. Pure and client-safe, so unit tests
// check the escaping and the shapes; the reader pages render it without script.

export const PUBLISHER = "Expediente";

export type CitableVersion = {
  /** A release of the whole dataset, or one entry's published revision. */
  type: "dataset" | "entry";
  title: string;
  /** "release 12", "revision 5": the version's name as the text citation says it. */
  versionLabel: string;
  /** The version's number alone (CSL-JSON and BibTeX `version`). */
  version: number;
  issued: Date;
  /** The permanent address of this version (absolute). */
  url: string;
  /** The citation key: letters, digits and hyphens, stable for the version. */
  key: string;
  /** A licence name for the text citation (the data's). */
  licence?: string;
};

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "Expediente. “Title” (revision 5, 2021-05-25). Expediente. https://…" — the citation a reader pastes. */
export function citationText(work: CitableVersion): string {
  const what = work.type === "dataset" ? `${work.title} [data set]` : `“${work.title}”`;
  const licence = work.licence ? ` ${work.licence}.` : "";
  return `${PUBLISHER}. ${what} (${work.versionLabel}, ${isoDay(work.issued)}). ${PUBLISHER}.${licence} ${work.url}`;
}

const BIBTEX_SPECIALS: Record<string, string> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  $: "\\$",
  "&": "\\&",
  "%": "\\%",
  "#": "\\#",
  _: "\\_",
  "^": "\\textasciicircum{}",
  "~": "\\textasciitilde{}",
};

/**
 * A value for a braced BibTeX field: TeX's special characters escaped, so a title such as
 * "50% & rising_{x}" neither breaks the entry nor runs TeX. Line breaks become spaces.
 */
export function bibtexEscape(value: string): string {
  return value.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIALS[c]!).replace(/\s+/g, " ");
}

/** A URL in `url`/`howpublished`: our own addresses need no escape, but a brace or a space would end the field. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s\\]/g, (c) => encodeURIComponent(c));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** A BibTeX @misc entry (read by BibTeX and biblatex alike); the publisher as a corporate author in double braces. */
export function citationBibtex(work: CitableVersion): string {
  const fields: [string, string][] = [
    ["author", `{${PUBLISHER}}`],
    ["title", `{${bibtexEscape(work.title)}}`],
    ["year", String(work.issued.getUTCFullYear())],
    ["month", MONTHS[work.issued.getUTCMonth()]!],
    ["version", String(work.version)],
    ["publisher", PUBLISHER],
    ["howpublished", `\\url{${bibtexUrl(work.url)}}`],
    ["url", bibtexUrl(work.url)],
    [
      "note",
      bibtexEscape(`${work.type === "dataset" ? "Data set, " : ""}${work.versionLabel}, ${isoDay(work.issued)}${work.licence ? `. ${work.licence}` : ""}`),
    ],
  ];
  const key = work.key.replace(/[^A-Za-z0-9-]/g, "-");
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(",\n")}\n}\n`;
}

export type CslItem = {
  id: string;
  type: "dataset" | "entry-encyclopedia";
  title: string;
  author: { literal: string }[];
  publisher: string;
  "container-title"?: string;
  version: string;
  issued: { "date-parts": [[number, number, number]] };
  URL: string;
  note?: string;
};

/** CSL-JSON (an array of one item), as Zotero, Pandoc and citeproc read it. */
export function citationCsl(work: CitableVersion): CslItem[] {
  const issued = work.issued;
  return [
    {
      id: work.key,
      type: work.type === "dataset" ? "dataset" : "entry-encyclopedia",
      title: work.title,
      author: [{ literal: PUBLISHER }],
      publisher: PUBLISHER,
      ...(work.type === "entry" ? { "container-title": PUBLISHER } : {}),
      version: String(work.version),
      issued: { "date-parts": [[issued.getUTCFullYear(), issued.getUTCMonth() + 1, issued.getUTCDate()]] },
      URL: work.url,
      ...(work.licence ? { note: work.licence } : {}),
    },
  ];
}

/** The citable version of one entry's published revision: /[kind]/[slug]/history/[number]. */
export function entryVersion({
  origin,
  kindPath,
  slug,
  title,
  revision,
  publishedAt,
}: {
  origin: string;
  kindPath: string;
  slug: string;
  title: string;
  revision: number;
  publishedAt: Date;
}): CitableVersion {
  return {
    type: "entry",
    title,
    versionLabel: `revision ${revision}`,
    version: revision,
    issued: publishedAt,
    url: `${origin}/${kindPath}/${slug}/history/${revision}`,
    key: `expediente-${kindPath}-${slug}-r${revision}`,
  };
}

/** The citable version of a release of the open data: /data/releases/[number]. */
export function releaseVersion({
  origin,
  title,
  number,
  releasedAt,
  licence,
}: {
  origin: string;
  title: string;
  number: number;
  releasedAt: Date;
  licence: string;
}): CitableVersion {
  return {
    type: "dataset",
    title,
    versionLabel: `release ${number}`,
    version: number,
    issued: releasedAt,
    url: `${origin}/data/releases/${number}`,
    key: `expediente-data-release-${number}`,
    licence,
  };
}
