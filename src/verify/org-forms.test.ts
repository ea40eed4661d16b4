import assert from "node:assert/strict";
import { test } from "node:test";
import { checkOrg } from "./check-org.ts";
import { indexArticle } from "./index-article.ts";
import { orgLongForms } from "./org-forms.ts";

const article = (title: string, text: string, publisher?: string) =>
  indexArticle({ title, text, links: [], ...(publisher ? { publisher } : {}) });
const verdicts = (org: string, index: ReturnType<typeof article>) =>
  checkOrg(org, index).map((p) => [p.name, p.supported]);

test("an institute's short form is the article's full name: a known org's short name, 所 for 研究所", () => {
  assert.ok(orgLongForms("中科院计算所").includes("中国科学院计算研究所"));
  assert.deepEqual(orgLongForms("星河科技"), []);
  const index = article(
    "中国科学院计算研究所提出 LoopNet",
    "中国科学院计算研究所的研究者提出了 LoopNet，在三个基准上超过基线。",
  );
  assert.deepEqual(verdicts("中科院计算所", index), [["中科院计算所", true]]);
  // Another institute of the same academy is not it.
  assert.deepEqual(verdicts("中科院软件所", index), [["中科院软件所", false]]);
});

test("a paper's author line gives its authors' affiliations as the actors", () => {
  const paper = article(
    "Sparse Routing for Small Verifiers",
    "Ana Ruiz, Malik Osei (Fernhill AI), Kenji Sato (Northgate University)\n\nAbstract: We propose a router that picks two of eight verifiers.",
    "arXiv",
  );
  assert.deepEqual(verdicts("Fernhill AI", paper), [["Fernhill AI", true]]);
  assert.deepEqual(verdicts("Northgate University", paper), [["Northgate University", true]]);
  // A lab only cited in the abstract is not an author's affiliation.
  const cited = article(
    "Sparse Routing for Small Verifiers",
    "Ana Ruiz, Malik Osei (Fernhill AI)\n\nAbstract: Unlike the verifier of Bluepine Labs, ours routes candidates.",
    "arXiv",
  );
  assert.deepEqual(verdicts("Bluepine Labs", cited), [["Bluepine Labs", false]]);
});

test("a company's own blog writing 'we' makes the company the actor", () => {
  const blog = article(
    "Introducing Kite-3: a small planner for warehouse robots",
    "Today we are releasing Kite-3, a planner for warehouse robots, with its training data.",
    "Harrow Robotics Blog",
  );
  assert.deepEqual(verdicts("Harrow Robotics", blog), [["Harrow Robotics", true]]);
  // Another company's blog is not the company.
  assert.deepEqual(verdicts("Harrow Systems", blog), [["Harrow Systems", false]]);
});
