import { z } from "zod";
import { configSchema } from "./schema.ts";

/** JSON Schema of the config file (what a user writes, defaults included) for editor completion. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema, { io: "input", unrepresentable: "any" }),
    title: "daybrief configuration",
  };
}
