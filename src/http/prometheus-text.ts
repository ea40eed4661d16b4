/**
 * Prometheus's text exposition format (version 0.0.4), written by hand: a family is a HELP and a
 * TYPE line, then its samples. The worker's and `serve`'s `/metrics` both write it.
 */

export const PROMETHEUS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/** A label value as the format writes it: backslash, quote and newline escaped. */
function labelValue(value: string): string {
  return value.replaceAll("\\", "\\\\").replaceAll('"', '\\"').replaceAll("\n", "\\n");
}

/** One sample line: `name{k="v",…} value` (a value that is not finite is written 0). */
export function sample(name: string, labels: Record<string, string>, value: number): string {
  const inner = Object.entries(labels)
    .map(([k, v]) => `${k}="${labelValue(v)}"`)
    .join(",");
  return `${name}${inner ? `{${inner}}` : ""} ${Number.isFinite(value) ? value : 0}`;
}

/** Collects families and renders the exposition. */
export function createExposition(): {
  family(name: string, type: "gauge" | "counter" | "histogram", help: string, samples: string[]): void;
  text(): string;
} {
  const lines: string[] = [];
  return {
    family(name, type, help, samples) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples);
    },
    text: () => `${lines.join("\n")}\n`,
  };
}
