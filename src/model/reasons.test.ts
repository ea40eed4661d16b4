import assert from "node:assert/strict";
import { test } from "node:test";
import { describeReason, reasonOfError } from "./reasons.ts";

test("errors map to a short reason and code from their fields, never from provider text", () => {
  const http = (status: number, message = "whatever the provider said: sk-secret") =>
    Object.assign(new Error(message), { name: "LlmHttpError", status });
  assert.equal(describeReason(reasonOfError(http(401))), "鉴权失败 · E_AUTH · HTTP 401");
  assert.equal(describeReason(reasonOfError(http(429))), "限流 · E_RATE_LIMIT · HTTP 429");
  assert.equal(describeReason(reasonOfError(http(503))), "服务端错误 · E_SERVER · HTTP 503");
  assert.equal(describeReason(reasonOfError(http(400))), "请求被拒绝 · E_REQUEST · HTTP 400");
  const llm = (message: string, kind?: string) =>
    Object.assign(new Error(message), { name: "LlmError", status: 0, kind });
  assert.equal(
    describeReason(reasonOfError(llm("p: timed out after 100 ms", "timeout"))),
    "超时 · E_TIMEOUT",
  );
  assert.equal(
    describeReason(reasonOfError(llm("p: network error: ECONNREFUSED", "network"))),
    "网络错误 · E_NETWORK",
  );
  assert.equal(describeReason(reasonOfError(llm("aborted by caller", "cancelled"))), "已取消 · E_CANCELLED");
  // The kind decides, not the wording: a reply that merely says "timed out" is a bad reply.
  assert.equal(
    describeReason(reasonOfError(llm("reply is not JSON: request timed out"))),
    "回复格式错误 · E_BAD_REPLY",
  );
  assert.equal(
    describeReason(reasonOfError(Object.assign(new Error("x"), { name: "LlmError" }))),
    "回复格式错误 · E_BAD_REPLY",
  );
  assert.equal(
    describeReason(reasonOfError(Object.assign(new Error("bad"), { name: "FeedParseError" }))),
    "订阅源格式错误 · E_FEED_FORMAT",
  );
  assert.equal(describeReason(reasonOfError(new TypeError("?"))), "未知错误 · E_UNKNOWN");
  // The network guard's refusals and unknown host names, by their code (status 0).
  const guarded = (code: string) =>
    Object.assign(new Error("GET … refused"), { name: "HttpError", status: 0, code });
  assert.equal(describeReason(reasonOfError(guarded("blocked_address"))), "地址被拒绝 · E_REFUSED");
  assert.equal(describeReason(reasonOfError(guarded("blocked_scheme"))), "地址被拒绝 · E_REFUSED");
  assert.equal(describeReason(reasonOfError(guarded("dns_not_found"))), "域名无法解析 · E_DNS");
  assert.equal(describeReason(reasonOfError(guarded("timeout"))), "超时 · E_TIMEOUT");
  // Without a code the message is not read: a failure that merely mentions "timed out" is a network error.
  const said = Object.assign(new Error("GET http://x/timed out failed"), { name: "HttpError", status: 0 });
  assert.equal(describeReason(reasonOfError(said)), "网络错误 · E_NETWORK");
  assert.equal(describeReason({ key: "budget" }, "en"), "budget exhausted · E_BUDGET");
});

test("the host pacer's refusals have their own reasons, not 未知错误", () => {
  const paused = (kind: string) =>
    Object.assign(new Error("not fetched: …"), { name: "HostPausedError", kind });
  assert.equal(describeReason(reasonOfError(paused("cool-down"))), "站点冷却中 · E_HOST_REST");
  assert.equal(describeReason(reasonOfError(paused("cap"))), "今日请求已达上限 · E_HOST_CAP");
  assert.equal(describeReason({ key: "wall" }), "遇到验证页面 · E_WALL");
});
