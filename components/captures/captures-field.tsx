"use client";

// The captures of a source in the editor: upload (streamed to the archive, hashed in the browser too),
// the list the source's content keeps (saved as a revision, reviewed like any change), and what a
// reviewer (public / private) or an admin (hide) may do with each capture.
import { useEffect, useId, useState } from "react";
import { CAPTURE_TYPE_LABELS, captureRefSchema, formatBytes, MAX_CAPTURE_BYTES, type CaptureRef } from "@/lib/captures/capture-schema";
import { useFormModel } from "@/components/studio/entry-form/form-context";
import { getAt } from "@/components/studio/entry-form/form-model";
import type { StudioCapture } from "@/lib/captures/capture-dto";
import { captureUploadAnswerSchema, studioCaptureAnswerSchema, studioCaptureListAnswerSchema } from "@/lib/captures/studio-capture-answers";
import { readJsonAnswer } from "@/lib/http/json-answer";
import { sha256OfFile } from "./sha256-of-file";
import "./captures.css";

function refOf(capture: StudioCapture): CaptureRef {
  return {
    sha256: capture.sha256,
    mediaType: capture.mediaType,
    size: capture.size,
    capturedAt: capture.capturedAt,
    ...(capture.capturedUrl ? { capturedUrl: capture.capturedUrl } : {}),
    ...(capture.tool ? { tool: capture.tool } : {}),
    ...(capture.note ? { note: capture.note } : {}),
  };
}

/** The draft's capture list, each with its index in the content (field errors name it); an item that is not a capture is left out. */
function captureRefsIn(value: unknown): { ref: CaptureRef; index: number }[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) => {
    const parsed = captureRefSchema.safeParse(item);
    return parsed.success ? [{ ref: parsed.data, index }] : [];
  });
}

export function CapturesField() {
  const model = useFormModel();
  const listed = captureRefsIn(getAt(model.draft, "captures"));
  const refs = listed.map((l) => l.ref);
  const sourceUrl = String(getAt(model.draft, "url") ?? "");
  const [states, setStates] = useState<Record<string, StudioCapture>>({});
  const [rights, setRights] = useState({ canChangeVisibility: false, canHide: false });
  const key = refs.map((r) => r.sha256).join(",");

  useEffect(() => {
    if (!key) return;
    let isCurrent = true;
    void fetch(`/api/studio/captures?sha256=${key}`)
      .then((response) => readJsonAnswer(response, studioCaptureListAnswerSchema))
      .then((answer) => {
        if (!isCurrent || !answer.ok) return;
        const { captures, canChangeVisibility, canHide } = answer.data;
        setStates((old) => ({ ...old, ...Object.fromEntries(captures.map((c) => [c.sha256, c])) }));
        setRights({ canChangeVisibility, canHide });
      });
    return () => {
      isCurrent = false;
    };
  }, [key]);

  function add(capture: StudioCapture) {
    setStates((old) => ({ ...old, [capture.sha256]: capture }));
    if (!refs.some((r) => r.sha256 === capture.sha256)) model.set("captures", [...refs, refOf(capture)]);
  }

  return (
    <section className="form-section captures-field" aria-labelledby="sec-captures">
      <h2 id="sec-captures">Captures</h2>
      <p className="muted">
        Archived copies of the source: PDF, HTML or MHTML snapshot, PNG or JPEG screenshot, plain text; {formatBytes(MAX_CAPTURE_BYTES)} at most. Each is kept
        under its SHA-256 and is private until a reviewer makes it public. Adding or removing one is part of the next revision.
      </p>
      {refs.length > 0 ? (
        <ul className="captures-field__list">
          {listed.map(({ ref, index }) => (
            <CaptureItem
              key={ref.sha256}
              captureRef={ref}
              state={states[ref.sha256]}
              rights={rights}
              errors={model.errorsAt(`captures.${index}.sha256`)}
              onChange={(c) => setStates((old) => ({ ...old, [c.sha256]: c }))}
              onRemove={() =>
                model.set(
                  "captures",
                  refs.filter((r) => r.sha256 !== ref.sha256),
                )
              }
            />
          ))}
        </ul>
      ) : (
        <p>No captures yet.</p>
      )}
      <UploadForm defaultUrl={sourceUrl} onUploaded={add} />
    </section>
  );
}

