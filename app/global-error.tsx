"use client";

// Shown when the root layout itself fails; it must render its own <html>.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <h1>Something went wrong on our side</h1>
        <p>Please reload the page. Reference: {error.digest ?? "none"}</p>
      </body>
    </html>
  );
}
