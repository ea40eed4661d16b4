import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeBody } from "./decode-body.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const GBK_ZHONGWEN = [0xd6, 0xd0, 0xce, 0xc4]; // 中文
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(s: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < s.length; i++) view.setUint16(i * 2, s.charCodeAt(i), littleEndian);
  return out;
}

function utf32(s: string, littleEndian: boolean): Uint8Array {
  const cps = [...s].map((c) => c.codePointAt(0) ?? 0);
  const out = new Uint8Array(cps.length * 4);
  const view = new DataView(out.buffer);
  cps.forEach((cp, i) => {
    view.setUint32(i * 4, cp, littleEndian);
  });
  return out;
}

describe("decodeBody", () => {
  it("uses the Content-Type charset, gb2312 read as GBK", () => {
    assert.deepEqual(decodeBody(Uint8Array.from(GBK_ZHONGWEN), "text/xml; charset=GB2312"), {
      text: "中文",
      charset: "gbk",
    });
  });

  it("strips and obeys a UTF-8 / UTF-16 byte order mark", () => {
    assert.deepEqual(decodeBody(concat([0xef, 0xbb, 0xbf], utf8("<a>中</a>"))), {
      text: "<a>中</a>",
      charset: "utf-8",
    });
    assert.equal(decodeBody(concat([0xff, 0xfe], utf16("<a>中</a>", true))).text, "<a>中</a>");
    assert.equal(decodeBody(concat([0xfe, 0xff], utf16("<a>中</a>", false))).charset, "utf-16be");
  });

  it("decodes UTF-32 by hand, with a BOM or from the '<' pattern", () => {
    assert.deepEqual(decodeBody(concat([0xff, 0xfe, 0, 0], utf32("<a>😀中</a>", true))), {
      text: "<a>😀中</a>",
      charset: "utf-32le",
    });
    assert.deepEqual(decodeBody(utf32("<?xml?><a/>", false)), { text: "<?xml?><a/>", charset: "utf-32be" });
  });

  it("reads the XML declaration's encoding", () => {
    const bytes = concat(utf8('<?xml version="1.0" encoding="gbk"?><t>'), GBK_ZHONGWEN, utf8("</t>"));
    assert.deepEqual(decodeBody(bytes), {
      text: '<?xml version="1.0" encoding="gbk"?><t>中文</t>',
      charset: "gbk",
    });
  });

  it("reads an HTML meta charset and http-equiv", () => {
    const direct = concat(utf8('<html><head><meta charset="gb2312"></head><p>'), GBK_ZHONGWEN);
    assert.equal(decodeBody(direct).text.endsWith("<p>中文"), true);
    const equiv = concat(
      utf8('<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>'),
      [0xa4, 0xa4],
    );
    assert.equal(decodeBody(equiv).charset, "big5");
  });

  it("falls back sensibly for unknown or missing labels", () => {
    assert.deepEqual(decodeBody(utf8("中文"), "text/html; charset=x-bogus"), {
      text: "中文",
      charset: "utf-8",
    });
    // Unlabelled and not valid UTF-8: try GB18030 before giving up on Chinese.
    assert.deepEqual(decodeBody(Uint8Array.from(GBK_ZHONGWEN)), { text: "中文", charset: "gb18030" });
    // A stray windows-1252 quote is not Chinese; and 0x92 is ’, not the C1 control Node's decoder gives.
    assert.deepEqual(decodeBody(concat(utf8("don"), [0x92], utf8("t"))), {
      text: "don’t",
      charset: "windows-1252",
    });
  });
});
