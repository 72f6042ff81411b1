import type { PublicCapture } from "@/lib/captures/capture-dto";
import { CAPTURE_TYPE_LABELS, formatBytes } from "@/lib/captures/capture-schema";
import { GraphicReveal } from "./graphic-reveal";
import "./captures.css";

/** A published source's public captures: what was archived, when, and the hash to check a copy against. */
export function PublicCaptures({ captures }: { captures: Omit<PublicCapture, "citedIn">[] }) {
  return (
    <section aria-labelledby="captures-heading" className="captures">
      <h2 id="captures-heading">Archived captures</h2>
      <p className="muted">
        Copies of this source kept by the record. Check a copy you hold against its SHA-256 on the <a href="/verify">verify page</a>.
      </p>
      <ul className="captures__list">
        {captures.map((capture) => {
          const isImage = capture.mediaType === "image/png" || capture.mediaType === "image/jpeg";
          const preview = isImage ? (
            // eslint-disable-next-line @next/next/no-img-element -- a stored file served by our own route, not an optimisable asset
            <img className="captures__image" src={capture.downloadPath} alt={`Screenshot captured ${capture.capturedAt.slice(0, 10)}`} loading="lazy" />
          ) : null;
          const download = (
            <a href={capture.downloadPath} download>
              Download {CAPTURE_TYPE_LABELS[capture.mediaType]}
            </a>
          );
          return (
            <li key={capture.sha256} className="captures__item" data-sha256={capture.sha256}>
              <dl className="captures__facts">
                <dt>Type</dt>
                <dd>{CAPTURE_TYPE_LABELS[capture.mediaType]}</dd>
                <dt>Size</dt>
                <dd>{formatBytes(capture.size)}</dd>
                <dt>Captured</dt>
                <dd>
                  <time dateTime={capture.capturedAt}>{capture.capturedAt.slice(0, 10)}</time>
                  {capture.tool ? ` with ${capture.tool}` : ""}
                </dd>
                {capture.capturedUrl ? (
                  <>
                    <dt>From</dt>
                    <dd className="captures__url">{capture.capturedUrl}</dd>
                  </>
                ) : null}
                <dt>SHA-256</dt>
                <dd>
                  <code className="captures__hash">{capture.sha256}</code>
                </dd>
              </dl>
              {capture.isGraphic ? (
                <GraphicReveal>
                  {preview}
                  <p>{download}</p>
                </GraphicReveal>
              ) : (
                <>
                  {preview}
                  <p>{download}</p>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
