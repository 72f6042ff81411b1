import http from "node:http";

/** Signs in through next-auth's credentials endpoint, as the login form does, and returns the session cookie. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed with status ${response.status}`);
  return session.split(";")[0]!;
}

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/**
 * One HTTP request sent from a chosen local address (any 127.x.y.z is this machine): the server sees it
 * as the socket address, so a test can be "another client" without touching other tests' 127.0.0.1.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end(init.body);
  });
}

function cookiesOf(response: RawResponse): string[] {
  const setCookie = response.headers["set-cookie"];
  return (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((c) => c.split(";")[0]!);
}

/**
 * A sign-in through next-auth's credentials endpoint from `localAddress`, as the login form does it:
 * the session cookie when it worked, else next-auth's error (the login form's message).
 */
export async function signInFrom(
  localAddress: string,
  baseUrl: string,
  { email, password, headers = {}, callbackUrl }: { email: string; password: string; headers?: Record<string, string>; callbackUrl?: string },
): Promise<{ cookie: string | null; error: string | null; url: string }> {
  const csrf = await requestFrom(localAddress, `${baseUrl}/api/auth/csrf`, { headers });
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const response = await requestFrom(localAddress, `${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", ...(callbackUrl ? { callbackUrl } : {}) }).toString(),
  });
  const url = (JSON.parse(response.text) as { url: string }).url;
  const cookie = cookiesOf(response).find((c) => c.startsWith("next-auth.session-token=")) ?? null;
  return { cookie, error: cookie ? null : new URL(url).searchParams.get("error"), url };
}
