import assert from "node:assert/strict";
import { test } from "node:test";
import { checkTextFacts } from "./check-text.ts";
import { indexArticle } from "./index-article.ts";

const refused = (article: string, claim: string) => {
  const index = indexArticle({ title: "新闻", publisher: "测试号", links: [], text: article });
  return checkTextFacts(claim, index).filter((f) => !f.supported && /in progress told as done/.test(f.reason))
    .length;
};

const EN = `Lantern Labs today opened its document assistant Quire to business customers in Canada and Germany. Teams in other countries can sign up for a waitlist; Lantern plans to open Quire in Brazil and India next spring.

Quire holds SOC 2 Type I attestation. An audit for ISO 42001 is underway, and FedRAMP authorisation has not yet been granted.`;
const ZH = `灯塔科技宣布文档助手 Quire 面向加拿大和德国的企业客户开放，其他国家的团队可登记候补，巴西和印度预计明年春季开放。

Quire 已通过 SOC 2 Type I 审计，ISO 42001 认证正在进行中。`;

test("a state the article gives as still on the way, told as reached, is refused", () => {
  assert.equal(refused(EN, "巴西和印度也已同步开放。"), 1);
  assert.equal(refused(EN, "Quire 已获得 ISO 42001 认证。"), 1);
  assert.equal(refused(EN, "Quire has obtained ISO 42001 certification."), 1);
  assert.equal(refused(EN, "Quire is now available in Brazil and India."), 1);
  assert.equal(refused(ZH, "Quire 已通过 ISO 42001 认证。"), 1);
  assert.equal(refused(ZH, "Quire has opened to teams in Brazil."), 1);
});

test("a state the article gives as reached, a plan kept as a plan, or a thing the article never names, stands", () => {
  assert.equal(refused(EN, "Quire 已向加拿大和德国的企业客户开放。"), 0);
  assert.equal(refused(EN, "Quire is now available in Canada and Germany."), 0);
  assert.equal(refused(EN, "已通过 SOC 2 Type I 审计。"), 0);
  assert.equal(refused(EN, "巴西和印度预计明年春季开放。"), 0);
  assert.equal(refused(EN, "ISO 42001 审计正在进行中。"), 0);
  assert.equal(refused(EN, "Quire has received SOC 2 Type I attestation."), 0);
  assert.equal(refused(ZH, "已在加拿大、德国上线。"), 0);
  assert.equal(refused(ZH, "Quire 已获 SOC 2 Type I 认证，ISO 42001 认证仍在进行。"), 0);
  assert.equal(refused(ZH, "已获得 ISO 9001 认证。"), 0);
});

// A clause that tells a thing done and then adds a plan: the plan is pending, the done part is not.
const TURN_EN = `Ferrow rolled out its meeting recorder Tally to schools in Ireland and Spain and plans to add Japan after the summer. Ferrow launched Tally in Italy in May but expects to reach Singapore only next year.`;
const TURN_ZH = `费罗公司的会议记录工具 Tally 面向爱尔兰和西班牙的学校开放并计划暑期后扩展至日本。Tally 已在意大利上线，HIPAA 合规认证尚在审核中。`;

test("the done part of a clause that turns to a plan stands; the plan told as done is refused", () => {
  assert.equal(refused(TURN_EN, "Tally is now available in Ireland and Spain."), 0);
  assert.equal(refused(TURN_EN, "Tally 已在爱尔兰和西班牙开放。"), 0);
  assert.equal(refused(TURN_EN, "Tally has launched in Italy."), 0);
  assert.equal(refused(TURN_EN, "Tally 已在意大利上线。"), 0);
  assert.equal(refused(TURN_ZH, "Tally 已在爱尔兰和西班牙开放。"), 0);
  assert.equal(refused(TURN_ZH, "Tally is now available in Spain."), 0);
  assert.equal(refused(TURN_ZH, "Tally 已在意大利上线。"), 0);
  assert.equal(refused(TURN_EN, "Tally 计划暑期后扩展至日本。"), 0);
  assert.equal(refused(TURN_EN, "Tally 已在日本开放。"), 1);
  assert.equal(refused(TURN_EN, "Tally has launched in Singapore."), 1);
  assert.equal(refused(TURN_ZH, "Tally is now available in Japan."), 1);
});

test("a pending state said of the subject an earlier clause of the sentence names is refused as done", () => {
  assert.equal(refused(TURN_ZH, "Tally 已获得 HIPAA 合规认证。"), 1);
  assert.equal(refused(TURN_ZH, "Tally has obtained HIPAA certification."), 1);
  assert.equal(refused(TURN_ZH, "Tally 的 HIPAA 认证尚在审核中。"), 0);
});
