import { type CueScores, countFigures } from "./cues.ts";

/** Section headings inside an article that say what follows (实验结果, 局限, 怎么做的 …). */
const HEADING_CUES: Record<keyof CueScores, RegExp> = {
  results: /实验|结果|成绩|数据|表现|评测|测试|实测|效果|性能|数字|增长|翻车/,
  insights:
    /局限|意义|点评|观察|写在最后|怎么看|为什么重要|隐忧|难题|风险|展望|影响|思考|问题|挑战|防护|建议|门槛|验收|末日|争/,
  core: /方法|架构|原理|怎么|如何|机制|设计|技术|做法|思路|核心|训练|构建|搭建|实现|去偏|编码|模式|路由|适配|工作/,
};

/**
 * +1 to the section a heading names (none when the heading names none); under a results heading
 * (实验/结果/成绩 …) a sentence with a figure gets +2: there, a count is a result.
 */
export function scoreHeading(heading: string | undefined, sentence: string): CueScores {
  const out = { core: 0, results: 0, insights: 0 };
  if (!heading) return out;
  for (const key of ["results", "insights", "core"] as const) {
    if (HEADING_CUES[key].test(heading)) {
      const f = key === "results" ? countFigures(sentence) : undefined;
      out[key] = f && f.strong + f.weak > 0 ? 2 : 1;
      break;
    }
  }
  return out;
}
