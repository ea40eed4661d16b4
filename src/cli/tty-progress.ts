import type { Progress } from "../pipeline/progress.ts";

import type { Translate } from "./i18n.ts";
import type { MessageKey } from "./messages.ts";

const LABELS: Record<string, MessageKey> = {
  collect: "progress.collect",
  read: "progress.read",
  dedup: "progress.dedup",
  analyse: "progress.analyse",
  publish: "progress.publish",
  deliver: "progress.deliver",
};

/** One rewritten status line on a TTY; plain lines (one per stage) elsewhere. */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, t: Translate): Progress {
  const tty = Boolean(stream.isTTY);
  const label = (name: string) => (LABELS[name] ? t(LABELS[name]) : name);
  let open = false;
  return {
    stage(name, detail) {
      const line = `» ${label(name)}${detail ? ` ${detail}` : ""}`;
      if (tty) {
        stream.write(`\r\x1b[2K${line}`);
        open = true;
      } else stream.write(`${line}\n`);
    },
    step(name, done, total) {
      if (!tty) return;
      stream.write(`\r\x1b[2K» ${label(name)} ${done}/${total}`);
      open = true;
    },
    done() {
      if (tty && open) stream.write("\r\x1b[2K");
      open = false;
    },
  };
}
