// `npm run lint:docker`: checks what the Dockerfile and compose.yaml assume about this package,
// without a Docker daemon (CI has none): every path COPY'd exists and is not .dockerignore'd, every
// file the build bundles is in the build context, every command run exists (npm scripts, daybrief
// commands), the runtime stage carries every runtime folder of package.json "files", runs as a
// non-root user with a healthcheck, and the volume holds the config and its default store and
// output folders. Prints each problem; exits 1 when there is one.
// The Dockerfile is read by docker-text.ts; the real setup is gathered by load-docker-setup.ts.
import { posix, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { dockerignoreMatcher, optionValue, parseDockerfile, within, words } from "./docker-text.ts";
import { loadDockerSetup } from "./load-docker-setup.ts";

export { dockerignoreMatcher, loadDockerSetup };

export interface DockerSetup {
  dockerfile: string;
  compose: string;
  dockerignore: string;
  packageJson: { scripts: Record<string, string>; files: string[]; bin: Record<string, string> };
  /** Whether a path relative to the repository root exists. */
  exists(path: string): boolean;
  /** daybrief's commands: "run", "config check", … */
  commands: Set<string>;
  /** Files (relative to the root) the build bundles into dist/. */
  buildInputs: string[];
  /** The config's default store and output paths, relative to the config file. */
  defaults: { storePath: string; outputDir: string };
}

interface Stage {
  name?: string;
  image: string;
  workdir: string;
  /** Paths COPY'd into the stage, absolute in the image. */
  copied: string[];
  runs: string[];
}

export const BASE_IMAGE = "node:20-bookworm-slim";
/** Where the image keeps the package (WORKDIR of both stages). */
const APP_DIR = "/app";

/** Problems found, one line each; empty when the setup holds together. */
export function lintDockerSetup(setup: DockerSetup): string[] {
  const problems: string[] = [];
  const instructions = parseDockerfile(setup.dockerfile);
  const stages: Stage[] = [];
  const ignored = dockerignoreMatcher(setup.dockerignore);
  const volumes: string[] = [];
  let user: string | undefined;
  let healthcheck: string[] | undefined;
  let entrypoint: string[] = [];
  let cmd: string[] = [];
  for (const ins of instructions) {
    if (ins.op === "FROM") {
      const [image, as, name] = ins.args.split(/\s+/);
      if (image !== BASE_IMAGE) problems.push(`FROM ${image}: every stage should start from ${BASE_IMAGE}`);
      stages.push({
        name: as?.toUpperCase() === "AS" ? name : undefined,
        image: image ?? "",
        workdir: "/",
        copied: [],
        runs: [],
      });
      user = undefined;
      healthcheck = undefined;
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) {
      problems.push(`${ins.op} before FROM`);
      continue;
    }
    switch (ins.op) {
      case "WORKDIR":
        stage.workdir = posix.resolve(stage.workdir, ins.args);
        break;
      case "COPY":
        problems.push(...checkCopy(ins.args, stage, stages, setup, ignored));
        break;
      case "RUN":
        stage.runs.push(ins.args);
        problems.push(...checkRun(ins.args, stage, setup));
        break;
      case "USER":
        user = ins.args.trim();
        break;
      case "VOLUME":
        volumes.push(...words(ins.args));
        break;
      case "HEALTHCHECK":
        healthcheck = words(ins.args.replace(/^(--\S+\s+)*CMD\s+/, ""));
        break;
      case "ENTRYPOINT":
        entrypoint = words(ins.args);
        break;
      case "CMD":
        cmd = words(ins.args);
        break;
    }
  }
  const final = stages.at(-1);
  if (!final) return [...problems, "no FROM"];
  if (!user || user === "root" || user === "0")
    problems.push("the runtime stage must switch to a non-root USER");
  if (!healthcheck) problems.push("the runtime stage has no HEALTHCHECK");
  if (volumes.length === 0) problems.push("no VOLUME for the store and output");

  // What the package reads at runtime must be in the image.
  for (const entry of setup.packageJson.files.filter((f) => !/\.md$/i.test(f))) {
    const target = posix.resolve(APP_DIR, entry);
    if (!final.copied.some((c) => within(target, c) || within(c, target)))
      problems.push(`package.json files "${entry}" is not copied into the runtime stage`);
  }
  // The bundle's inputs must be in the build context (not .dockerignore'd) and copied into a stage.
  const copiedSources = stages.flatMap((s) => s.copied);
  for (const input of setup.buildInputs) {
    if (ignored(input)) problems.push(`the build reads ${input}, which .dockerignore excludes`);
    else if (!copiedSources.some((c) => within(`/app/${input}`, c)))
      problems.push(`the build reads ${input}, which no COPY brings into the image`);
  }

  const run = [...entrypoint, ...cmd];
  const linked = setup.packageJson.bin.daybrief;
  if (
    run[0] === "daybrief" &&
    !final.runs.some((r) => r.includes(`ln -s /app/${linked} /usr/local/bin/daybrief`))
  )
    problems.push(`ENTRYPOINT daybrief: no RUN links /app/${linked} to /usr/local/bin/daybrief`);
  problems.push(...checkDaybrief("CMD", run, setup.commands));
  if (healthcheck) problems.push(...checkDaybrief("HEALTHCHECK", healthcheck, setup.commands));

  const config = optionValue(run, "--config");
  if (!config) problems.push("CMD does not name --config");
  else problems.push(...checkVolume(config, volumes, setup.defaults));

  problems.push(...checkCompose(setup, volumes, config));
  return problems;
}

function checkCopy(
  args: string,
  stage: Stage,
  stages: Stage[],
  setup: DockerSetup,
  ignored: (p: string) => boolean,
): string[] {
  const problems: string[] = [];
  const parts = words(args);
  const from = parts.find((p) => p.startsWith("--from="))?.slice("--from=".length);
  const paths = parts.filter((p) => !p.startsWith("--"));
  const dest = paths.pop();
  if (!dest || paths.length === 0) return [`COPY ${args}: needs a source and a destination`];
  const destAbs = posix.resolve(stage.workdir, dest);
  for (const source of paths) {
    const target =
      paths.length === 1 && !dest.endsWith("/") ? destAbs : posix.join(destAbs, posix.basename(source));
    stage.copied.push(source.endsWith("/") && dest.endsWith("/") && paths.length === 1 ? destAbs : target);
    if (from) {
      const origin = stages.find((s) => s.name === from);
      if (!origin) problems.push(`COPY --from=${from}: no such stage`);
      else if (!producedIn(origin, source))
        problems.push(`COPY --from=${from} ${source}: nothing in stage ${from} makes it`);
      continue;
    }
    const rel = source.replace(/^\.\//, "").replace(/\/$/, "");
    if (!setup.exists(rel)) problems.push(`COPY ${source}: no such file in the repository`);
    else if (ignored(rel)) problems.push(`COPY ${source}: excluded by .dockerignore`);
  }
  return problems;
}

/** A path of another stage: copied into it, or made by its `npm ci` (node_modules) or `npm run build` (dist). */
function producedIn(stage: Stage, source: string): boolean {
  const path = posix.resolve(stage.workdir, source);
  if (stage.copied.some((c) => within(path, c))) return true;
  const top = posix.relative(stage.workdir, path).split("/")[0];
  if (top === "node_modules") return stage.runs.some((r) => /\bnpm ci\b/.test(r));
  if (top === "dist") return stage.runs.some((r) => /\bnpm run build\b/.test(r));
  return false;
}

function checkRun(command: string, stage: Stage, setup: DockerSetup): string[] {
  const problems: string[] = [];
  for (const m of command.matchAll(/\bnpm run ([\w:-]+)/g)) {
    if (!setup.packageJson.scripts[m[1]!])
      problems.push(`RUN npm run ${m[1]}: no such script in package.json`);
  }
  if (/\bnpm ci\b/.test(command)) {
    for (const file of ["package.json", "package-lock.json"]) {
      if (!stage.copied.includes(posix.resolve(stage.workdir, file)))
        problems.push(`RUN npm ci before COPY ${file}`);
    }
  }
  return problems;
}

function checkDaybrief(where: string, argv: string[], commands: Set<string>): string[] {
  if (argv[0] !== "daybrief") return [`${where} should run daybrief, runs ${argv[0] ?? "nothing"}`];
  const [first, second] = argv.slice(1).filter((a) => !a.startsWith("-"));
  const name = second && commands.has(`${first} ${second}`) ? `${first} ${second}` : first;
  return name && commands.has(name) ? [] : [`${where}: daybrief has no command "${first ?? ""}"`];
}

function checkVolume(config: string, volumes: string[], defaults: DockerSetup["defaults"]): string[] {
  const dir = posix.dirname(config);
  const problems: string[] = [];
  const paths = {
    "the config": config,
    "the default store (store.path)": posix.resolve(dir, defaults.storePath),
    "the default output (output.dir)": posix.resolve(dir, defaults.outputDir),
  };
  for (const [what, path] of Object.entries(paths)) {
    if (!volumes.some((v) => within(path, v)))
      problems.push(`${what} at ${path} is outside the volume (${volumes.join(", ")})`);
  }
  return problems;
}

interface ComposeService {
  build?: unknown;
  image?: string;
  command?: string[];
  volumes?: string[];
  profiles?: string[];
  depends_on?: Record<string, { required?: boolean }> | string[];
}

/**
 * Every service that runs daybrief (it builds this Dockerfile, or runs the image a service builds)
 * runs an existing command with the image's config and mounts its volume. Other services (Postgres,
 * Redis of the scale profile) pin an image tag and sit in a profile, so a plain `docker compose up`
 * starts what it always started; a service without a profile may depend on them only optionally.
 */
function checkCompose(setup: DockerSetup, volumes: string[], config: string | undefined): string[] {
  const compose = parseYaml(setup.compose) as { services?: Record<string, ComposeService> };
  const services = Object.entries(compose.services ?? {});
  if (services.length === 0) return ["compose.yaml has no service"];
  const problems: string[] = [];
  const builds = (s: ComposeService) => s.build === "." || (s.build as { context?: string })?.context === ".";
  const built = new Set(services.flatMap(([, s]) => (builds(s) && s.image ? [s.image] : [])));
  const runsDaybrief = (s: ComposeService) => builds(s) || (s.image !== undefined && built.has(s.image));
  const profiled = new Set(services.filter(([, s]) => (s.profiles ?? []).length > 0).map(([n]) => n));
  if (!services.some(([, s]) => runsDaybrief(s) && (s.profiles ?? []).length === 0))
    problems.push("no daybrief service outside a profile: `docker compose up` would start nothing");
  for (const [name, service] of services) {
    for (const [dependency, how] of Object.entries(service.depends_on ?? {})) {
      const target = Array.isArray(service.depends_on) ? String(how) : dependency;
      const optional =
        !Array.isArray(service.depends_on) && (how as { required?: boolean }).required === false;
      if ((service.profiles ?? []).length === 0 && profiled.has(target) && !optional)
        problems.push(`compose ${name} depends on ${target} of a profile: mark it required: false`);
    }
    if (!runsDaybrief(service)) {
      if (service.build !== undefined)
        problems.push(`compose service ${name} does not build this Dockerfile`);
      else if (!/^[\w./-]+:[\w.-]+$/.test(service.image ?? "") || /:latest$/.test(service.image ?? ""))
        problems.push(`compose ${name}: pin the image's tag (got "${service.image ?? ""}")`);
      if ((service.profiles ?? []).length === 0)
        problems.push(`compose ${name} is not daybrief: put it in a profile (e.g. scale)`);
      continue;
    }
    const command = service.command ?? [];
    problems.push(...checkDaybrief(`compose ${name} command`, ["daybrief", ...command], setup.commands));
    const composeConfig = optionValue(command, "--config");
    if (composeConfig && config && composeConfig !== config)
      problems.push(`compose ${name} uses --config ${composeConfig}, the image ${config}`);
    const targets = (service.volumes ?? []).map((v) => v.split(":")[1]);
    for (const volume of volumes) {
      if (!targets.includes(volume))
        problems.push(`compose ${name} mounts nothing at the image's VOLUME ${volume}`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = lintDockerSetup(await loadDockerSetup(resolve(import.meta.dirname, "..")));
  for (const p of problems) console.log(`docker: ${p}`);
  console.log(
    problems.length === 0
      ? "docker: Dockerfile, compose.yaml and .dockerignore hold together"
      : `docker: ${problems.length} problem(s)`,
  );
  process.exit(problems.length === 0 ? 0 : 1);
}
