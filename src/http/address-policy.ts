import { type NetTarget, parseNetTarget } from "../config/net-target.ts";
import { type Bytes, blockedReason, inRange, ipBytes, unwrap } from "../model/ip-ranges.ts";

export { blockedReason, ipBytes };

/**
 * Which addresses a fetch of a URL named by a feed or an article may connect to: public unicast
 * only, unless `fetch.allowPrivate` names the host, address or range (optionally with the port).
 */

/** Decides per (host, port, address) whether a connection is allowed. */
export interface AddressPolicy {
  /** Undefined when allowed, else the reason it is refused. */
  refuse(host: string, port: number, address: string): string | undefined;
}

interface Allowed {
  target: NetTarget;
  bytes?: Bytes;
}

/** `allowPrivate`: entries as in fetch.allowPrivate (validated by the config schema). */
export function createAddressPolicy(allowPrivate: readonly string[] = []): AddressPolicy {
  const allowed: Allowed[] = allowPrivate.map((entry) => {
    const target = parseNetTarget(entry);
    if ("error" in target) throw new RangeError(`fetch.allowPrivate: ${target.error}`);
    return { target, bytes: target.kind === "host" ? undefined : unwrap(ipBytes(target.ip)!) };
  });
  const isAllowed = (host: string, port: number, bytes: Bytes): boolean =>
    allowed.some(({ target, bytes: own }) => {
      if (target.kind === "host") return target.host === host && (target.port ?? port) === port;
      if (target.kind === "ip") return sameBytes(own!, bytes) && (target.port ?? port) === port;
      const prefix =
        own!.length === 4 && target.ip.includes(":") ? Math.max(0, target.prefix - 96) : target.prefix;
      return inRange(bytes, { bytes: own!, prefix, kind: "" });
    });
  return {
    refuse(host, port, address) {
      const reason = blockedReason(address);
      if (!reason) return undefined;
      const bytes = unwrap(ipBytes(address) ?? []);
      return isAllowed(
        host
          .toLowerCase()
          .replace(/^\[|\]$/g, "")
          .replace(/\.$/, ""),
        port,
        bytes,
      )
        ? undefined
        : reason;
    },
  };
}

function sameBytes(a: Bytes, b: Bytes): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
