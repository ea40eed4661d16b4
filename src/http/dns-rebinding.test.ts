/**
 * DNS rebinding against real servers: 127.0.0.2 stands in for a public address and 127.0.0.1 for the
 * internal service behind it, so nothing leaves the machine (the network guard's other cases are in
 * network-guard.test.ts).
 */
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { refused } from "../../test/support/http-refusal.ts";
import type { Resolver } from "./address-guard.ts";
import { createHttp, type HttpOptions } from "./create-http.ts";

/** An Http that never waits between attempts (as network-guard.test.ts's, with no test server allowed). */
function makeHttp(options: HttpOptions) {
  const http = createHttp({
    sleep: async () => {},
    backoff: { baseDelayMs: 1, maxDelayMs: 1, jitter: 0 },
    ...options,
  });
  return { http };
}

describe("DNS rebinding", () => {
  // 127.0.0.2 stands in for a public address (allowed by allowPrivate), so nothing leaves the
  // machine; the same port on 127.0.0.1 is the internal service a rebinding answer points at.
  let outside: Server;
  let inside: Server;
  let port = 0;
  const reached = { outside: 0, inside: 0 };

  before(async () => {
    outside = createServer((_req, res) => {
      reached.outside++;
      res.end("outside");
    });
    await new Promise<void>((ok) => outside.listen(0, "127.0.0.2", ok));
    port = (outside.address() as AddressInfo).port;
    inside = createServer((_req, res) => {
      reached.inside++;
      res.end("inside");
    });
    await new Promise<void>((ok) => inside.listen(port, "127.0.0.1", ok));
  });
  after(async () => {
    for (const s of [outside, inside]) {
      s.closeAllConnections();
      await new Promise<void>((ok) => s.close(() => ok()));
    }
  });

  it("connects to the address that was checked, not to a later answer", async () => {
    const answers = ["127.0.0.2", "127.0.0.1", "127.0.0.1", "127.0.0.1"];
    let lookups = 0;
    const resolve: Resolver = async () => [{ address: answers[lookups++] ?? "127.0.0.1", family: 4 }];
    const { http } = makeHttp({ resolve, allowPrivate: ["127.0.0.2"] });
    const res = await http.get(`http://rebind.invalid:${port}/`);
    assert.equal(new TextDecoder().decode(res.body), "outside");
    assert.equal(lookups, 1, "one lookup per hop: the checked answer is the one connected to");
    await refused(http.get(`http://rebind.invalid:${port}/`), "blocked_address", /loopback/);
    assert.deepEqual(reached, { outside: 1, inside: 0 });
  });

  it("refuses a name when any of its answers is internal", async () => {
    const resolve: Resolver = async () => [
      { address: "127.0.0.2", family: 4 },
      { address: "127.0.0.1", family: 4 },
    ];
    const { http } = makeHttp({ resolve, allowPrivate: ["127.0.0.2"] });
    await refused(http.get(`http://rebind.invalid:${port}/`), "blocked_address");
    assert.equal(reached.inside, 0);
  });
});
