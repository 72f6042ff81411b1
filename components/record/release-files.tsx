import type { ReleaseListing } from "@/lib/open-data/list-release-files";

/** A release's files with their size and SHA-256, to check a download against. */
export function ReleaseFiles({ release }: { release: ReleaseListing }) {
  return (
    <table className="release-files">
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Bytes</th>
          <th scope="col">SHA-256</th>
        </tr>
      </thead>
      <tbody>
        {release.files.map((file) => (
          <tr key={file.name}>
            <td>
              <a href={file.path}>{file.name}</a>
            </td>
            <td>{file.bytes}</td>
            <td>
              <code className="hash">{file.sha256}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
