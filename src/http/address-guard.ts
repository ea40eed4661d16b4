import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { HttpError } from "../errors.ts";
import { type AddressPolicy, blockedReason } from "./address-policy.ts";
import { isRetryableNetworkError, networkErrorCode } from "./retry.ts";

/**
 * The Fetch standard's "bad ports": services that speak another protocol (SMTP, SSH, IMAP, IRC …),
 * which browsers never send an HTTP request to.
 */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Host name → every address it resolves to. Injected in tests to script DNS answers. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const resolveWithDns: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({
    address: a.address,
    family: a.family === 6 ? 6 : 4,
  }));

/**
 * Where a routing fetch (the demo's, tests') really sends a URL: the guard checks that target, so
 * a demo URL is judged as the local server's 127.0.0.1:PORT and not as its public name.
 */
export type Route = (url: URL) => URL | undefined;

export interface AddressGuard {
  /**
   * Checks one hop before any connection: http(s) only, every address the host resolves to allowed.
   * Returns the checked addresses, the only ones the connection may use; throws a non-retryable
   * HttpError when refused.
   */
  check(url: URL): Promise<ResolvedAddress[]>;
  /**
   * Whether a checked hop reaches an address that only fetch.allowPrivate opens (not a public one,
   * and not a target a routing transport serves itself).
   */
  reliesOnAllowance(url: URL, checked: readonly ResolvedAddress[]): boolean;
}

export function createAddressGuard(options: {
  policy: AddressPolicy;
  resolve?: Resolver;
  route?: Route;
}): AddressGuard {
  const resolve = options.resolve ?? resolveWithDns;
  const refuse = (url: URL, code: "blocked_scheme" | "blocked_address" | "blocked_port", reason: string) =>
    new HttpError(
      `GET ${url.href} refused: ${reason}${code === "blocked_address" ? " (allow it with fetch.allowPrivate)" : ""}`,
      url.href,
      0,
      false,
      { code, reason },
    );
  return {
    async check(url) {
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw refuse(url, "blocked_scheme", `only http and https are fetched, not ${url.protocol}`);
      }
      const target = options.route?.(url) ?? url;
      if (target.protocol !== "http:" && target.protocol !== "https:") {
        throw refuse(url, "blocked_scheme", `only http and https are fetched, not ${target.protocol}`);
      }
      const host = target.hostname.replace(/^\[|\]$/g, "");
      const port = Number(target.port) || (target.protocol === "https:" ? 443 : 80);
      const addresses = isIP(host)
        ? [{ address: host, family: isIP(host) as 4 | 6 }]
        : await lookupHost(url, host);
      for (const a of addresses) {
        const reason = options.policy.refuse(host, port, a.address);
        if (reason) throw refuse(url, "blocked_address", host === a.address ? reason : `${host} → ${reason}`);
        // A public host's mail, shell or file port gets no HTTP request (cross-protocol abuse from
        // our address); a private one fetch.allowPrivate opened is the operator's to name.
        if (BAD_PORTS.has(port) && blockedReason(a.address) === undefined)
          throw refuse(url, "blocked_port", `port ${port} is not fetched (a port browsers refuse too)`);
      }
      return addresses;
    },
    reliesOnAllowance(url, checked) {
      if (options.route?.(url)) return false;
      return checked.some((a) => blockedReason(a.address) !== undefined);
    },
  };

  async function lookupHost(url: URL, host: string): Promise<ResolvedAddress[]> {
    let addresses: ResolvedAddress[];
    try {
      addresses = await resolve(host);
    } catch (error) {
      const code = networkErrorCode(error) ?? "";
      // ENOTFOUND: the name does not exist, another try will not change that; EAI_AGAIN may pass.
      const gone = !isRetryableNetworkError(error);
      throw new HttpError(
        `GET ${url.href} failed: cannot resolve ${host} (${code || error})`,
        url.href,
        0,
        !gone,
        {
          cause: error,
          code: gone ? "dns_not_found" : undefined,
        },
      );
    }
    if (addresses.length === 0) {
      throw new HttpError(`GET ${url.href} failed: ${host} has no address`, url.href, 0, false, {
        code: "dns_not_found",
      });
    }
    return addresses;
  }
}
