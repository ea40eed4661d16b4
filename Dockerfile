# syntax=docker/dockerfile:1
# daybrief in a container: `docker compose up -d` runs `daybrief schedule` (docs/docker.md).
# Checked without a Docker daemon by `npm run lint:docker` (test/docker-lint.test.ts): every path
# COPY'd exists and is not .dockerignore'd, every command run exists, the volume holds the config's
# default store and output folders.
#
# No browser in the image: pages are read over HTTP and parsed in-process (linkedom + Readability);
# Chromium is only used by the test suite.

# ── build: compile better-sqlite3, bundle src/ into dist/, keep the runtime dependencies only ──
FROM node:20-bookworm-slim AS build
# better-sqlite3 falls back to compiling from source when its prebuilt binary cannot be downloaded.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/build.mjs scripts/build.mjs
COPY src/ src/
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

# ── runtime: node, the built CLI, its dependencies and the files it reads (prompts/, demo/) ──
FROM node:20-bookworm-slim
# MALLOC_ARENA_MAX=2: glibc's arenas (8 per core by default) keep what V8's helper threads freed,
# ~30–40 MB of a 1k-article run's peak RSS by its 8th stored day (docs/architecture.md, Memory).
# The heap cap and the young generation's cap the CLI would otherwise set by starting a second
# process (docs/scale.md, DAYBRIEF_HEAP_MB; the semi-space cap keeps verify's peak down).
ENV NODE_ENV=production \
    TZ=Asia/Shanghai \
    DAYBRIEF_LOG_FORMAT=json \
    MALLOC_ARENA_MAX=2 \
    NODE_OPTIONS="--max-old-space-size=768 --max-semi-space-size=4"
WORKDIR /app
COPY --from=build /app/node_modules/ node_modules/
COPY --from=build /app/dist/ dist/
COPY package.json ./
COPY bin/ bin/
COPY prompts/ prompts/
COPY demo/ demo/
RUN ln -s /app/bin/daybrief.mjs /usr/local/bin/daybrief \
  && mkdir -p /data \
  && chown node:node /data
# The config lives in the volume, so its relative defaults land there too: store ./data/daybrief.db
# → /data/data/daybrief.db, output ./briefings → /data/briefings.
VOLUME /data
WORKDIR /data
USER node
# Healthy = the config loads and the store opens (what every scheduled run needs first).
HEALTHCHECK --interval=10m --timeout=30s --start-period=30s --retries=3 \
  CMD ["daybrief", "runs", "--limit", "1", "--config", "/data/daybrief.config.yaml"]
ENTRYPOINT ["daybrief"]
EXPOSE 8080
CMD ["serve", "--schedule", "--host", "0.0.0.0", "--config", "/data/daybrief.config.yaml"]
