import { citationBibtex, citationCsl, citationText, type CitableVersion } from "@/lib/open-data/cite-record";

/**
 * "Cite this record" in text, BibTeX and CSL-JSON, naming the version and its permanent address. A
 * <details> element: it opens without script, as reader pages ship none (decision 011).
 */
export function CiteThisRecord({ work, id = "cite" }: { work: CitableVersion; id?: string }) {
  return (
    <details className="cite-record" id={id}>
      <summary>Cite this {work.type === "dataset" ? "release" : "revision"}</summary>
      <p>
        This cites {work.versionLabel}, at its permanent address <a href={work.url}>{work.url}</a>.
      </p>
      <h3>Text</h3>
      <p className="cite-text">{citationText(work)}</p>
      <h3>BibTeX</h3>
      <pre>
        <code className="cite-bibtex">{citationBibtex(work)}</code>
      </pre>
      <h3>CSL-JSON</h3>
      <pre>
        <code className="cite-csl">{JSON.stringify(citationCsl(work), null, 2)}</code>
      </pre>
    </details>
  );
}
