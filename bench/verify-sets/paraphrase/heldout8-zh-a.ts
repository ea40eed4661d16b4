// Held-out set 8, Chinese articles (part a): a model release with a benchmark table (self-reported
// scores, a score with tools beside one without, text and image input only); a funding round paid in
// two tranches with pre- and post-money valuations; a GPU lease over three years with a non-exclusive
// clause and capacity contracted beside capacity online (English entry); a first-instance court
// ruling that awarded part of what was sought. Written before opening src/verify; fictional
// companies, people and figures.
import { b, entry } from "./entry-helpers.ts";
import { art, type Heldout3Case } from "./heldout3-zh-a.ts";

export const HELDOUT8_ZH_A: Heldout3Case[] = [
  {
    id: "h8-model-table",
    article: art(
      "曜石-4 正式发布：480B MoE，数学推理追平顶级闭源，API 今日开放",
      "机器之心",
      `机器之心报道
编辑：杜伟、泽南

国产大模型又迎来一次重要更新。

12 月 8 日，曜石智能正式发布新一代基座模型「曜石-4」。该模型采用混合专家（MoE）架构，总参数量 4800 亿，每个 token 激活 350 亿参数，预训练数据量为 22 万亿 token。

曜石-4 支持文本和图像输入，输出为文本，暂不支持音频和视频输入。上下文窗口为 256K token，单次最大输出长度为 32K token。

基准成绩

以下成绩均由曜石智能官方提供，尚未经第三方复现：

| 基准 | 曜石-4 | 曜石-3.5 | 对比模型 A |
| MMLU-Pro | 83.6 | 78.1 | 84.2 |
| GPQA Diamond | 71.4 | 62.9 | 73.0 |
| AIME 2025 | 88.7 | 70.2 | 88.7 |
| LiveCodeBench v6 | 64.9 | 55.3 | 61.8 |
| SWE-bench Verified | 61.2 | 48.5 | 65.4 |

在「人类最后的考试」（HLE）上，曜石-4 在不使用工具时得分为 18.3，允许调用搜索和代码执行工具时得分为 29.6。

可以看到，曜石-4 在 AIME 2025 上与对比模型 A 持平，在 LiveCodeBench v6 上领先，但在 MMLU-Pro、GPQA Diamond 和 SWE-bench Verified 上仍落后于对比模型 A。

曜石智能 CTO 蒋闻舟表示：「在数学上我们已经追平了最好的闭源模型，但代码智能体方面还有差距，这是下一个版本的重点。」

可用性

曜石-4 的 API 即日起向所有开发者开放，价格为每百万输入 token 2 元、每百万输出 token 8 元。曜石智能表示，模型权重将在「未来几个月内」开源，但没有给出具体时间。

面向个人用户的曜石 App 将在本周内完成升级，率先向付费会员推送。`,
    ),
    entry: entry({
      org: "曜石智能",
      title: "曜石智能发布曜石-4：4800 亿参数 MoE 模型，AIME 2025 与对比模型 A 持平",
      summary:
        "曜石智能 12 月 8 日发布基座模型曜石-4，MoE 架构总参数 4800 亿、每 token 激活 350 亿，预训练 22 万亿 token。模型接受文本和图像输入、输出文本，上下文 256K，单次最多输出 32K token。API 即日起对所有开发者开放。",
      core: [
        b(
          "成绩｜MMLU-Pro 83.6、GPQA Diamond 71.4、AIME 2025 88.7、LiveCodeBench v6 64.9（官方自测，尚无第三方复现）。",
        ),
        b(
          "对比｜AIME 2025 与对比模型 A 同为 88.7，LiveCodeBench 领先 3.1 分，SWE-bench Verified 61.2 仍低于后者的 65.4。",
        ),
        b("工具｜HLE 不用工具 18.3 分，可调用搜索和代码执行时 29.6 分。"),
        b("较上代｜GPQA Diamond 从曜石-3.5 的 62.9 提升到 71.4。"),
      ],
      results: [
        b("价格｜API 每百万输入 token 2 元、输出 token 8 元。"),
        b("开源｜官方称权重将在未来几个月内开源，未给出时间表。"),
        b("App｜曜石 App 本周内升级，付费会员优先。"),
      ],
      insights: [
        b("短板｜CTO 蒋闻舟承认代码智能体方面仍有差距，将是下一版本的重点。"),
        b("模态｜暂不支持音频、视频输入。"),
      ],
    }),
  },
  {
    id: "h8-funding",
    article: art(
      "砺光科技完成 12 亿元 B+ 轮融资，投后估值 72 亿元",
      "新智元",
      `新智元报道
编辑：好困

【新智元导读】具身智能公司砺光科技宣布完成 12 亿元 B+ 轮融资，投后估值 72 亿元。本轮资金分两期到位。

12 月 9 日，具身智能公司砺光科技宣布完成 12 亿元人民币 B+ 轮融资。本轮由衡川资本领投，北辰创投、青禾基金跟投，老股东远望资本继续追加投资。

据知情人士透露，本轮投前估值为 60 亿元，投后估值为 72 亿元。

砺光科技 CFO 许曼宁介绍，本轮资金分两期到位：首期 8 亿元已于 11 月底到账，其余 4 亿元将在公司完成量产线验收后拨付。

砺光科技成立于 2022 年，主要产品为面向工厂的双臂操作机器人「砺光 A2」。截至 11 月底，A2 已累计交付 320 台，客户主要为汽车零部件和 3C 电子工厂。公司目前员工约 450 人，其中研发人员占比约 70%。

资金用途方面，砺光科技表示，本轮融资将主要用于苏州量产线建设和具身大模型研发。苏州量产线规划年产能 5000 台，预计 2027 年下半年投产。

砺光科技创始人兼 CEO 秦亦辰表示：「工厂客户不为演示视频买单，只为节拍和良率买单。」

衡川资本合伙人韩若溪表示，看好砺光在真实产线上的交付能力。

值得一提的是，这是砺光科技今年内完成的第二轮融资。今年 3 月，公司刚完成 5 亿元 B 轮融资，当时由远望资本领投。`,
    ),
    entry: entry({
      org: "砺光科技",
      title: "砺光科技获 12 亿元 B+ 轮融资，衡川资本领投，投后估值 72 亿元",
      summary:
        "具身智能公司砺光科技 12 月 9 日宣布完成 12 亿元 B+ 轮融资，衡川资本领投，北辰创投、青禾基金跟投，老股东远望资本追加。据知情人士，本轮投前估值 60 亿元、投后 72 亿元。",
      core: [
        b("分期｜首期 8 亿元已在 11 月底到账，其余 4 亿元待量产线验收后拨付。"),
        b("产品｜双臂操作机器人砺光 A2 截至 11 月底累计交付 320 台，客户以汽车零部件和 3C 电子工厂为主。"),
        b("团队｜员工约 450 人，研发人员约占七成。"),
      ],
      results: [
        b("用途｜资金主要投向苏州量产线和具身大模型研发；量产线规划年产能 5000 台，预计 2027 年下半年投产。"),
        b("此前｜今年 3 月完成 5 亿元 B 轮，由远望资本领投；这是今年第二轮融资。"),
      ],
      insights: [
        b("观点｜CEO 秦亦辰称，工厂客户只为节拍和良率买单，不为演示视频买单。"),
        b("投资方｜衡川资本合伙人韩若溪看好其在真实产线上的交付能力。"),
      ],
    }),
  },
  {
    id: "h8-compute-lease",
    article: art(
      "云湃与芯衡签下 45 亿元算力租赁大单：三年 2 万张加速卡，首批 5000 张已交付",
      "量子位",
      `克雷西 发自 凹非寺
量子位 | 公众号 QbitAI

国产算力又一笔大单落地。

12 月 10 日，云服务商云湃科技公告，已与芯片公司芯衡半导体签署算力租赁协议：云湃将在三年内租用芯衡的 2 万张「衡芯 X3」加速卡，合同总金额约 45 亿元，平均每年约 15 亿元。

需要注意的是，这是一笔租赁而非采购：加速卡的所有权仍归芯衡，部署在芯衡位于贵安的数据中心，由芯衡负责运维。

根据公告，首批 5000 张加速卡已于 11 月完成交付并上线，其余 1.5 万张将在 2027 年第三季度前分批交付。

该协议为非独家协议，芯衡仍可向其他客户出租同型号产品。

数据中心方面，芯衡为这笔订单在贵安签约了 32 兆瓦的电力容量，目前已投运 12 兆瓦。

据芯衡披露，衡芯 X3 的 FP8 算力为每卡 1.2 PFLOPS，显存 96GB。一个标准节点包含 8 张卡。

云湃科技 CEO 宋启明在公告中表示，这批算力将主要用于推理服务，而非大模型训练。

受消息影响，芯衡半导体当日股价上涨 9.6%，云湃科技股价下跌 2.1%。`,
    ),
    entry: entry({
      org: "云湃科技",
      title: "Yunpai leases 20,000 Xinheng accelerators over three years in a RMB 4.5 billion deal",
      summary:
        "Cloud provider Yunpai (云湃科技) said on December 10 it will rent 20,000 Hengxin X3 (衡芯 X3) accelerators from chipmaker Xinheng (芯衡半导体) over three years, for about RMB 4.5 billion in total, roughly RMB 1.5 billion a year. The cards stay Xinheng's property and run in its Gui'an data centre.",
      core: [
        b(
          "Delivery｜The first 5,000 cards were delivered and brought online in November; the other 15,000 arrive in batches before the third quarter of 2027.",
        ),
        b("Terms｜The deal is non-exclusive: Xinheng may rent the same cards to other customers."),
        b(
          "Power｜Xinheng contracted 32 MW of power in Gui'an for the order, of which 12 MW is in operation.",
        ),
      ],
      results: [
        b("Chip｜Each X3 has 1.2 PFLOPS of FP8 compute and 96 GB of memory; a standard node holds 8 cards."),
        b("Use｜CEO Song Qiming (宋启明) said the capacity is mainly for inference, not model training."),
      ],
      insights: [b("Market｜Xinheng's shares rose 9.6% that day, while Yunpai's fell 2.1%.")],
    }),
  },
  {
    id: "h8-court",
    article: art(
      "AI 声音克隆第一案一审宣判：判赔 25 万元，原告诉请 200 万",
      "机器之心",
      `机器之心报道
编辑：陈陈

AI 克隆声音，侵权吗？法院给出了一审答案。

12 月 5 日，北京互联网法院对配音演员林晚诉「声启科技」人格权侵权纠纷案作出一审判决。法院认定，声启科技未经许可使用林晚的录音训练语音合成模型，并在其 App 中上架与林晚声音高度相似的「晚晚」音色，侵害了原告的声音权益。

原告共提出四项诉讼请求：停止侵权、公开道歉、赔偿经济损失 200 万元、赔偿精神损害抚慰金 10 万元。

法院支持了其中两项：判令声启科技下架相关音色并停止使用原告录音，赔偿经济损失 25 万元。对于公开道歉和精神损害抚慰金的请求，法院未予支持。

法院在判决中指出，经鉴定，「晚晚」音色与原告声音的相似度足以使一般听众产生混淆，这是认定侵权的关键。

值得注意的是，法院并未认定使用录音训练模型本身即构成侵权。审判长在宣判后表示：「本案的判断重点是输出结果能否被识别为原告的声音，而不是训练行为本身。」

案件的另一名被告、提供录音素材的音频平台「听澜」被判不承担责任，法院认为其已尽到合理注意义务。

本案为一审判决，双方可在判决书送达之日起 15 日内提起上诉。声启科技代理律师表示，公司正在考虑上诉。

据悉，「晚晚」音色上线 14 个月，累计被调用约 3800 万次。`,
    ),
    entry: entry({
      org: "声启科技",
      title: "AI 声音克隆案一审：声启科技被判赔偿配音演员 25 万元",
      summary:
        "北京互联网法院 12 月 5 日一审判决，声启科技未经许可用配音演员林晚的录音训练语音模型并上架相似音色「晚晚」，侵害其声音权益，须下架音色并赔偿经济损失 25 万元。原告索赔 200 万元，四项请求中两项获支持。",
      core: [
        b("未支持｜公开道歉和 10 万元精神损害抚慰金的请求被驳回。"),
        b("关键｜经鉴定，「晚晚」与原告声音相似到足以让一般听众混淆。"),
        b("训练｜法院没有认定用录音训练模型本身构成侵权，审判长称重点在于输出能否被识别为原告声音。"),
      ],
      results: [
        b("另一被告｜提供录音素材的音频平台听澜已尽合理注意义务，不承担责任。"),
        b("上诉｜双方可在判决书送达后 15 日内上诉，声启科技代理律师称公司正在考虑上诉。"),
      ],
      insights: [b("规模｜「晚晚」音色上线 14 个月，累计调用约 3800 万次。")],
    }),
  },
];
