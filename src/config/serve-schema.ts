import { z } from "zod";

/** `scrypt$N$r$p$salt$hash` (salt and hash base64url), as `daybrief serve --hash-password` prints. */
export const PASSWORD_HASH_PATTERN = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{32,}$/;

const serveUserSchema = z.strictObject({
  name: z
    .string()
    .regex(/^[\p{L}\p{N}_.@-]{1,64}$/u, "letters, digits, _ . @ - (at most 64)")
    .describe("The login name."),
  passwordHash: z
    .string()
    .regex(PASSWORD_HASH_PATTERN, "an scrypt hash from `daybrief serve --hash-password`")
    .describe("scrypt hash of the password (`daybrief serve --hash-password` prints one)."),
});

/**
 * The `serve:` section (`daybrief serve`, docs/web.md): where the web app listens, whether reading
 * needs a login, who may log in. Writing (curation, run triggers) always needs a login.
 */
export const serveSchema = z
  .strictObject({
    port: z.int().min(0).max(65_535).default(8080).describe("TCP port (0: any free port)."),
    host: z
      .string()
      .min(1)
      .default("127.0.0.1")
      .describe("Address to listen on; 0.0.0.0 exposes the app to the network (put TLS in front)."),
    publicRead: z
      .boolean()
      .default(true)
      .describe("Read pages without logging in; false puts every page behind the login."),
    users: z.array(serveUserSchema).default([]).describe("Who may log in (editors)."),
    cookieSecret: z
      .string()
      .min(32, "at least 32 characters (e.g. `openssl rand -hex 32`)")
      .optional()
      .describe(
        "Signs the session cookies; write it as an environment reference (DAYBRIEF_COOKIE_SECRET). Without it a random one per process (logins end on restart).",
      ),
    secureCookies: z
      .boolean()
      .default(false)
      .describe("Mark cookies Secure (set true when the app is served over HTTPS)."),
    publicUrl: z
      .url({ protocol: /^https?$/, error: "an http(s) URL such as https://news.example.com" })
      .optional()
      .describe(
        "The address users open (e.g. https://news.example.com behind a reverse proxy): forms posted from it pass the origin check, and the app's feed links it.",
      ),
    trustProxy: z
      .union([z.boolean(), z.int().min(1).max(10)])
      .default(false)
      .describe(
        "Trust X-Forwarded-For/-Proto/-Host from the reverse proxy in front (true: one proxy; a number: that many proxies). Never set it when clients reach the app directly: they could then pick their own address.",
      ),
  })
  .refine((s) => s.publicRead || s.users.length > 0, {
    message: "publicRead: false needs at least one user in serve.users, or nobody can read",
    path: ["users"],
  })
  .refine((s) => new Set(s.users.map((u) => u.name)).size === s.users.length, {
    message: "user names must be unique",
    path: ["users"],
  });

export type ServeConfig = z.output<typeof serveSchema>;
