import assert from "node:assert/strict";
import { test } from "node:test";
import { HostPausedError } from "../errors.ts";
import { createHostPacer, resolveHostPolicies } from "../http/index.ts";
import { openTempStore } from "../store/testing.ts";
import type { PipelineDeps } from "./deps.ts";
import { restoreHostState } from "./host-state.ts";

test("today's count of a paced host is restored even when no candidate link names it (a redirect leads there)", async () => {
  const { store, remove } = openTempStore();
  try {
    const now = new Date("2026-02-04T04:00:00Z");
    const config = { timezone: "Asia/Shanghai", fetch: { hosts: {}, coolDownMinutes: 360 } };
    const pacer = createHostPacer({
      policies: resolveHostPolicies(config.fetch.hosts, config.fetch.coolDownMinutes),
      now: () => now,
      sleep: async () => {},
    });
    await store.addHostRequests("mp.weixin.qq.com", "2026-02-04", 300); // earlier runs spent the cap
    const deps = { store, config, now: () => now, http: { hosts: pacer } } as unknown as PipelineDeps;
    // The day's links all point at a bridge's redirector; WeChat is only reached through it.
    await restoreHostState(deps, ["bridge.example"]);
    await assert.rejects(
      pacer.enter("mp.weixin.qq.com"),
      (e) => e instanceof HostPausedError && e.kind === "cap",
    );
  } finally {
    await remove();
  }
});
