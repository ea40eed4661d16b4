// The repository's real Docker setup, for `npm run lint:docker` (lint-docker.ts): its files, the
// inputs the build bundles, the CLI's commands and the config's default store and output folders.
import { existsSync, readFileSync } from "node:fs";
import { posix, resolve } from "node:path";
import type { Command } from "commander";
import { build } from "esbuild";
import { buildProgram } from "../src/cli/program.ts";
import { parseConfig } from "../src/config/index.ts";
import type { DockerSetup } from "./lint-docker.ts";

/** The real setup of the repository at `root`. */
export async function loadDockerSetup(root: string): Promise<DockerSetup> {
  const read = (path: string) => readFileSync(resolve(root, path), "utf8");
  const packageJson = JSON.parse(read("package.json"));
  const result = await build({
    entryPoints: [resolve(root, "src/main.ts")],
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    packages: "external",
    outdir: resolve(root, "dist"),
    write: false,
    metafile: true,
    logLevel: "silent",
    absWorkingDir: root,
  });
  const config = parseConfig("sources: [{ id: a, name: A, url: 'https://a.example/feed.xml' }]\n", {
    env: {},
    baseDir: "/config-dir",
  });
  return {
    dockerfile: read("Dockerfile"),
    compose: read("compose.yaml"),
    dockerignore: read(".dockerignore"),
    packageJson,
    exists: (path) => existsSync(resolve(root, path)),
    commands: listCommands(),
    buildInputs: Object.keys(result.metafile.inputs),
    defaults: {
      storePath: posix.relative("/config-dir", config.store.path),
      outputDir: posix.relative("/config-dir", config.output.dir),
    },
  };
}

/** Every command and subcommand of the CLI, by its full name ("llm test"). */
function listCommands(): Set<string> {
  const sink = { write: () => true } as unknown as NodeJS.WritableStream;
  const program = buildProgram(
    { env: {}, cwd: "/", stdout: sink, stderr: sink, now: () => new Date() },
    () => {},
  );
  const names = new Set<string>();
  const walk = (command: Command, prefix: string) => {
    for (const sub of command.commands) {
      const name = prefix ? `${prefix} ${sub.name()}` : sub.name();
      names.add(name);
      walk(sub, name);
    }
  };
  walk(program, "");
  return names;
}
