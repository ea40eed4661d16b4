/** What the pipeline tells whoever watches it (a TTY line, plain log lines, a web page). */
export interface Progress {
  stage(name: string, detail?: string): void;
  step(name: string, done: number, total: number): void;
  done(): void;
}

export const quietProgress: Progress = { stage() {}, step() {}, done() {} };