function CaptureItem({
  captureRef,
  state,
  rights,
  errors,
  onChange,
  onRemove,
}: {
  captureRef: CaptureRef;
  state: StudioCapture | undefined;
  rights: { canChangeVisibility: boolean; canHide: boolean };
  errors: string[] | undefined;
  onChange: (capture: StudioCapture) => void;
  onRemove: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [isHiding, setIsHiding] = useState(false);
  const reasonId = useId();

  async function post(path: string, body: unknown) {
    setMessage(null);
    const response = await fetch(`/api/studio/captures/${captureRef.sha256}/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await readJsonAnswer(response, studioCaptureAnswerSchema);
    if (answer.ok) {
      onChange(answer.data.capture);
      setIsHiding(false);
      return;
    }
    setMessage(answer.issues[0]?.message ?? answer.message ?? "That did not work: try again");
  }

  return (
    <li className="captures-field__item" data-sha256={captureRef.sha256}>
      <p>
        <strong>{CAPTURE_TYPE_LABELS[captureRef.mediaType]}</strong>, {formatBytes(captureRef.size)}, captured {captureRef.capturedAt.slice(0, 10)}
        {captureRef.tool ? ` with ${captureRef.tool}` : ""}{" "}
        {state ? (
          <>
            <span className={`badge${state.isPublic ? " badge--published" : ""}`}>{state.isPublic ? "Public" : "Private"}</span>
            {state.isGraphic ? <span className="badge badge--disputed">Graphic</span> : null}
            {state.hiddenAt ? <span className="badge badge--hidden">Hidden: {state.hiddenReason}</span> : null}
          </>
        ) : null}
      </p>
      <p className="captures-field__hash">
        SHA-256 <code>{captureRef.sha256}</code>
      </p>
      {captureRef.capturedUrl ? <p className="muted">From {captureRef.capturedUrl}</p> : null}
      {captureRef.note ? <p className="muted">{captureRef.note}</p> : null}
      {errors?.map((e) => (
        <p key={e} className="field-error" role="alert">
          {e}
        </p>
      ))}
      <p className="captures-field__actions">
        <a href={`/api/studio/captures/${captureRef.sha256}/file`} download>
          Download
        </a>{" "}
        <button type="button" className="button button--secondary" onClick={onRemove}>
          Remove from this source
        </button>{" "}
        {state && rights.canChangeVisibility && !state.hiddenAt ? (
          <button type="button" className="button button--secondary" onClick={() => void post("visibility", { isPublic: !state.isPublic })}>
            {state.isPublic ? "Make private" : "Make public"}
          </button>
        ) : null}{" "}
        {state && rights.canHide && !state.hiddenAt ? (
          <button type="button" className="button button--secondary" onClick={() => setIsHiding(true)}>
            Hide…
          </button>
        ) : null}
      </p>
      {isHiding ? (
        <div className="form-field">
          <label htmlFor={reasonId}>Why hide this capture? (its bytes are kept)</label>
          <input id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} />
          <button type="button" className="button" onClick={() => void post("hide", { reason })}>
            Hide capture
          </button>
        </div>
      ) : null}
      <p className="muted" role="status">
        {message}
      </p>
    </li>
  );
}

function UploadForm({ defaultUrl, onUploaded }: { defaultUrl: string; onUploaded: (capture: StudioCapture) => void }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [capturedAt, setCapturedAt] = useState(() => new Date().toISOString().slice(0, 10));
  const [capturedUrl, setCapturedUrl] = useState<string | null>(null);
  const [tool, setTool] = useState("");
  const [note, setNote] = useState("");
  const [isGraphic, setIsGraphic] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const url = capturedUrl ?? defaultUrl;

  async function upload() {
    setErrors({});
    setStatus(null);
    if (!file) {
      setErrors({ file: ["Choose a file"] });
      return;
    }
    if (file.size > MAX_CAPTURE_BYTES) {
      setErrors({ file: [`The file is larger than ${formatBytes(MAX_CAPTURE_BYTES)}, the limit for a capture`] });
      return;
    }
    setIsBusy(true);
    try {
      setStatus("Computing the SHA-256…");
      const sha256 = await sha256OfFile(file);
      setStatus("Uploading…");
      const query = new URLSearchParams({ capturedAt, capturedUrl: url, tool, note, isGraphic: String(isGraphic) });
      const response = await fetch(`/api/studio/capture-uploads?${query}`, {
        method: "POST",
        headers: { "content-type": "application/octet-stream", ...(sha256 ? { "x-capture-sha256": sha256 } : {}) },
        body: file,
      });
      const answer = await readJsonAnswer(response, captureUploadAnswerSchema);
      if (answer.ok) {
        const { capture, isDuplicate } = answer.data;
        onUploaded(capture);
        setStatus(
          isDuplicate
            ? `This file is already in the archive (SHA-256 ${capture.sha256}): it is linked, not stored again. Save the source to keep it listed.`
            : `Uploaded (SHA-256 ${capture.sha256}). Save the source to list it: the change is reviewed like any other.`,
        );
        setFile(null);
        setNote("");
        setIsGraphic(false);
        return;
      }
      const next: Record<string, string[]> = {};
      for (const issue of answer.issues) (next[issue.path] ??= []).push(issue.message);
      if (Object.keys(next).length === 0) next.file = [answer.message ?? "The upload failed: try again"];
      setErrors(next);
      setStatus(null);
    } catch {
      setErrors({ file: ["The upload was interrupted: try again"] });
      setStatus(null);
    } finally {
      setIsBusy(false);
    }
  }

  const field = (name: string) => ({
    id: `${id}-${name}`,
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `${id}-${name}-error` : undefined,
  });
  const messages = (name: string) =>
    errors[name] ? (
      <p id={`${id}-${name}-error`} className="field-error">
        {errors[name].join(" ")}
      </p>
    ) : null;

  return (
    <fieldset className="captures-field__upload">
      <legend>Upload a capture</legend>
      <div className="form-field">
        <label htmlFor={`${id}-file`}>File</label>
        <input
          {...field("file")}
          type="file"
          accept=".pdf,.html,.htm,.mhtml,.mht,.png,.jpg,.jpeg,.txt"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        {messages("file")}
      </div>
      <div className="field-grid">
        <div className="form-field">
          <label htmlFor={`${id}-capturedAt`}>Captured on</label>
          <input {...field("capturedAt")} type="date" value={capturedAt} onChange={(e) => setCapturedAt(e.target.value)} />
          {messages("capturedAt")}
        </div>
        <div className="form-field field-grid__wide">
          <label htmlFor={`${id}-capturedUrl`}>Captured from</label>
          <input {...field("capturedUrl")} type="url" value={url} onChange={(e) => setCapturedUrl(e.target.value)} placeholder="https://" />
          {messages("capturedUrl")}
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-tool`}>Tool</label>
          <input {...field("tool")} value={tool} onChange={(e) => setTool(e.target.value)} placeholder="e.g. Chromium print to PDF" />
          {messages("tool")}
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-note`}>Note (staff only)</label>
        <textarea {...field("note")} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        {messages("note")}
      </div>
      <div className="form-field form-field--checkbox">
        <input id={`${id}-graphic`} type="checkbox" checked={isGraphic} onChange={(e) => setIsGraphic(e.target.checked)} />
        <label htmlFor={`${id}-graphic`}>Graphic: blurred for readers until they choose to see it</label>
      </div>
      <button type="button" className="button" onClick={() => void upload()} disabled={isBusy}>
        {isBusy ? "Uploading…" : "Upload capture"}
      </button>
      <p className="muted" role="status">
        {status}
      </p>
    </fieldset>
  );
}
