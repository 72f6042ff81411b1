// What an attacker may hold instead of a live session: a token copied before sign-out, or one altered.

/** Signs out as the studio's sign-out button does (next-auth's POST /api/auth/signout with its CSRF token). */
export async function signOutOverHttp(baseUrl: string, sessionCookie: string): Promise<void> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: sessionCookie } });
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [sessionCookie, csrfCookie].filter(Boolean).join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/login", json: "true" }),
  });
  if (response.status >= 400) throw new Error(`sign-out failed with status ${response.status}`);
  // The browser drops the cookie here; the attacker kept a copy, which is what the caller holds.
}

/** The same session cookie with one character of the encrypted payload changed. */
export function tamperedToken(sessionCookie: string): string {
  const [name, value] = sessionCookie.split("=") as [string, string];
  const parts = value.split(".");
  // A JWE in compact form: header . key . iv . ciphertext . tag; alter the middle of the ciphertext.
  const ciphertext = parts[3]!;
  const at = Math.floor(ciphertext.length / 2);
  parts[3] = `${ciphertext.slice(0, at)}${ciphertext[at] === "A" ? "B" : "A"}${ciphertext.slice(at + 1)}`;
  return `${name}=${parts.join(".")}`;
}
