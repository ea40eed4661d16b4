import assert from "node:assert/strict";

/** Line-by-line equality with a readable report: the first differing line with context, and a count. */
export function assertSameLines(actual: string, expected: string, what: string): void {
  const a = actual.split("\n");
  const e = expected.split("\n");
  const differing: number[] = [];
  for (let i = 0; i < Math.max(a.length, e.length); i++) if (a[i] !== e[i]) differing.push(i);
  if (differing.length === 0) return;
  const first = differing[0] ?? 0;
  const context: string[] = [];
  for (let i = Math.max(0, first - 3); i <= Math.min(Math.max(a.length, e.length) - 1, first + 3); i++) {
    if (a[i] === e[i]) context.push(`  ${i + 1}: ${a[i]}`);
    else context.push(`- ${i + 1}: ${e[i] ?? "<end>"}`, `+ ${i + 1}: ${a[i] ?? "<end>"}`);
  }
  assert.fail(
    `${what}: ${differing.length} line(s) differ, first at line ${first + 1} ` +
      `(- expected, + rendered; ${e.length} vs ${a.length} lines)\n${context.join("\n")}`,
  );
}
