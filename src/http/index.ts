export type { ResolvedAddress, Resolver, Route } from "./address-guard.ts";
export type { GetOptions, Http, HttpOptions, HttpResponse, RoutingFetch } from "./create-http.ts";
export { createHttp, DEFAULT_USER_AGENT } from "./create-http.ts";
export type { DecodedBody } from "./decode-body.ts";
export { charsetFromContentType, decodeBody } from "./decode-body.ts";
export {
  createHostPacer,
  DEFAULT_HOST_POLICIES,
  type HostPacer,
  type HostPause,
  type HostPolicy,
  type HostPolicyInput,
  pacingKey,
  resolveHostPolicies,
} from "./host-pacer.ts";
export {
  isRetryableNetworkError,
  isRetryableStatus,
  parseRetryAfter,
  RETRYABLE_STATUSES,
} from "./retry.ts";
export { fixWindows1252, windows1252Char } from "./windows-1252.ts";
