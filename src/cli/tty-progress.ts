import type { Progress } from "../pipeline/progress.ts";

const LABELS: Record<string, string> = {
  collect: "collecting feeds",
  read: "reading articles",
  analyse: "analysing",
  publish: "publishing",
};

/** One rewritten status line on a TTY; plain lines (one per stage) elsewhere. */
export function createProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }): Progress {
  const tty = Boolean(stream.isTTY);
  let open = false;
  return {
    stage(name, detail) {
      const line = `» ${LABELS[name] ?? name}${detail ? ` ${detail}` : ""}`;
      if (tty) {
        stream.write(`\r\x1b[2K${line}`);
        open = true;
      } else stream.write(`${line}\n`);
    },
    step(name, done, total) {
      if (!tty) return;
      stream.write(`\r\x1b[2K» ${LABELS[name] ?? name} ${done}/${total}`);
      open = true;
    },
    done() {
      if (tty && open) stream.write("\r\x1b[2K");
      open = false;
    },
  };
}
