// Mandarin syllables for reading a romanised Chinese name ("Xingqiong", "Wang Ruoxi"), each with one
// common character of that reading (no second reading) as its anchor. Node's ICU sorts Han characters
// by pinyin (Intl.Collator "zh-u-co-pinyin"), so a character sorted between the anchors of two
// syllables reads as one of the syllables from the first to the second: a reading known to within a
// neighbour, enough to tell 星穹 from 王敏 without a pinyin dictionary. Syllables without an anchor
// ("chua", "fo") are valid spellings whose characters are rare or have a second reading.
const ANCHORED = `a阿 ai爱 an安 ang昂 ao奥 ba八 bai白 ban班 bang帮 bao包 bei北 ben本 beng崩 bi比 bian边
biao标 bie别 bin宾 bing冰 bo波 bu步 ca擦 cai才 can餐 cang仓 cao草 ce测 cen岑 ceng层 cha茶 chai柴
chan产 chang常 chao超 che彻 chen陈 cheng成 chi吃 chong虫 chou抽 chu出 chuan船 chuang窗 chui吹 chun春
chuo戳 ci次 cong从 cou凑 cu粗 cuan窜 cui翠 cun村 cuo错 da达 dai带 dan丹 dang党 dao刀 de德 deng灯
di低 dian电 diao雕 die爹 ding丁 diu丢 dong东 dou豆 du杜 duan端 dui对 dun顿 duo多 e鹅 en恩 er二
fa法 fan凡 fang方 fei飞 fen芬 feng风 fu夫 ga嘎 gai该 gan甘 gang刚 gao高 ge歌 gen根 geng耕 gong工
gou狗 gu古 gua瓜 guai怪 guan关 guang光 gui贵 gun滚 guo国 ha哈 hai海 han汉 hang航 hao豪 he河 hei黑
hen很 heng恒 hong红 hou后 hu湖 hua花 huai怀 huan欢 huang黄 hui灰 hun婚 huo火 ji鸡 jia家 jian剑
jiang江 jiao交 jie街 jin金 jing京 jiong炯 jiu九 ju居 juan娟 jue决 jun军 ka喀 kai开 kan看 kang康
kao考 ke科 ken肯 keng坑 kong空 kou口 ku苦 kua夸 kuai快 kuan宽 kuang矿 kui亏 kun昆 kuo阔 la拉 lai来
lan兰 lang狼 lao老 lei雷 leng冷 li李 lian连 liang良 liao辽 lie列 lin林 ling灵 liu刘 long龙 lou楼
lu路 luan乱 lun轮 luo罗 ma马 mai买 man满 mang忙 mao猫 mei美 men门 meng梦 mi米 mian面 miao苗 mie灭
min民 ming明 miu谬 mo墨 mou某 mu木 na拿 nai奶 nan男 nang囊 nao脑 nei内 nen嫩 neng能 ni你 nian年
niang娘 niao鸟 nie捏 nin您 ning宁 niu牛 nong农 nu怒 nuan暖 nuo诺 ou欧 pa怕 pai排 pan盘 pang旁 pao跑
pei培 pen盆 peng朋 pi皮 pian篇 piao飘 pie撇 pin品 ping平 po破 pou剖 pu普 qi七 qia恰 qian千 qiang枪
qiao桥 qie切 qin秦 qing青 qiong穷 qiu秋 qu去 quan全 que却 qun群 ran然 rang让 rao绕 re热 ren人
reng仍 ri日 rong荣 rou肉 ru如 ruan软 rui瑞 run润 ruo若 sa萨 sai赛 san三 sang桑 sao扫 se涩 sen森
seng僧 sha沙 shai晒 shan山 shang上 shao少 she社 shen深 sheng生 shi十 shou手 shu书 shua刷 shuai帅
shuan栓 shuang双 shui水 shun顺 shuo硕 si四 song松 sou搜 su苏 suan酸 sui岁 sun孙 suo锁 ta他 tai太
tan谈 tang唐 tao桃 te特 teng腾 ti题 tian天 tiao条 tie铁 ting听 tong同 tou头 tu图 tuan团 tui推 tun吞
tuo托 wa瓦 wai外 wan万 wang王 wei伟 wen文 weng翁 wo我 wu五 xi西 xia夏 xian先 xiang香 xiao小 xie谢
xin心 xing星 xiong雄 xiu修 xu徐 xuan宣 xue学 xun寻 ya牙 yan言 yang杨 yao姚 ye叶 yi一 yin音 ying英
yong永 you有 yu雨 yuan元 yue月 yun云 za杂 zai在 zan赞 zang臧 zao早 ze则 zei贼 zen怎 zeng增 zha渣
zhai宅 zhan站 zhang张 zhao赵 zhe哲 zhen真 zheng正 zhi知 zhong中 zhou周 zhu朱 zhua抓 zhuan专
zhuang庄 zhui追 zhun准 zhuo卓 zi子 zong宗 zou走 zu组 zuan钻 zui最 zun尊 zuo左`;

const UNANCHORED = "chua chuai dei den dia ei eng fo fou gei le lia me ne nou o shei yo zhei zhuai";

/** [syllable, anchor character] in alphabetical (= the collation's) order. */
export const ANCHORS: ReadonlyArray<readonly [string, string]> = ANCHORED.trim()
  .split(/\s+/)
  .map((s) => [s.slice(0, -1), s.slice(-1)] as const);

/** Every syllable a romanised name may be spelled with, sorted. */
export const SYLLABLES: readonly string[] = [...ANCHORS.map(([s]) => s), ...UNANCHORED.split(" ")].sort();
