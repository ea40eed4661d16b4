import assert from "node:assert/strict";
import { test } from "node:test";
import { escapeTelegram } from "./escape-chat.ts";
import { parseTelegramHtml } from "./testdata/receivers/telegram.ts";

/**
 * The entities Telegram detects by itself in a message's text (Bot API MessageEntity: mention
 * `@username`, hashtag `#tag`, cashtag `$USD`, bot_command `/start@jobs_bot`, url, email
 * `do-not-reply@telegram.org`, phone_number `+1-212-555-0123`), reduced to their shapes. An invisible
 * ZWSP is a character like any other to the detector: it ends a name, a tag or an address.
 */
const DETECTED: Record<string, RegExp> = {
  mention: /(?<![\w@])@[A-Za-z][A-Za-z0-9_]{3,31}(?![\w@])/g,
  hashtag: /(?<![\w#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu,
  cashtag: /(?<![\w$])\$[A-Z]{1,8}(?![A-Za-z])/g,
  bot_command: /(?<![\w/<>])\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?/g,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
  phone_number: /\+\d[\d ()-]{7,}\d/g,
};

function entitiesIn(escaped: string): Record<string, string[]> {
  const parsed = parseTelegramHtml(escaped);
  if ("error" in parsed) throw new Error(parsed.error);
  return Object.fromEntries(
    Object.entries(DETECTED).map(([kind, re]) => [kind, parsed.text.match(re) ?? []]),
  );
}

test("Telegram: an article's mention, bot command, e-mail, #tag and $TAG are plain text; a phone number stays", () => {
  const article =
    "联系 @durov 或 @SomeBot，发送 /start 与 /ban@SomeBot，邮件 press@evil.example，话题 #免费领取 #AI，" +
    "币 $BTC，电话 +1-212-555-0123";
  // Before: each of these was an entity a tap acted on (the test's model finds them in the raw text).
  const raw = entitiesIn(article.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
  for (const kind of ["mention", "bot_command", "email", "hashtag", "cashtag", "phone_number"])
    assert.ok(raw[kind]!.length > 0, `the model finds a ${kind} in the raw text`);
  const found = entitiesIn(escapeTelegram(article));
  // A mention pings, a bot command is sent to the group's bots, an e-mail opens a composer, a tag
  // searches the group: none may come from an article.
  for (const kind of ["mention", "bot_command", "email", "hashtag", "cashtag"])
    assert.deepEqual(found[kind], [], kind);
  // A phone number is the article's own (a press line, a hotline): a tap offers to call or copy it,
  // it pings no one and sends nothing; breaking digit runs would damage figures. Kept as written.
  assert.deepEqual(found.phone_number, ["+1-212-555-0123"]);
  // Every character still reads (only invisible ZWSPs were added).
  const shown = parseTelegramHtml(escapeTelegram(article));
  assert.equal("text" in shown ? shown.text.replace(/\u200b/g, "") : shown.error, article);
});
