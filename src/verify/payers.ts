// Who pays whom, turned round: the article says "Corvid will pay Lumen a $60 million break fee" or
// "法院判令平台向作者赔偿 5 万元", and the entry says "Lumen 将向 Corvid 支付 6000 万美元分手费", "作者向平台
// 赔偿". Both parties and the sum are the article's; the direction is not. An entry's "A 向 B 支付/赔偿/
// 付" (or "A pays B") is refused when the article has B pay A and never A pay B.

const NAME = String.raw`([A-Z][A-Za-z0-9-]*(?:\s[A-Z][A-Za-z0-9-]*)?|[\u4e00-\u9fff]{2,6}?)`;
const ZH_PAYS = new RegExp(
  `${NAME}\\s*(?:将|须|需|应|要|已|需要)?\\s*向\\s*${NAME}\\s*(?:支付|赔偿|赔付|付款|付)`,
  "g",
);
const EN_PAYS = new RegExp(
  `${NAME}\\s+(?:will\\s+|would\\s+|must\\s+|agreed\\s+to\\s+|has\\s+to\\s+)?(?:pay|pays|paid|owes)\\s+(?:the\\s+)?${NAME}\\b`,
  "g",
);

export interface PayClaim {
  raw: string;
  index: number;
  end: number;
  payer: string;
  payee: string;
}

const fold = (s: string) => s.trim().toLowerCase();

function pays(text: string): PayClaim[] {
  const out: PayClaim[] = [];
  for (const re of [ZH_PAYS, EN_PAYS])
    for (const m of text.matchAll(re))
      out.push({
        raw: m[0],
        index: m.index,
        end: m.index + m[0].length,
        payer: fold(m[1]!),
        payee: fold(m[2]!),
      });
  return out;
}

export const findPayClaims = pays;

export function checkPayClaim(claim: PayClaim, articleText: string): { supported: boolean; reason: string } {
  const theirs = pays(articleText);
  // "法院判令作者" ends with 作者, "corvid systems" starts with corvid: the same party.
  const same = (a: string, b: string) =>
    a === b || a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a);
  const forward = theirs.some((t) => same(t.payer, claim.payer) && same(t.payee, claim.payee));
  const back = theirs.some((t) => same(t.payer, claim.payee) && same(t.payee, claim.payer));
  if (forward || !back) return { supported: true, reason: "the article has no payment the other way" };
  return {
    supported: false,
    reason: `the article has ${claim.payee} pay ${claim.payer}: the entry turns the payment round`,
  };
}
