import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * Every API error in one shape: RFC 9457 problem details (`application/problem+json`) with our own
 * `code`, so a client branches on the code and shows `title`/`detail` (Chinese, English alongside).
 */
export const PROBLEM_CODES = {
  unauthorized: { status: 401, title: "需要有效的 bearer token (a valid bearer token is required)" },
  insufficient_scope: { status: 403, title: "token 缺少所需权限 (the token lacks the scope this needs)" },
  not_found: { status: 404, title: "没有找到 (not found)" },
  invalid_request: { status: 400, title: "请求参数有误 (the request is not valid)" },
  conflict: { status: 409, title: "与当前状态冲突 (conflicts with the current state)" },
  rate_limited: { status: 429, title: "请求过于频繁 (too many requests)" },
  not_available: { status: 503, title: "此服务器未启用该操作 (this server does not offer the action)" },
  internal: { status: 500, title: "服务器内部错误 (internal error)" },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export const PROBLEM_TYPE_BASE = "https://daybrief.dev/problems/";
export const PROBLEM_MEDIA_TYPE = "application/problem+json";

export const problemSchema = z
  .object({
    type: z.string().describe("A URI naming the problem kind, ending in the code"),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string().optional(),
    code: z.enum(Object.keys(PROBLEM_CODES) as [ProblemCode, ...ProblemCode[]]),
    instance: z.string().optional().describe("The request path"),
    errors: z
      .array(z.object({ path: z.string(), message: z.string() }))
      .optional()
      .describe("invalid_request: each invalid field with its dotted path"),
  })
  .openapi("Problem");

export type Problem = z.infer<typeof problemSchema>;

/** An error a route throws to answer with a problem (the error handler turns it into one). */
export class ApiProblem extends Error {
  override name = "ApiProblem";
  constructor(
    readonly code: ProblemCode,
    detail?: string,
    readonly errors?: { path: string; message: string }[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? PROBLEM_CODES[code].title);
  }
}

export function problemOf(
  code: ProblemCode,
  instance: string,
  detail?: string,
  errors?: Problem["errors"],
): Problem {
  const { status, title } = PROBLEM_CODES[code];
  return { type: `${PROBLEM_TYPE_BASE}${code}`, title, status, code, instance, detail, errors };
}

export function problemResponse(
  c: Context,
  code: ProblemCode,
  detail?: string,
  errors?: Problem["errors"],
  headers: Record<string, string> = {},
): Response {
  const body = problemOf(code, new URL(c.req.url).pathname, detail, errors);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { "content-type": PROBLEM_MEDIA_TYPE, ...headers },
  });
}

/** The OpenAPI response entry of a problem status, for the routes' `responses`. */
export function problemContent(description: string) {
  return { description, content: { [PROBLEM_MEDIA_TYPE]: { schema: problemSchema } } };
}
