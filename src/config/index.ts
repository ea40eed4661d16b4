export { API_SCOPES, type ApiConfig, type ApiScope, type ApiToken } from "./api-schema.ts";
export {
  briefingChannels,
  briefingIdsOf,
  configForBriefing,
  sourcesOfBriefings,
  sourcesOfProfile,
} from "./briefing-config.ts";
export type { BriefingProfile } from "./briefings-schema.ts";
export { configJsonSchema } from "./json-schema.ts";
export { type Config, type LoadOptions, loadConfig, parseConfig } from "./load-config.ts";
export { type QueueConfig, queueSchema } from "./queue-schema.ts";
export { type ConfigInput, configSchema } from "./schema.ts";
export { type ServeConfig, serveSchema } from "./serve-schema.ts";
