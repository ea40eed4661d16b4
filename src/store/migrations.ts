import type { Database } from "better-sqlite3";
import { DaybriefError } from "../errors.ts";

/**
 * The schema, as an append-only list: migration N (1-based) brings `PRAGMA user_version` from N-1
 * to N. Never edit a shipped entry; add a new one. Times are ISO 8601 UTC strings, so string order
 * is time order; structured values are JSON text.
 */
export const migrations: readonly string[] = [
  // 1: the initial schema.
  `
  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    ord INTEGER NOT NULL DEFAULT 0,
    enabled INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_success_at TEXT,
    last_error_at TEXT,
    last_error TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    items_seen INTEGER NOT NULL DEFAULT 0,
    last_new_item_at TEXT
  ) STRICT;

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL REFERENCES sources(id),
    url TEXT NOT NULL,
    original_url TEXT NOT NULL,
    guid TEXT,
    title TEXT NOT NULL,
    author TEXT,
    account TEXT,
    published_at TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    text TEXT NOT NULL,
    html TEXT NOT NULL,
    links TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    status_reason TEXT,
    updated_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX articles_url ON articles(url);
  CREATE INDEX articles_source_guid ON articles(source_id, guid) WHERE guid IS NOT NULL;
  CREATE INDEX articles_content_hash ON articles(content_hash);
  CREATE INDEX articles_published_at ON articles(published_at);

  CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    command TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',
    counts TEXT NOT NULL DEFAULT '{}',
    failures TEXT NOT NULL DEFAULT '[]',
    usage TEXT
  ) STRICT;
  CREATE INDEX runs_date ON runs(date);

  CREATE TABLE analyses (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    analyser_kind TEXT NOT NULL,
    analyser_name TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    fallback INTEGER NOT NULL DEFAULT 0,
    fallback_reason TEXT,
    status TEXT NOT NULL,
    entry TEXT,
    reason TEXT,
    error TEXT,
    raw_reply TEXT,
    calls INTEGER,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    usage_estimated INTEGER,
    cost REAL,
    currency TEXT,
    created_at TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL
  ) STRICT;
  CREATE UNIQUE INDEX analyses_key ON analyses(article_id, content_hash, analyser_name, prompt_version);
  CREATE INDEX analyses_cache ON analyses(content_hash, analyser_name, prompt_version);
  CREATE INDEX analyses_run ON analyses(run_id);

  CREATE TABLE briefings (
    date TEXT PRIMARY KEY,
    generated_at TEXT NOT NULL,
    json TEXT NOT NULL,
    outputs TEXT NOT NULL DEFAULT '{}',
    entries INTEGER NOT NULL DEFAULT 0,
    run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL
  ) STRICT;

  CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    channel TEXT NOT NULL,
    part_key TEXT NOT NULL,
    status TEXT NOT NULL,
    error TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    first_at TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX deliveries_key ON deliveries(date, channel, part_key);

  CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    story_key TEXT NOT NULL,
    primary_article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    member_article_ids TEXT NOT NULL DEFAULT '[]',
    signature TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  CREATE UNIQUE INDEX stories_key ON stories(date, story_key);
  `,
  // 2: source health alerts, raised once and closed on recovery.
  `
  CREATE TABLE source_alerts (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    raised_at TEXT NOT NULL,
    recovered_at TEXT
  ) STRICT;
  CREATE UNIQUE INDEX source_alerts_open ON source_alerts(source_id, kind) WHERE recovered_at IS NULL;
  CREATE INDEX source_alerts_source ON source_alerts(source_id, raised_at);
  `,
  // 3: the LLM's yes/no on ambiguous story pairs, remembered so a re-render never asks again,
  // and what each such call cost (the ledger of the run that asked).
  `
  CREATE TABLE story_judgements (
    pair_key TEXT PRIMARY KEY,
    same INTEGER NOT NULL,
    model TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    cost REAL,
    currency TEXT,
    created_at TEXT NOT NULL
  ) STRICT;
  `,
  // 4: the usage of analyses that a later outcome replaced (or that were not kept), so the ledger
  // keeps every paid call: a failed attempt before a good retry, a failed --reanalyse.
  `
  CREATE TABLE superseded_usage (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES runs(id),
    calls INTEGER,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    usage_estimated INTEGER,
    cost REAL,
    currency TEXT
  ) STRICT;
  `,
  // 5: exactly-once delivery. Part keys name the entries a part carries (kind:index:digest); a row
  // remembers those entries (to say why a part is sent again) and how many attempts ended with an
  // unknown outcome (timed out or cut off after sending), so a part is retried at most once after one.
  `
  ALTER TABLE deliveries ADD COLUMN unknown_outcomes INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE deliveries ADD COLUMN entries TEXT NOT NULL DEFAULT '[]';
  `,
  // 6: why a run ended as it did, and who ran it (a run left "running" by a killed process is
  // marked interrupted by the next one); the run lock as one row, taken in an immediate transaction.
  `
  ALTER TABLE runs ADD COLUMN reason TEXT;
  ALTER TABLE runs ADD COLUMN pid INTEGER;
  ALTER TABLE runs ADD COLUMN host TEXT;
  CREATE INDEX runs_status ON runs(status);
  CREATE TABLE run_lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    token TEXT NOT NULL,
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    since TEXT NOT NULL,
    command TEXT NOT NULL
  ) STRICT;
  `,
  // 7: WeChat without getting blocked — where an article's text came from (feed or page), the
  // hosts resting after a verification wall, requests per host and day (the daily cap spans runs),
  // and the articles whose page is still to be read.
  `
  ALTER TABLE articles ADD COLUMN text_from TEXT;
  UPDATE articles SET text_from = CASE WHEN status = 'ok' THEN 'page' ELSE 'feed' END;

  CREATE TABLE host_cooldowns (
    host TEXT PRIMARY KEY,
    until TEXT NOT NULL,
    reason TEXT NOT NULL,
    since TEXT NOT NULL
  ) STRICT;

  CREATE TABLE host_requests (
    host TEXT NOT NULL,
    day TEXT NOT NULL,
    count INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (host, day)
  ) STRICT;

  CREATE TABLE page_rereads (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    host TEXT NOT NULL,
    reason TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
  ) STRICT;
  `,
  // 8: a source's latest articles without scanning all of them (the feed-text yardstick and the
  // bridge trail are read for every page of a run: a scan made the read stage grow with the store).
  `
  CREATE INDEX articles_source_seen ON articles(source_id, first_seen_at DESC, id DESC);
  `,
  // 9: full-text search (store/search-index.ts). One document per article (id * 2 + 1) and per
  // analysis with an entry (id * 2), tokenised by search_tokens / search_entry_text (registered on
  // every connection by openDatabase); triggers keep the index in step with every write; the
  // INSERT … SELECTs index what an existing database already holds.
  `
  CREATE TABLE search_docs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    analysis_id INTEGER,
    published_at TEXT NOT NULL,
    source_id TEXT NOT NULL,
    org TEXT,
    stars INTEGER,
    tags TEXT,
    analyser TEXT
  ) STRICT;
  CREATE INDEX search_docs_article ON search_docs(article_id);
  CREATE VIRTUAL TABLE search_fts USING fts5(
    title, org, tags, summary, body, content = '', contentless_delete = 1, tokenize = 'unicode61'
  );

  CREATE TRIGGER search_article_insert AFTER INSERT ON articles BEGIN
    INSERT INTO search_docs (id, kind, article_id, published_at, source_id)
      VALUES (new.id * 2 + 1, 'article', new.id, new.published_at, new.source_id);
    INSERT INTO search_fts (rowid, title, org, tags, summary, body)
      VALUES (new.id * 2 + 1, search_tokens(new.title), '', '', '', search_tokens(new.text));
  END;
  CREATE TRIGGER search_article_update AFTER UPDATE OF title, text, published_at, source_id ON articles BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2 + 1;
    INSERT INTO search_fts (rowid, title, org, tags, summary, body)
      VALUES (new.id * 2 + 1, search_tokens(new.title), '', '', '', search_tokens(new.text));
    UPDATE search_docs SET published_at = new.published_at, source_id = new.source_id
      WHERE article_id = new.id;
  END;
  CREATE TRIGGER search_article_delete AFTER DELETE ON articles BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2 + 1;
    DELETE FROM search_docs WHERE id = old.id * 2 + 1;
  END;

  CREATE TRIGGER search_analysis_insert AFTER INSERT ON analyses
  WHEN new.status = 'ok' AND json_valid(new.entry) BEGIN
    INSERT INTO search_docs (id, kind, article_id, analysis_id, published_at, source_id, org, stars, tags, analyser)
      SELECT new.id * 2, 'entry', new.article_id, new.id, a.published_at, a.source_id,
        json_extract(new.entry, '$.org'), CAST(json_extract(new.entry, '$.stars') AS INTEGER),
        CASE WHEN json_type(new.entry, '$.tags') = 'array' THEN json_extract(new.entry, '$.tags') ELSE '[]' END,
        new.analyser_name
      FROM articles AS a WHERE a.id = new.article_id;
    INSERT INTO search_fts (rowid, title, org, tags, summary, body)
      VALUES (new.id * 2, search_tokens(json_extract(new.entry, '$.title')),
        search_tokens(json_extract(new.entry, '$.org')), search_tokens(json_extract(new.entry, '$.tags')),
        search_entry_text(new.entry), '');
  END;
  CREATE TRIGGER search_analysis_update AFTER UPDATE ON analyses BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2;
    DELETE FROM search_docs WHERE id = old.id * 2;
    INSERT INTO search_docs (id, kind, article_id, analysis_id, published_at, source_id, org, stars, tags, analyser)
      SELECT new.id * 2, 'entry', new.article_id, new.id, a.published_at, a.source_id,
        json_extract(new.entry, '$.org'), CAST(json_extract(new.entry, '$.stars') AS INTEGER),
        CASE WHEN json_type(new.entry, '$.tags') = 'array' THEN json_extract(new.entry, '$.tags') ELSE '[]' END,
        new.analyser_name
      FROM articles AS a WHERE a.id = new.article_id AND new.status = 'ok' AND json_valid(new.entry);
    INSERT INTO search_fts (rowid, title, org, tags, summary, body)
      SELECT new.id * 2, search_tokens(json_extract(new.entry, '$.title')),
        search_tokens(json_extract(new.entry, '$.org')), search_tokens(json_extract(new.entry, '$.tags')),
        search_entry_text(new.entry), ''
      WHERE new.status = 'ok' AND json_valid(new.entry);
  END;
  CREATE TRIGGER search_analysis_delete AFTER DELETE ON analyses BEGIN
    DELETE FROM search_fts WHERE rowid = old.id * 2;
    DELETE FROM search_docs WHERE id = old.id * 2;
  END;

  INSERT INTO search_docs (id, kind, article_id, published_at, source_id)
    SELECT id * 2 + 1, 'article', id, published_at, source_id FROM articles;
  INSERT INTO search_fts (rowid, title, org, tags, summary, body)
    SELECT id * 2 + 1, search_tokens(title), '', '', '', search_tokens(text) FROM articles;
  INSERT INTO search_docs (id, kind, article_id, analysis_id, published_at, source_id, org, stars, tags, analyser)
    SELECT n.id * 2, 'entry', n.article_id, n.id, a.published_at, a.source_id,
      json_extract(n.entry, '$.org'), CAST(json_extract(n.entry, '$.stars') AS INTEGER),
      CASE WHEN json_type(n.entry, '$.tags') = 'array' THEN json_extract(n.entry, '$.tags') ELSE '[]' END,
      n.analyser_name
    FROM analyses AS n JOIN articles AS a ON a.id = n.article_id
    WHERE n.status = 'ok' AND json_valid(n.entry);
  INSERT INTO search_fts (rowid, title, org, tags, summary, body)
    SELECT id * 2, search_tokens(json_extract(entry, '$.title')), search_tokens(json_extract(entry, '$.org')),
      search_tokens(json_extract(entry, '$.tags')), search_entry_text(entry), ''
    FROM analyses WHERE status = 'ok' AND json_valid(entry);
  `,
  // 10: why a source's last fetch failed, as data (model/problem.ts): the HTTP status and the
  // catalogue code (reasons.ts), so health alerts and "daybrief sources" never parse last_error.
  // Failures recorded before this stay without a code until the source fails again. An alert's
  // detail is its line without the source's name (for the recovery line); alerts already stored
  // get it once here, from their "名称：…" message.
  `
  ALTER TABLE sources ADD COLUMN last_status INTEGER;
  ALTER TABLE sources ADD COLUMN last_error_code TEXT;
  ALTER TABLE source_alerts ADD COLUMN detail TEXT;
  UPDATE source_alerts SET detail = substr(message, instr(message, '：') + 1) WHERE instr(message, '：') > 0;
  `,
  // 11: review before publish (docs/review.md). A draft per day, kept beside the published briefing
  // (readers of `briefings` never see a draft), and the editors' edits: an append-only audit trail
  // folded over the draft (model/curation.ts), never written into an analysis.
  `
  CREATE TABLE briefing_drafts (
    date TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    json TEXT NOT NULL,
    entries INTEGER NOT NULL DEFAULT 0,
    run_id INTEGER,
    kind TEXT NOT NULL DEFAULT 'briefing',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    decided_by TEXT,
    decided_at TEXT
  ) STRICT;
  CREATE INDEX briefing_drafts_status ON briefing_drafts(status, deadline);

  CREATE TABLE briefing_edits (
    id INTEGER PRIMARY KEY,
    date TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    field TEXT NOT NULL,
    target TEXT,
    value_before TEXT NOT NULL,
    value_after TEXT NOT NULL,
    user_name TEXT NOT NULL,
    at TEXT NOT NULL,
    unsupported TEXT
  ) STRICT;
  CREATE INDEX briefing_edits_date ON briefing_edits(date, id);
  `,
  // 12: each briefing date's earlier-story index segment
  // (dedup/story-segment.ts), built when the date's stories are saved, so a later run opens the
  // window's segments instead of decoding every stored story. Dates without one are built on use.
  `
  CREATE TABLE story_segments (
    date TEXT PRIMARY KEY,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL
  );
  `,
  // 13: several briefings per install (config `briefings`, docs/config.md): briefings, drafts,
  // edits, deliveries and runs keyed by (briefing id, date); every existing row becomes `default`.
  // SQLite cannot change a primary key in place: briefings and briefing_drafts are rebuilt.
  `
  CREATE TABLE briefings_v13 (
    briefing_id TEXT NOT NULL DEFAULT 'default',
    date TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    json TEXT NOT NULL,
    outputs TEXT NOT NULL DEFAULT '{}',
    entries INTEGER NOT NULL DEFAULT 0,
    run_id INTEGER REFERENCES runs(id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (briefing_id, date)
  ) STRICT;
  INSERT INTO briefings_v13 (briefing_id, date, generated_at, json, outputs, entries, run_id, updated_at)
    SELECT 'default', date, generated_at, json, outputs, entries, run_id, updated_at FROM briefings;
  DROP TABLE briefings;
  ALTER TABLE briefings_v13 RENAME TO briefings;

  CREATE TABLE briefing_drafts_v13 (
    briefing_id TEXT NOT NULL DEFAULT 'default',
    date TEXT NOT NULL,
    created_at TEXT NOT NULL,
    json TEXT NOT NULL,
    entries INTEGER NOT NULL DEFAULT 0,
    run_id INTEGER,
    kind TEXT NOT NULL DEFAULT 'briefing',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'draft',
    decided_by TEXT,
    decided_at TEXT,
    PRIMARY KEY (briefing_id, date)
  ) STRICT;
  INSERT INTO briefing_drafts_v13
    (briefing_id, date, created_at, json, entries, run_id, kind, deadline, status, decided_by, decided_at)
    SELECT 'default', date, created_at, json, entries, run_id, kind, deadline, status, decided_by, decided_at
    FROM briefing_drafts;
  DROP TABLE briefing_drafts;
  ALTER TABLE briefing_drafts_v13 RENAME TO briefing_drafts;
  CREATE INDEX briefing_drafts_status ON briefing_drafts(status, deadline);

  ALTER TABLE briefing_edits ADD COLUMN briefing_id TEXT NOT NULL DEFAULT 'default';
  DROP INDEX briefing_edits_date;
  CREATE INDEX briefing_edits_date ON briefing_edits(briefing_id, date, id);

  ALTER TABLE deliveries ADD COLUMN briefing_id TEXT NOT NULL DEFAULT 'default';
  DROP INDEX deliveries_key;
  CREATE UNIQUE INDEX deliveries_key ON deliveries(briefing_id, date, channel, part_key);

  ALTER TABLE runs ADD COLUMN briefing_id TEXT NOT NULL DEFAULT 'default';
  `,
  // 14: each briefing's digest (store/briefings.ts), written with it: the archive index's line (entries,
  // first titles, outputs) and the day's feed entry as published, so the index and feed.xml read
  // these small rows instead of parsing stored briefings. Existing days get their index line here
  // and no feed entry (the feed renders those from the briefing while they are among its latest).
  `
  CREATE TABLE briefing_digests (
    briefing_id TEXT NOT NULL DEFAULT 'default',
    date TEXT NOT NULL,
    generated_at TEXT NOT NULL,
    timezone TEXT NOT NULL DEFAULT '',
    entries INTEGER NOT NULL DEFAULT 0,
    top_titles TEXT NOT NULL DEFAULT '[]',
    outputs TEXT NOT NULL DEFAULT '{}',
    feed_html TEXT,
    PRIMARY KEY (briefing_id, date)
  ) STRICT;
  INSERT INTO briefing_digests (briefing_id, date, generated_at, timezone, entries, top_titles, outputs)
    SELECT briefing_id, date, generated_at, coalesce(json_extract(json, '$.timezone'), ''), entries,
      json_array(json_extract(json, '$.items[0].entry.title'), json_extract(json, '$.items[1].entry.title'), json_extract(json, '$.items[2].entry.title'), json_extract(json, '$.items[3].entry.title'), json_extract(json, '$.items[4].entry.title')), outputs
    FROM briefings;
  `,
  // 15: a running run's progress (stage, steps), written as it goes so /runs of another process
  // (the web app beside a CLI or scheduler run) can show it; cleared when the run finishes.
  `
  ALTER TABLE runs ADD COLUMN progress TEXT;
  `,
  // 16: stories and their earlier-story segments per briefing, so a briefing's repeat window holds
  // only what that briefing published (another briefing's story is not a repeat); old rows `default`.
  // SQLite cannot change a primary key in place: story_segments is rebuilt. And the LLM replies
  // paid for and not yet saved as analyses (store/analysis-replies.ts): a retry reuses them.
  `
  ALTER TABLE stories ADD COLUMN briefing_id TEXT NOT NULL DEFAULT 'default';
  DROP INDEX stories_key;
  CREATE UNIQUE INDEX stories_key ON stories(briefing_id, date, story_key);

  CREATE TABLE story_segments_v16 (
    briefing_id TEXT NOT NULL DEFAULT 'default',
    date TEXT NOT NULL,
    data BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (briefing_id, date)
  );
  INSERT INTO story_segments_v16 (briefing_id, date, data, created_at)
    SELECT 'default', date, data, created_at FROM story_segments;
  DROP TABLE story_segments;
  ALTER TABLE story_segments_v16 RENAME TO story_segments;

  CREATE TABLE analysis_replies (
    content_hash TEXT NOT NULL,
    analyser_name TEXT NOT NULL,
    prompt_version TEXT NOT NULL,
    outcome TEXT NOT NULL,
    run_id INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (content_hash, analyser_name, prompt_version)
  ) STRICT;
  `,
  // 17: web sessions ended before their cookie expires (logout), kept until it would have.
  `
  CREATE TABLE revoked_sessions (
    id TEXT PRIMARY KEY,
    expires_at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX revoked_sessions_expiry ON revoked_sessions(expires_at);
  `,
  // 18: each briefing's items as published (published-entries.ts): the readers' search counts and
  // filters an article's entry facts as published, written with the briefing; filled from the stored
  // briefings.
  `
  CREATE TABLE published_entries (
    briefing_id TEXT NOT NULL,
    date TEXT NOT NULL,
    article_id INTEGER NOT NULL,
    org TEXT NOT NULL,
    stars INTEGER,
    tags TEXT NOT NULL,
    analyser TEXT NOT NULL,
    PRIMARY KEY (briefing_id, date, article_id)
  ) STRICT;
  CREATE INDEX published_entries_article ON published_entries(briefing_id, article_id);
  INSERT OR REPLACE INTO published_entries (briefing_id, date, article_id, org, stars, tags, analyser)
    SELECT b.briefing_id, b.date, json_extract(i.value, '$.articleId'),
      CASE WHEN json_type(i.value, '$.entry.org') = 'text' THEN json_extract(i.value, '$.entry.org') ELSE '' END,
      CASE WHEN json_type(i.value, '$.entry.stars') = 'integer' THEN json_extract(i.value, '$.entry.stars') END,
      CASE WHEN json_type(i.value, '$.entry.tags') = 'array'
        THEN (SELECT json_group_array(t.value) FROM json_each(i.value, '$.entry.tags') AS t WHERE t.type = 'text')
        ELSE '[]' END,
      CASE WHEN json_type(i.value, '$.analyser.name') = 'text' THEN json_extract(i.value, '$.analyser.name') ELSE '' END
    FROM briefings AS b, json_each(b.json, '$.items') AS i
    WHERE json_valid(b.json) AND json_type(b.json, '$.items') = 'array'
      AND json_type(i.value, '$.articleId') = 'integer';
  `,
];

/** The schema version this code expects. */
export const schemaVersion = migrations.length;

/** Thrown when the database was written by a newer daybrief than this one. */
export class SchemaTooNewError extends DaybriefError {
  override name = "SchemaTooNewError";
  constructor(
    readonly found: number,
    readonly expected: number,
  ) {
    super(
      `database schema version ${found} is newer than this daybrief knows (${expected}); upgrade daybrief`,
    );
  }
}

/**
 * Applies the pending migrations in one immediate transaction, so two processes opening the same
 * fresh file cannot both migrate it. Returns the versions applied.
 */
export function migrate(db: Database): number[] {
  const run = db.transaction((): number[] => {
    const current = db.pragma("user_version", { simple: true }) as number;
    if (current > schemaVersion) throw new SchemaTooNewError(current, schemaVersion);
    const applied: number[] = [];
    for (let version = current + 1; version <= schemaVersion; version++) {
      db.exec(migrations[version - 1]!);
      applied.push(version);
    }
    if (applied.length > 0) db.pragma(`user_version = ${schemaVersion}`);
    return applied;
  });
  return run.immediate();
}
