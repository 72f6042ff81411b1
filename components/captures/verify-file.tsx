"use client";

import { useId, useState, type DragEvent } from "react";
import { z } from "zod";
import { CAPTURE_MEDIA_TYPES, CAPTURE_TYPE_LABELS, formatBytes } from "@/lib/captures/capture-schema";
import { readJsonAnswer } from "@/lib/http/json-answer";
import { sha256OfFile } from "./sha256-of-file";
import "./captures.css";

/** What this page reads of the public API's capture (GET /api/v1/captures/{sha256}, documented in /api/openapi.json). */
const foundSchema = z.object({
  sha256: z.string(),
  mediaType: z.enum(CAPTURE_MEDIA_TYPES),
  size: z.number(),
  capturedAt: z.string(),
  capturedUrl: z.string().nullable(),
  downloadPath: z.string(),
  citedIn: z.array(z.object({ slug: z.string(), title: z.string(), path: z.string() })),
});
type Found = z.infer<typeof foundSchema>;
type Outcome = { kind: "found"; name: string; capture: Found } | { kind: "missing"; name: string; sha256: string } | { kind: "error"; message: string };

/** Hashes a dropped or chosen file with Web Crypto and looks the hash up in the public API. */
export function VerifyFile() {
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const [isOver, setIsOver] = useState(false);

  async function check(file: File | undefined) {
    if (!file) return;
    setIsBusy(true);
    setOutcome(null);
    try {
      const sha256 = await sha256OfFile(file);
      if (!sha256) {
        setOutcome({ kind: "error", message: "This browser cannot compute a SHA-256 on this page (it needs a secure https connection)." });
        return;
      }
      const response = await fetch(`/api/v1/captures/${sha256}`, { headers: { accept: "application/json" } });
      const answer = await readJsonAnswer(response, foundSchema);
      if (answer.ok) setOutcome({ kind: "found", name: file.name, capture: answer.data });
      else if (answer.status === 404) setOutcome({ kind: "missing", name: file.name, sha256 });
      else setOutcome({ kind: "error", message: "The record could not be asked just now: try again in a moment." });
    } catch {
      setOutcome({ kind: "error", message: "The file could not be read or the record could not be asked: try again." });
    } finally {
      setIsBusy(false);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setIsOver(false);
    void check(event.dataTransfer.files[0]);
  }

  return (
    <>
      <div
        className={`verify__drop${isOver ? " verify__drop--over" : ""}`}
        onDragOver={(e) => {
          e.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
      >
        <p>Drop a file here</p>
        <label htmlFor={id}>or choose a file</label> <input id={id} type="file" onChange={(e) => void check(e.target.files?.[0])} />
      </div>
      <div role="status" aria-live="polite" className="verify__outcome">
        {isBusy ? <p>Computing the SHA-256…</p> : null}
        {outcome?.kind === "found" ? (
          <div className="notice notice--ok">
            <p>
              <strong>The record holds this file.</strong> {outcome.name} is a published capture: {CAPTURE_TYPE_LABELS[outcome.capture.mediaType]},{" "}
              {formatBytes(outcome.capture.size)}, captured {outcome.capture.capturedAt.slice(0, 10)}
              {outcome.capture.capturedUrl ? ` from ${outcome.capture.capturedUrl}` : ""}.
            </p>
            <p>
              SHA-256 <code className="captures__hash">{outcome.capture.sha256}</code>
            </p>
            <p>Cited by:</p>
            <ul>
              {outcome.capture.citedIn.map((s) => (
                <li key={s.slug}>
                  <a href={s.path}>{s.title}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {outcome?.kind === "missing" ? (
          <div className="notice notice--warn">
            <p>
              <strong>The record holds no published capture with this hash.</strong> {outcome.name} hashes to{" "}
              <code className="captures__hash">{outcome.sha256}</code>. A file changed by even one byte hashes differently.
            </p>
          </div>
        ) : null}
        {outcome?.kind === "error" ? <p className="field-error">{outcome.message}</p> : null}
      </div>
    </>
  );
}
