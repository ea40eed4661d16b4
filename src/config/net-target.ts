import { isIP } from "node:net";

/**
 * One `fetch.allowPrivate` entry: a host name, an IP address or a CIDR range, the first two
 * optionally with a port. Parsed here (the schema validates with it) and matched in http/.
 */
export type NetTarget =
  | { kind: "host"; host: string; port?: number }
  | { kind: "ip"; ip: string; port?: number }
  | { kind: "cidr"; ip: string; prefix: number };

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_](?:[a-z0-9_-]{0,62}))*\.?$/;

/** The entry as a target, or an error message saying what is wrong with it. */
export function parseNetTarget(entry: string): NetTarget | { error: string } {
  const text = entry.trim().toLowerCase();
  if (text === "") return { error: "empty entry" };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    return { error: `"${entry}" is a URL; write only the host, host:port, IP or CIDR` };
  }
  const slash = text.indexOf("/");
  if (slash >= 0) {
    const ip = text.slice(0, slash);
    const bits = text.slice(slash + 1);
    const family = isIP(ip);
    const max = family === 4 ? 32 : 128;
    if (!family) return { error: `"${entry}": the part before / is not an IP address` };
    if (!/^\d{1,3}$/.test(bits) || Number(bits) > max) {
      return { error: `"${entry}": the prefix length must be 0–${max}` };
    }
    return { kind: "cidr", ip, prefix: Number(bits) };
  }
  if (isIP(text)) return { kind: "ip", ip: text };
  const bracketed = text.match(/^\[([^\]]+)\](?::(.*))?$/);
  const [name, portText] = bracketed
    ? [bracketed[1]!, bracketed[2]]
    : text.includes(":") && text.indexOf(":") === text.lastIndexOf(":")
      ? (text.split(":") as [string, string])
      : [text, undefined];
  let port: number | undefined;
  if (portText !== undefined) {
    if (!/^\d{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      return { error: `"${entry}": the port must be a number from 1 to 65535` };
    }
    port = Number(portText);
  }
  if (isIP(name)) return port === undefined ? { kind: "ip", ip: name } : { kind: "ip", ip: name, port };
  if (bracketed) return { error: `"${entry}": [ ] holds an IPv6 address` };
  if (!HOST_NAME.test(name)) {
    return { error: `"${entry}" is not a host name, host:port, IP, IP:port or CIDR (e.g. 192.168.1.0/24)` };
  }
  const host = name.replace(/\.$/, "");
  return port === undefined ? { kind: "host", host } : { kind: "host", host, port };
}
