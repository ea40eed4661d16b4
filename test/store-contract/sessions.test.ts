import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { backends } from "./backends.ts";

for (const backend of backends)
  describe(`${backend.name}: web sessions ended before their cookie expires`, () => {
    it("remembers an ended session until its expiry and forgets it after", async () => {
      const { store, remove } = await backend.open();
      try {
        assert.equal(await store.isSessionRevoked("s1"), false);
        await store.revokeSession("s1", "2026-02-08T10:00:00Z", "2026-02-01T10:00:00Z");
        await store.revokeSession("s1", "2026-02-08T10:00:00Z", "2026-02-01T10:00:01Z");
        assert.equal(await store.isSessionRevoked("s1"), true);
        assert.equal(await store.isSessionRevoked("s2"), false);
        // Ending another session later cleans up the ones whose cookies have expired by then.
        await store.revokeSession("s2", "2026-02-15T10:00:00Z", "2026-02-08T10:00:00Z");
        assert.equal(await store.isSessionRevoked("s1"), false, "expired: its cookie is refused anyway");
        assert.equal(await store.isSessionRevoked("s2"), true);
      } finally {
        await remove();
      }
    });
  });
