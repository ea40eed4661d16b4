export { configJsonSchema } from "./json-schema.ts";
export { type Config, type LoadOptions, loadConfig, parseConfig } from "./load-config.ts";
export { type ConfigInput, configSchema } from "./schema.ts";
