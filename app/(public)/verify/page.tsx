import type { Metadata } from "next";
import { VerifyFile } from "@/components/captures/verify-file";
import { pageMetadata } from "@/lib/seo/site-metadata";

// The public layout reads the database (as /data does): rendered on request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = pageMetadata({
  title: "Verify a file",
  description: "Check whether a file is a capture the record holds: it is hashed in your browser, nothing is uploaded.",
  path: "/verify",
});

export default function VerifyPage() {
  return (
    <article className="verify">
      <h1>Verify a file</h1>
      <p>
        Drop a file here, or choose one, to learn whether the record holds it as a published capture of a source, and where it is cited. Your browser computes
        the file’s SHA-256 itself: the file is not uploaded, only its hash is looked up.
      </p>
      <VerifyFile />
    </article>
  );
}
