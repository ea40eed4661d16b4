/**
 * Several briefings per install (config `briefings`): each is known by an id. A config without
 * `briefings` has one, `default`, and everything stored before briefings had ids belongs to it.
 */
export const DEFAULT_BRIEFING_ID = "default";

/** The id a caller meant: absent means the default briefing. */
export function briefingIdOf(id: string | undefined): string {
  return id ?? DEFAULT_BRIEFING_ID;
}

/**
 * What a stored value carries of its briefing: nothing for the default one (so values of a
 * single-briefing install read exactly as before), `{ briefingId }` for any other.
 */
export function briefingTag(id: string | undefined): { briefingId?: string } {
  return id === undefined || id === DEFAULT_BRIEFING_ID ? {} : { briefingId: id };
}
