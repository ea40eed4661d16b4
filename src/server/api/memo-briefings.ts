import type { Store, StoredBriefing } from "../../store/index.ts";

/**
 * The store with `getBriefing` handing back the same object while a day's stored briefing is
 * unchanged (same generatedAt and text), so the query layer parses each day once per server
 * (briefingOf keeps the parse per object) instead of on every list, trend or entry request. The
 * row is still read every time: a re-run day is seen at once. At most `max` days are kept.
 */
export function memoBriefings(store: Store, max = 400): Store {
  const kept = new Map<string, StoredBriefing>();
  const getBriefing = async (date: string): Promise<StoredBriefing | undefined> => {
    const fresh = await store.getBriefing(date);
    const old = kept.get(date);
    if (!fresh) {
      kept.delete(date);
      return undefined;
    }
    if (old && old.generatedAt === fresh.generatedAt && old.json === fresh.json) return old;
    kept.delete(date);
    kept.set(date, fresh);
    if (kept.size > max) kept.delete(kept.keys().next().value!);
    return fresh;
  };
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === "getBriefing") return getBriefing;
      const value = Reflect.get(target, key, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
