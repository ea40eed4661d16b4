/**
 * The CLI's message catalogue: every line a user reads from `daybrief` (help, output, errors, the
 * starter config's comments), keyed, in Chinese and English. Plain objects, one file for each group
 * of commands in ./messages/, with no other imports, so `daybrief --help` loads them at no cost.
 * `{name}` marks a value filled in by `translate` (i18n.ts).
 *
 * Keys are `<command>.<what>`: `run.description`, `run.opt.date`, `render.nothingStored`. A new
 * command (e.g. `serve`, `mcp`) adds its block in ./messages/ under its own prefix, spread in below,
 * and reads it through `messagesOf(ctx)`; test/cli-messages.test.ts checks that every key has both
 * languages, that no key is in two groups, and that no user-facing string literal is left in
 * src/cli/**. Why something failed (network, auth, DNS …) is not here: that is the reasons
 * catalogue, src/model/reasons.ts, shown with `describeReason`. Log lines are for operators and
 * stay English, outside any catalogue.
 */
import { INIT_MESSAGES } from "./messages/init.ts";
import { PROGRAM_MESSAGES } from "./messages/program.ts";
import { RENDER_MESSAGES } from "./messages/render.ts";
import { REVIEW_MESSAGES } from "./messages/review.ts";
import { RUN_MESSAGES } from "./messages/run.ts";
import { SCHEDULE_MESSAGES } from "./messages/schedule.ts";
import { SEARCH_MESSAGES } from "./messages/search.ts";
import { SERVE_MESSAGES } from "./messages/serve.ts";
import { SETUP_MESSAGES } from "./messages/setup.ts";

/** The groups, each a plain object of `key: { zh, en }`; a key belongs to one group only. */
export const MESSAGE_GROUPS = {
  program: PROGRAM_MESSAGES,
  init: INIT_MESSAGES,
  run: RUN_MESSAGES,
  serve: SERVE_MESSAGES,
  render: RENDER_MESSAGES,
  review: REVIEW_MESSAGES,
  search: SEARCH_MESSAGES,
  schedule: SCHEDULE_MESSAGES,
  setup: SETUP_MESSAGES,
} as const;

export const MESSAGES = {
  ...PROGRAM_MESSAGES,
  ...INIT_MESSAGES,
  ...RUN_MESSAGES,
  ...SERVE_MESSAGES,
  ...RENDER_MESSAGES,
  ...REVIEW_MESSAGES,
  ...SEARCH_MESSAGES,
  ...SCHEDULE_MESSAGES,
  ...SETUP_MESSAGES,
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;
