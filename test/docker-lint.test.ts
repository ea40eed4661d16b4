import assert from "node:assert/strict";
import { resolve } from "node:path";
import { before, test } from "node:test";
import {
  type DockerSetup,
  dockerignoreMatcher,
  lintDockerSetup,
  loadDockerSetup,
} from "../scripts/lint-docker.ts";

// Issue 15 point 3: no Docker daemon here, so the Dockerfile's assumptions about the package are
// checked as text: the real files hold together, and each kind of drift is caught.
let real: DockerSetup;
before(async () => {
  real = await loadDockerSetup(resolve(import.meta.dirname, ".."));
});

const withDockerfile = (edit: (text: string) => string): DockerSetup => ({
  ...real,
  dockerfile: edit(real.dockerfile),
});

test("the repository's Dockerfile, compose.yaml and .dockerignore hold together", () => {
  assert.deepEqual(lintDockerSetup(real), []);
  assert.ok(real.buildInputs.includes("src/main.ts"), "the bundle's inputs were listed");
  assert.ok(real.commands.has("schedule") && real.commands.has("config check"));
});

test("a COPY of a missing or .dockerignore'd path is caught", () => {
  assert.deepEqual(
    lintDockerSetup(withDockerfile((t) => t.replace("COPY prompts/ prompts/", "COPY prompt/ prompts/"))),
    ["COPY prompt/: no such file in the repository"],
  );
  assert.deepEqual(lintDockerSetup(withDockerfile((t) => t.replace("COPY prompts/ prompts/\n", ""))), [
    'package.json files "prompts/" is not copied into the runtime stage',
  ]);
  const ignored = lintDockerSetup({ ...real, dockerignore: `${real.dockerignore}\ndemo/\n` });
  assert.deepEqual(ignored, ["COPY demo/: excluded by .dockerignore"]);
  const sources = lintDockerSetup({ ...real, dockerignore: `${real.dockerignore}\nsrc/render/\n` });
  assert.ok(
    sources.some((p) => /the build reads src\/render\/.+, which \.dockerignore excludes/.test(p)),
    String(sources),
  );
});

test("commands the image runs must exist: npm scripts, daybrief commands, the bin link", () => {
  assert.deepEqual(lintDockerSetup(withDockerfile((t) => t.replace("npm run build", "npm run compile"))), [
    "RUN npm run compile: no such script in package.json",
    "COPY --from=build /app/dist/: nothing in stage build makes it",
  ]);
  assert.deepEqual(lintDockerSetup(withDockerfile((t) => t.replace('CMD ["serve"', 'CMD ["serv"'))), [
    'CMD: daybrief has no command "serv"',
  ]);
  assert.deepEqual(
    lintDockerSetup(withDockerfile((t) => t.replace('"runs", "--limit"', '"health", "--limit"'))),
    ['HEALTHCHECK: daybrief has no command "health"'],
  );
  assert.deepEqual(
    lintDockerSetup(
      withDockerfile((t) => t.replace("ln -s /app/bin/daybrief.mjs", "ln -s /app/bin/cli.mjs")),
    ),
    ["ENTRYPOINT daybrief: no RUN links /app/bin/daybrief.mjs to /usr/local/bin/daybrief"],
  );
  const compose = real.compose.replace('command: ["serve"', 'command: ["serv"');
  assert.deepEqual(lintDockerSetup({ ...real, compose }), [
    'compose daybrief command: daybrief has no command "serv"',
  ]);
});

test("the volume must hold the config and its default store and output folders", () => {
  assert.deepEqual(
    lintDockerSetup({ ...real, defaults: { storePath: "../var/daybrief.db", outputDir: "./briefings" } }),
    ["the default store (store.path) at /var/daybrief.db is outside the volume (/data)"],
  );
  const moved = lintDockerSetup(withDockerfile((t) => t.replace("VOLUME /data", "VOLUME /srv")));
  assert.ok(
    moved.includes("the config at /data/daybrief.config.yaml is outside the volume (/srv)"),
    String(moved),
  );
  assert.ok(moved.includes("compose daybrief mounts nothing at the image's VOLUME /srv"), String(moved));
});

test("the runtime stage runs as a non-root user, with a healthcheck, from the slim Node 20 image", () => {
  const root = lintDockerSetup(withDockerfile((t) => t.replace("USER node", "USER root")));
  assert.deepEqual(root, ["the runtime stage must switch to a non-root USER"]);
  const image = lintDockerSetup(
    withDockerfile((t) => t.replace("FROM node:20-bookworm-slim AS build", "FROM node:22 AS build")),
  );
  assert.deepEqual(image, ["FROM node:22: every stage should start from node:20-bookworm-slim"]);
});

test(".dockerignore patterns: folders, globs at any depth, files", () => {
  const ignored = dockerignoreMatcher("node_modules/\n**/testdata/\n*.tgz\n# note\n/dist/\n");
  assert.equal(ignored("node_modules/x/index.js"), true);
  assert.equal(ignored("src/render/testdata/a.html"), true);
  assert.equal(ignored("daybrief-0.1.0.tgz"), true);
  assert.equal(ignored("dist/main.js"), true);
  assert.equal(ignored("src/render/render-html.ts"), false);
  assert.equal(ignored("docs/x.tgz.md"), false);
});

test("the scale profile: workers run an existing command; Postgres and Redis pinned and kept in the profile", () => {
  assert.ok(
    /^\s+worker:\n(?:.*\n)*?\s+profiles: \[scale\]/m.test(real.compose),
    "compose.yaml has a scale worker",
  );
  const typo = real.compose.replace('["worker", "--concurrency"', '["workers", "--concurrency"');
  assert.deepEqual(lintDockerSetup({ ...real, compose: typo }), [
    'compose worker command: daybrief has no command "workers"',
  ]);
  const latest = real.compose.replace("image: redis:7-bookworm", "image: redis:latest");
  assert.deepEqual(lintDockerSetup({ ...real, compose: latest }), [
    'compose redis: pin the image\'s tag (got "redis:latest")',
  ]);
  // Out of the profile, a plain `docker compose up` would start Postgres for every install.
  const always = real.compose.replace(
    /( {2}postgres:\n {4}image: postgres:15-bookworm\n) {4}profiles: \[scale\]\n/,
    "$1",
  );
  assert.notEqual(always, real.compose);
  assert.deepEqual(lintDockerSetup({ ...real, compose: always }), [
    "compose postgres is not daybrief: put it in a profile (e.g. scale)",
  ]);
  const required = real.compose.replace(
    "postgres: { condition: service_healthy, required: false }",
    "postgres: { condition: service_healthy }",
  );
  assert.deepEqual(lintDockerSetup({ ...real, compose: required }), [
    "compose daybrief depends on postgres of a profile: mark it required: false",
  ]);
  const noMount = real.compose.replace(
    /( {2}worker:[\s\S]*?) {4}volumes:\n {6}- \.\/daybrief-data:\/data\n/,
    "$1",
  );
  assert.deepEqual(lintDockerSetup({ ...real, compose: noMount }), [
    "compose worker mounts nothing at the image's VOLUME /data",
  ]);
});
