/** A minimal cookie jar over an app's `request()` (in process), for the web app's route tests. */
import type { Hono } from "hono";
import type { AppEnv } from "../../src/server/auth/env.ts";

export function jar(target: () => Hono<AppEnv>) {
  const cookies = new Map<string, string>();
  const send = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    if (cookies.size) headers.set("cookie", [...cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await target().request(path, { ...init, headers });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair!.indexOf("=");
      const [k, v] = [pair!.slice(0, i), pair!.slice(i + 1)];
      if (v === "" || /max-age=0/i.test(line)) cookies.delete(k);
      else cookies.set(k, v);
    }
    return { res, text: await res.text() };
  };
  const csrfOf = (text: string) => /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
  const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = {}) =>
    send(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  return { cookies, send, post, csrfOf };
}

/** The cookies a response sets, as a Cookie header (name=value; …). */
export function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

/** GET `${origin}/login` over real HTTP: the CSRF cookie and the form's token, for a POST that follows. */
export async function loginForm(origin: string): Promise<{ cookie: string; csrf: string }> {
  const form = await fetch(`${origin}/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf) throw new Error(`no CSRF field on ${origin}/login`);
  return { cookie: cookiesOf(form), csrf };
}
