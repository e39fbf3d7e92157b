package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Names read by their head word, on sentences written for this test with words and parts of speech
 * written by hand as CoreNLP's Chinese segmenter and tagger give them ("word/POS ...").
 */
class HeadWordRuleTest {
    private final HeadWordRule rule = new HeadWordRule(Gazetteer.load());

    /** The names read in a sentence tagged by hand ("中方/NR 提出/VV ..."). */
    private List<String> names(String tagged) {
        HandTagged sentence = HandTagged.parse(tagged);
        return rule.find(sentence.sentence(), sentence.tagging()).stream()
                .map(c -> c.mentions().get(0).entity().type() + ":" + c.mentions().get(0).surface()).toList();
    }

    @Test
    void anIncidentAnEarthquakeAndAChamberAreNamedByWhereOrWhatTheyAre() {
        assertEquals(List.of("EVENT:延坪岛事件"), names("延坪岛/NR 事件/NN 发生/VV 后/LC ，/PU 各方/NN 高度/AD 关注/VV 。/PU"));
        assertEquals(List.of("EVENT:玉树地震"), names("2010年/NT 中国/NR 玉树/NR 地震/NN 造成/VV 重大/JJ 伤亡/NN 。/PU"),
                "not by when, nor by the state it happened in");
        assertEquals(List.of("EVENT:缅甸强烈地震"), names("缅甸/NR 强烈/JJ 地震/NN 造成/VV 重大/JJ 伤亡/NN 。/PU"),
                "the state alone names where");
        assertEquals(List.of(), names("发生/VV 多/CD 起/M 爆炸/NN 事件/NN 。/PU"), "no place or name: an incident of a kind");
        assertEquals(List.of("EVENT:印度洋海啸"), names("印度洋/NR 海啸/NN 造成/VV 重大/JJ 伤亡/NN 。/PU"));
        // the earthquake is read too; the resolver keeps the longer reading
        assertEquals(List.of("EVENT:印度洋地震", "EVENT:印度洋地震海啸"),
                names("2004年/NT 12月/NT 26日/NT 印度洋/NR 地震/NN 海啸/NN 造成/VV 伤亡/NN 。/PU"), "the date before the place says when");
        assertEquals(List.of("ORGANIZATION:法国参议院"), names("法国/NR 参议院/NN 通过/VV 决议/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:印度陆军"), names("印度/NR 陆军/NN 举行/VV 演习/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:巴西劳工党"), names("会见/VV 巴西/NR 劳工党/NN 代表团/NN 。/PU"));
        assertEquals(List.of(), names("执政/VV 的/DEC 工党/NN 政府/NN 。/PU"), "a party's kind without its state names none");
    }

    @Test
    void aZoneFreeOfNuclearWeaponsIsAnInitiativeWhateverTheTagOfItsHead() {
        assertEquals(List.of("INITIATIVE:南太平洋无核区"), names("中国/NR 对/P 南太平洋/NR 无核区/AD 持/VV 什么/DT 立场/NN ？/PU"));
        assertEquals(List.of(), names("各国/NN 应/VV 建立/VV 无核区/NN 。/PU"), "a zone of no region names none");
        assertEquals(List.of("AGREEMENT:中亚无核武器区条约"), names("尊重/VV 中亚/NR 无核武器区/NN 条约/NN 。/PU"),
                "the zone names the treaty, no initiative of its own there");
    }

    @Test
    void aCountedSetOfPrinciplesNamedByWhatTheyAreForIsAnInitiative() {
        assertEquals(List.of("INITIATIVE:中非经济技术合作四项原则"),
                names("赵紫阳/NR 提出/VV 了/AS 中/NR 非/NR 经济/NN 技术/NN 合作/NN 四/CD 项/M 原则/NN 。/PU"));
        assertEquals(List.of(), names("在/P 上述/JJ 四/CD 项/M 原则/NN 的/DEG 基础/NN 上/LC 。/PU"), "principles counted, named by nothing");
        assertEquals(List.of(), names("双方/NN 重申/VV 四/CD 项/M 原则/NN 。/PU"), "the count alone names none");
        assertEquals(List.of(), names("提出/VV 了/AS 改革/NN 的/DEG 三/CD 项/M 基本/JJ 原则/NN 。/PU"), "the count opens the phrase");
    }

    @Test
    void aCompoundReadApartOpensAConflictsName() {
        assertEquals(List.of("EVENT:两伊冲突"), names("调解/VV 两/CD 伊/NR 冲突/NN 所/MSP 作/VV 的/DEC 努力/NN 。/PU"),
                "两伊 is Iran and Iraq, not 伊 alone");
    }

    @Test
    void aZoneOfPeaceARegionDeclaresIsAnInitiative() {
        assertEquals(List.of("INITIATIVE:印度洋和平区"), names("中方/NR 支持/VV 印度洋/NR 和平区/NN 的/DEG 主张/NN 。/PU"));
        assertEquals(List.of(), names("建立/VV 和平区/NN 。/PU"), "no region, no name");
    }

    @Test
    void aDocumentSignedAndNamedByWhatItIsAboutKeepsAWordOfItsOwn() {
        assertTrue(names("两国/NN 签署/VV 的/DEC 关于/P 阿富汗/NR 问题/NN 的/DEG 日内瓦/NR 协议/NN 已/AD 生效/VV 。/PU")
                .contains("AGREEMENT:关于阿富汗问题的日内瓦协议"),
                names("两国/NN 签署/VV 的/DEC 关于/P 阿富汗/NR 问题/NN 的/DEG 日内瓦/NR 协议/NN 已/AD 生效/VV 。/PU").toString());
        assertEquals(List.of(), names("这是/VV 关于/P 阿富汗/NR 问题/NN 的/DEG 协议/NN 。/PU"), "not after signing: no title");
    }

    @Test
    void aPersonsNameIsNoPlaceWhateverItEndsIn() {
        HandTagged sentence = HandTagged.parse("应/VV 中共/NR 中央/NN 总书记/NN 胡耀邦/NR 的/DEG 邀请/NN 。/PU");
        assertEquals(List.of(), rule.find(sentence.sentence(), sentence.tagging(new NerSpan(8, 11, "胡耀邦", "PERSON"))).stream()
                .map(c -> c.mentions().get(0).surface()).toList());
        assertEquals(List.of("REGION:北方邦"), names("印度/NR 北方邦/NR 举行/VV 选举/NN 。/PU"), "a place its tag calls no person");
    }

    @Test
    void aPartyOfAStateIsNamedByTheKindOfItsName() {
        assertEquals(List.of("ORGANIZATION:德国统一社会主义党"),
                names("德国/NR 统一/JJ 社会主义党/NN 中央/NN 总书记/NN 昂纳克/NR 。/PU"));
        assertEquals(List.of("ORGANIZATION:德国社会民主党"), names("会见/VV 德国/NR 社会民主党/NN 主席/NN 。/PU"));
    }

    @Test
    void oneStatesCouncilOfMinistersIsABodyAndSeveralStatesMinistersMeet() {
        assertEquals(List.of("ORGANIZATION:波兰部长会议"), names("应/VV 波兰/NR 部长/NN 会议/NN 主席/NN 梅斯纳/NR 的/DEG 邀请/NN 。/PU"));
        assertEquals(List.of("EVENT:中日韩环境部长会议"), names("中/NR 日/NR 韩/NR 环境/NN 部长/NN 会议/NN 在/P 东京/NR 举行/VV 。/PU"));
    }

    @Test
    void theCenturyABodyIsNamedForIsOneWordOfItsName() {
        assertEquals(List.of("ORGANIZATION:中日友好二十一世纪委员会"),
                names("中/NR 日/NR 友好/JJ 二十一/OD 世纪/NN 委员会/NN 的/DEG 工作/NN 卓有成效/VV 。/PU"));
    }

    @Test
    void fieldsListedRightAfterTheVerbOpenACommitteesName() {
        assertEquals(List.of("ORGANIZATION:经济、贸易和技术合作联合委员会"),
                names("两/CD 国/NN 将/AD 成立/VV 经济/NN 、/PU 贸易/NN 和/CC 技术/NN 合作/NN 联合/JJ 委员会/NN 。/PU"));
        assertEquals(List.of(), names("两国/NN 经济/NN 、/PU 贸易/NN 和/CC 技术/NN 合作/NN 委员会/NN 。/PU").stream()
                .filter(name -> name.contains("、")).toList(), "a list after a common noun opens no name");
        assertEquals(List.of(), names("举办/VV 招待会/NN 、/PU 图片展/NN 和/CC 学术/NN 研讨会/NN 。/PU").stream()
                .filter(name -> name.contains("、")).toList(), "a list of events is no name");
    }

    @Test
    void noNameRunsAcrossTheSpaceAfterADateline() {
        assertEquals(List.of("ORGANIZATION:法国参议院"),
                names("新华社/NR 巴黎/NR 1989年/NT 4月/NT 6日/NT 电/NN ␠ 法国/NR 参议院/NN 今天/NT 通过/VV 决议/NN 。/PU"));
        assertEquals(List.of(), names("新华社/NR 北京/NR 4月/NT 6日/NT 电/NN ␠ 国务院/NN 总理/NN 李鹏/NR 今天/NT 接受/VV 采访/NN 。/PU"),
                "国务院 alone is the gazetteer's to read");
    }

    @Test
    void twoStatesGuidelinesAndAProtocolAreAgreements() {
        assertEquals(List.of("AGREEMENT:日美防卫合作指针"), names("中方/NR 关注/VV 新/JJ 的/DEG 日美/NR 防卫/NN 合作/NN 指针/NN 。/PU"));
        assertEquals(List.of(), names("这/DT 是/VC 行动/NN 的/DEG 指针/NN 。/PU"), "no states named: a guide of a kind");
        assertEquals(List.of("AGREEMENT:中俄边境裁军协议书"), names("双方/PN 签署/VV 了/AS 中俄/NR 边境/NN 裁军/NN 协议书/NN 。/PU"));
    }

    @Test
    void aDialogueOrConsultationOfNamedStatesOnAFieldIsAnEvent() {
        assertEquals(List.of("EVENT:中菲防务安全磋商"), names("双方/PN 同意/VV 继续/VV 中菲/NR 防务/NN 安全/NN 磋商/NN 。/PU"));
        assertEquals(List.of("EVENT:中印战略经济对话"), names("中印/NR 战略/NN 经济/NN 对话/NN 取得/VV 成果/NN 。/PU"));
        assertEquals(List.of(), names("中美/NR 对话/NN 十分/AD 重要/VA 。/PU"), "states without a field name no series");
        assertEquals(List.of(), names("双方/PN 加强/VV 双边/JJ 磋商/NN 。/PU"), "no state named");
        assertEquals(List.of(), names("推进/VV 拉美/NR 国家/NN 对话/NN 。/PU"), "拉美 is a region, not two states' abbreviations");
        assertEquals(List.of(), names("启动/VV “/PU 准则/NN ”/PU 案文/NN 磋商/NN 。/PU"), "talks on a quoted text, no states");
        assertEquals(List.of(), names("中美/NR 执法/NN 及/CC 网络/NN 安全/NN 四/CD 个/M 高级别/JJ 对话/NN 。/PU"),
                "dialogues counted are a class, not one named");
        assertEquals(List.of("EVENT:中日经济高层对话", "EVENT:中日战略对话"),
                names("恢复/VV 中日/NR 经济/NN 高层/NN 对话/NN 和/CC 中日/NR 战略/NN 对话/NN 。/PU"), "two dialogues joined are two");
        assertEquals(List.of("EVENT:中日战略与经济对话"), names("举行/VV 中日/NR 战略/NN 与/CC 经济/NN 对话/NN 。/PU"),
                "two fields joined name one");
        assertEquals(List.of("EVENT:中美法律专家对话"), names("并/AD 举行/VV 新/JJ 一/CD 轮/M 中/NR 美/NR 法律/NN 专家/NN 对话/VV 。/PU"),
                "talks the tagger makes a verb, after the nouns that name them");
        assertEquals(List.of("EVENT:中美反恐磋商"), names("举行/VV 新/JJ 一/CD 轮/M 中/NR 美/NR 反恐/VV 磋商/NN 。/PU"),
                "反恐, a verb to the tagger, is a word of the name");
        assertEquals(List.of(), names("双方/PN 同意/VV 加强/VV 对话/VV 。/PU"), "talks after a verb name none");
    }

    @Test
    void aWordOfWhenAndAVerbOfHoldingAreNoPartOfAName() {
        assertEquals(List.of(), names("争取/VV 年内/NT 召开/NN 委员会/NN 首/OD 次/M 会议/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:五点和平倡议"), names("中方/NN 提出/VV 五点/NT 和平/NN 倡议/NN 。/PU"), "五点 is a count, not a time");
    }

    @Test
    void anAdjectiveEndingInAHeadWordNamesNothing() {
        assertEquals(List.of(), names("中方/NR 开展/VV 了/AS 有组织/JJ 撤离/NN 。/PU"));
    }

    @Test
    void aPhraseEndingInAnInitiativeHeadWithASpecificModifierIsAnInitiative() {
        // Names the gazetteer does not list (a test that used listed ones would test the gazetteer instead).
        assertEquals(List.of("INITIATIVE:中蒙命运共同体"), names("双方/PN 应/VV 共同/AD 构建/VV 中蒙/NR 命运/NN 共同体/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:空中丝绸之路"), names("双方/PN 将/AD 推进/VV 空中/NN 丝绸之路/NR 建设/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:海洋治理观"), names("我们/PN 秉持/VV 海洋/NN 治理观/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:东盟共同体"), names("支持/VV 东盟/NR 共同体/NN 建设/NN 。/PU"),
                "a community a grouping builds is a programme, not a body");
        assertEquals(List.of("INITIATIVE:东亚经济共同体"), names("推进/VV 东亚/NR 经济/NN 共同体/NN 建设/NN 。/PU"));
        assertEquals(List.of(), names("构建/VV 利益/NN 共同体/NN 和/CC 责任/NN 共同体/NN 。/PU"), "kinds of community name none");
        assertEquals(List.of("INITIATIVE:亚马尔液化天然气项目"), names("亚马尔/NR 液化/JJ 天然气/NN 项目/NN 顺利/AD 投产/VV 。/PU"),
                "a project by the name coined for it");
        assertEquals(List.of(), names("当前/NT 中非/NR 重大/JJ 合作/NN 项目/NN 进展/NN 顺利/VA 。/PU"), "a party's project names none");
        assertEquals(List.of("INITIATIVE:基塞水电站"), names("基塞/NR 水电站/NN 项目/NN 竣工/VV 。/PU"),
                "a work named by its own head is named without 项目");
        assertEquals(List.of("INITIATIVE:黑河—布拉戈维申斯克公路桥"), names("黑河/NR —/PU 布拉戈维申斯克/NR 公路桥/NN 通车/VV 。/PU"));
        assertEquals(List.of("ORGANIZATION:美国贸易代表办公室"), names("周五/NT 美国/NR 贸易/NN 代表/NN 办公室/NN 发布/VV 报告/NN 。/PU"),
                "a state's office by its state; the day says when, not which");
        assertEquals(List.of("ORGANIZATION:中国国际问题研究院"), names("中国/NR 国际/NN 问题/NN 研究院/NN 举办/VV 研讨会/NN 。/PU"));
        assertEquals(List.of(), names("2004年/NT 中阿/NR 合作/NN 论坛/NN 成立/VV 。/PU"), "a year before a known body says when");
        assertEquals(List.of(), names("恢复/VV 中国/NR —/PU 海湾/NR 阿拉伯/NR 国家/NN 合作/NN 委员会/NN 战略/NN 对话/NN 。/PU"),
                "China and a known body, no third body");
        assertEquals(List.of("INITIATIVE:开罗行动纲领"), names("各国/NN 应/VV 落实/VV 开罗/NR 行动/NN 纲领/NN 。/PU"),
                "a programme of action named by its place");
        assertEquals(List.of(), names("我们/PN 制定/VV 了/AS 行动/NN 纲领/NN 。/PU"), "a programme of action with no name");
        assertEquals(List.of("INITIATIVE:新亚欧大陆桥"), names("双方/PN 同意/VV 充分/AD 利用/VV 新/JJ 亚/NR 欧/NR 大/JJ 陆桥/NN 。/PU"),
                "a land bridge named by the lands it joins; 利用 after an adverb is the clause's verb");
    }

    @Test
    void genericModifiersNameNothing() {
        assertEquals(List.of(), names("中方/NR 支持/VV 有关/JJ 国际/NN 组织/NN 发挥/VV 作用/NN 。/PU"));
        assertEquals(List.of(), names("双方/PN 发表/VV 联合/JJ 声明/NN 。/PU"));
        assertEquals(List.of(), names("这/DT 是/VC 一/CD 项/M 合作/NN 倡议/NN 。/PU"));
        assertEquals(List.of(), names("打击/VV “/PU 东突/NR ”/PU 组织/NN 。/PU"));
        assertEquals(List.of(), names("参与/VV 30多/CD 个/M 国际/NN 组织/NN 。/PU"));
    }

    @Test
    void anAdverbInsideAQuotedTreatysNameIsOneOfItsWords() {
        assertEquals(List.of("AGREEMENT:美日共同防御条约"), names("废除/VV “/PU 美/NR 日/NR 共同/AD 防御/VV 条约/NN ”/PU 。/PU"),
                "共同, an adverb to the tagger, is the treaty's 'mutual'");
        assertEquals(List.of(), names("提出/VV “/PU 不/AD 首先/AD 使用/VV 核/NN 武器/NN ”/PU 。/PU"), "a quoted clause is no name");
    }

    @Test
    void anExercisesCodeNameIsReadThroughWhatItJointlyDoes() {
        assertEquals(List.of("EVENT:和平使命—2007"),
                names("举行/VV “/PU 和平/NN 使命/NN —/PU 2007/NT ”/PU 联合/AD 反恐/VV 军事/NN 演习/NN 。/PU"),
                "联合, an adverb to the tagger, and 反恐 stand between the quoted code name and the head");
    }

    @Test
    void aPlaceIsNamedWithoutTheStateTheSegmenterGluedToIt() {
        assertEquals(List.of("REGION:昆都士省"), names("在/P 阿富汗昆/NR 都士省/NR 承建/VV 公路/NN 。/PU"));
    }

    @Test
    void aGenericWordThatOpensAKnownNameStaysInTheName() {
        assertEquals(List.of("ORGANIZATION:国际原子能机构理事会"), names("国际/NN 原子能/NN 机构/NN 理事会/NN 将/AD 开会/VV 。/PU"),
                "国际 begins 国际原子能机构, the body whose board this is");
        assertEquals(List.of("ORGANIZATION:气候变化理事会"), names("成立/VV 国际/NN 气候变化/NN 理事会/NN 。/PU"),
                "国际 that begins no known name stays outside");
    }

    @Test
    void aPhraseStopsAtAVerbOrDe() {
        assertEquals(List.of("ORGANIZATION:加勒比开发银行"), names("中方/NR 加入/VV 加勒比/NR 开发/NN 银行/NN 以来/LC 。/PU"));
        assertEquals(List.of(), names("中方/NR 提出/VV 的/DEC 倡议/NN 得到/VV 支持/NN 。/PU"));
    }

    @Test
    void oftenGenericHeadsNeedAPartyAndMostlyGenericOnesANumberOrQuote() {
        assertEquals(List.of("AGREEMENT:中塞联合声明"), names("双方/PN 签署/VV 中塞/NR 联合/JJ 声明/NN 。/PU"));
        assertEquals(List.of(), names("美方/NR 声明/NN 毫无/VV 根据/NN 。/PU"));
        assertEquals(List.of(), names("实现/VV 发展/NN 目标/NN 。/PU"));
        assertEquals(List.of("AGREEMENT:中韩两个联合公报"), names("遵守/VV 中韩/NR 两/CD 个/M 联合/JJ 公报/NN 。/PU"));
        assertEquals(List.of(), names("签署/VV 两/CD 个/M 文件/NN 。/PU"));
        assertEquals(List.of(), names("恪守/VV 中日/NR 四/CD 个/M 政治/NN 文件/NN 原则/NN 。/PU"), "the principles of a known agreement");
        assertEquals(List.of("INITIATIVE:2035年远景目标"), names("实现/VV 2035年/NT 远景/NN 目标/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:“数字金砖”计划"), names("启动/VV “/PU 数字/NN 金砖/NR ”/PU 计划/NN 。/PU"));
    }

    @Test
    void aPersonNamedAfterATitleOpensNoName() {
        assertEquals(List.of(), names("总书记/NN 杜梅/NR 和/CC 部长/NN 会议/NN 主席/NN 武文杰/NR 访华/VV 。/PU"),
                "杜梅 after 总书记 is a person, not a word of a meeting's name");
    }

    @Test
    void aConferenceOfTheWorldOnANamedTopicIsAnEvent() {
        assertEquals(List.of("EVENT:世界人权大会"), names("世界/NN 人权/NN 大会/NN 在/P 维也纳/NR 举行/VV 。/PU"));
        assertEquals(List.of(), names("出席/VV 国际/NN 会议/NN 。/PU"), "a conference of the world on no topic is no name");
        assertEquals(List.of(), names("召开/VV 世界/NN 大会/NN 。/PU"));
    }

    @Test
    void aMechanismIsNamedByTheStatesItJoinsNotByABodyOfItsOwn() {
        assertEquals(List.of("ORGANIZATION:中越外交磋商机制"), names("双方/PN 用好/VV 中越/NR 外交/NN 磋商/NN 机制/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:中越海上问题磋商机制"),
                names("双方/PN 积极/JJ 评价/NN 中/LC 越/NR 海上/NN 问题/NN 磋商/NN 机制/NN 的/DEG 作用/NN 。/PU"),
                "the verb the tagger read as a noun stays outside the name");
        assertEquals(List.of(), names("多国/NN 申请/VV 加入/VV 金砖/NN 合作/NN 机制/NN 。/PU"), "a body's own mechanism");
        assertEquals(List.of(), names("建立/VV 双边/JJ 磋商/NN 机制/NN 。/PU"), "no state named");
        assertEquals(List.of(), names("完善/VV 中越/NR 机制/NN 。/PU"), "the states and no word more");
        assertEquals(List.of("ORGANIZATION:中美经贸磋商机制"), names("同意/VV 建立/VV 中/NR 美/NR 经贸/NN 磋商/NN 机制/NN 。/PU"),
                "the states' abbreviations in two words");
        assertEquals(List.of("ORGANIZATION:中印边境事务磋商和协调工作机制"),
                names("中/NR 印/NR 边境/NN 事务/NN 磋商/NN 和/CC 协调/NN 工作/NN 机制/NN 举行/VV 会议/NN 。/PU"),
                "two things the mechanism does, joined");
        assertEquals(List.of(), names("加强/VV 沟通/NN 和/CC 协调/NN 机制/NN 。/PU"), "joined, but no state named");
    }

    @Test
    void cooperationTaggedAsAVerbStaysInsideAName() {
        assertEquals(List.of("EVENT:南亚合作外长系列会议"), names("出席/VV 南亚/NR 合作/VV 外长/NN 系列/NN 会议/NN 。/PU"));
        // what a conference raises money or rebuilds for, which the tagger reads as verbs
        assertEquals(List.of("EVENT:索马里重建国际会议"), names("出席/VV 索马里/NR 重建/VV 国际/NN 会议/NN 。/PU"));
        assertEquals(List.of("EVENT:联合国发展筹资国际会议"), names("出席/VV 联合国/NR 发展/VV 筹资/VV 国际/NN 会议/NN 。/PU"));
        assertEquals(List.of(), names("推动/VV 发展/VV 会议/NN 。/PU"), "a verb alone names no meeting");
    }

    @Test
    void aForeignNameWrittenInOneWordWithAPlacesHeadIsAPlace() {
        assertEquals(List.of("REGION:卡拉奇港"), names("中方/NR 参与/VV 建设/VV 卡拉奇港/NN 。/PU"));
        assertEquals(List.of("REGION:伏尔加格勒州"), names("访问/VV 俄罗斯/NR 伏尔加格勒州/NR 。/PU"), "the state before it is not the place's name");
        assertEquals(List.of(), names("修建/VV 深水港/NN 。/PU"), "a common word before the head");
    }

    @Test
    void aRoadMapIsNamedByWhatItSettlesAndAPassByItsOwnName() {
        assertEquals(List.of("INITIATIVE:阿富汗和平路线图"), names("各方/PN 应/VV 落实/VV 阿富汗/NR 和平/NN 路线图/NN 。/PU"));
        assertEquals(List.of(), names("双方/PN 制定/VV 了/AS 合作/NN 路线图/NN 。/PU"), "a road map of a kind, no party");
        assertEquals(List.of("REGION:什布奇山口"), names("恢复/VV 什布奇/NR 山口/NN 边贸/NN 。/PU"));
        assertEquals(List.of(), names("越过/VV 高/JJ 山口/NN 。/PU"), "a pass of a kind, no name");
    }

    @Test
    void gamesAreNamedByWhereTheyAreHeld() {
        assertEquals(List.of("EVENT:札幌冬奥会"), names("出席/VV 札幌/NR 冬奥会/NN 开幕式/NN 。/PU"));
        assertEquals(List.of("EVENT:札幌冬奥会"), names("继/P 2030/CD 年/M 札幌/NR 冬奥会/NN 之后/LC 。/PU"), "the year before the place says when");
        // the university is read too; the resolver keeps the longer reading
        assertEquals(List.of("ORGANIZATION:河内大学", "ORGANIZATION:河内大学孔子学院"), names("参观/VV 河内/NR 大学/NN 孔子学院/NN 。/PU"));
    }

    @Test
    void aVerbTaggedAsANounBeginsTheClauseNotTheName() {
        assertEquals(List.of("AGREEMENT:中越自由贸易协定"), names("双方/PN 宣布/VV 启动/NN 中越/NR 自由/JJ 贸易/NN 协定/NN 谈判/NN 。/PU"));
    }

    @Test
    void aCrisisOrConflictIsNamedByItsPlaceAlone() {
        assertEquals(List.of("EVENT:苏丹冲突"), names("中方/NR 关注/VV 苏丹/NR 冲突/NN 。/PU"));
        assertEquals(List.of("EVENT:也门危机"), names("推动/VV 也门/NR 危机/NN 降温/VV 。/PU"));
        assertEquals(List.of(), names("缓解/VV 难民/NN 危机/NN 。/PU"));
    }

    @Test
    void aKnownNameIsLeftToTheGazetteer() {
        assertEquals(List.of(), names("践行/VV 全球/NN 发展/NN 倡议/NN 。/PU"));
    }

    @Test
    void aQuotedConceptIsNamedByItsQuotedTerm() {
        // “一带一路”倡议 is 一带一路: so is any proposal or principle in quotation marks before its head
        assertEquals(List.of("INITIATIVE:三步走"), names("提出/VV “/PU 三步走/NN ”/PU 倡议/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:“三环”新计划"), names("落实/VV “/PU 三环/NN ”/PU 新/JJ 计划/NN 。/PU"),
                "more than the quoted term: the phrase is the name");
    }

    @Test
    void aDateAloneSaysWhenNotWhich() {
        assertEquals(List.of(), names("遵守/VV 1997年/NT 公约/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:2025年后合作议程"), names("制定/VV 2025年/NT 后/LC 合作/NN 议程/NN 。/PU"));
        assertEquals(List.of(), names("签署/VV 所谓/JJ 条约/NN 。/PU"));
        assertEquals(List.of(), names("一/CD 项/M 重要/JJ 裁军/NN 条约/NN 。/PU"), "a field is a kind of treaty, not which one");
    }

    @Test
    void kindsOfAgreementAndVerbsTaggedAsNounsAreNoPartOfAName() {
        assertEquals(List.of(), names("商签/NN 自由/JJ 贸易/NN 协定/NN 。/PU"), "a free-trade agreement is a kind, not one");
        assertEquals(List.of(), names("签署/VV 了/AS 司法/NN 协助/NN 条约/NN 。/PU"));
        assertEquals(List.of(), names("提出/VV 两个/CD 倡议/NN 。/PU"), "a count of initiatives names none");
        assertEquals(List.of("INITIATIVE:中亚发展蓝图"), names("推进/NN 中亚/NR 发展/NN 蓝图/NN 。/PU"),
                "a verb the segmenter tags as a noun begins the clause, not the name");
    }

    @Test
    void eventsAndPlacesBeginAtTheirFirstParty() {
        assertEquals(List.of("EVENT:切尔诺贝利核事故"), names("以/P 排放/NN 方式/NN 处置/NN 切尔诺贝利/NR 核/NN 事故/NN 。/PU"));
        assertEquals(List.of("REGION:比雷埃夫斯港"), names("建设/VV 希腊/NR 比雷埃夫斯/NR 港/NN 。/PU"), "the state before a place is not the place");
        assertEquals(List.of("EVENT:海参崴会晤"), names("两国/NN 领导人/NN 的/DEG 海参崴/NR 会晤/NN 。/PU"));
        assertEquals(List.of(), names("周恩来/NR 总理/NN 同/P 柯西金/NR 部长/NN 会议/NN 主席/NN 会晤/VV 。/PU"),
                "who meets, a known person, is no word of a meeting's name (部长会议主席 is his office)");
        assertEquals(List.of(), names("支持/VV 香港/NR 。/PU"), "a known name ending in a head is the name matcher's");
        assertEquals(List.of("EVENT:中日韩领导人会议"), names("支持/VV 日方/NR 办好中/VV 日韩/NR 领导人/NN 会议/NN 。/PU"),
                "the segmenter glued 中 of 中日韩 to the verb: the compound is read whole");
        assertEquals(List.of("EVENT:阿斯塔纳峰会"), names("出席/VV 阿斯塔纳/NR 峰会/NN 。/PU"), "a place and 峰会 name a summit");
        assertEquals(List.of("EVENT:南海仲裁案"), names("所谓/JJ 南海/NR 仲裁案/NN 。/PU"));
        assertEquals(List.of("EVENT:中国共产党与世界政党领导人峰会"),
                names("举办/VV 中国共产党/NR 与/CC 世界/NN 政党/NN 领导人/NN 峰会/NN 。/PU"), "a party joined to who meets: one meeting");
        assertEquals(List.of("ORGANIZATION:乌兹别克斯坦最高会议"), names("全国人大/NR 同/P 乌兹别克斯坦/NR 最高/JJ 会议/NN 合作/NN 。/PU"),
                "two bodies are not joined");
        assertEquals(List.of("ORGANIZATION:俄罗斯外交部"), names("据/P 俄罗斯/NR 外交部/NN 消息/NN 。/PU"), "a state's ministry, named with the state");
        assertEquals(List.of("ORGANIZATION:埃及经济部"), names("埃及/NR 经济部/NN 的/DEG 代表/NN 签署/VV 了/AS 协定/NN 。/PU"),
                "a ministry by its portfolio");
        assertEquals(List.of("ORGANIZATION:中华人民共和国对外经济贸易部"),
                names("中华人民共和国/NR 对外/JJ 经济/NN 贸易部/NN 的/DEG 代表/NN 。/PU"), "the longest portfolio, over 贸易部");
        assertEquals(List.of(), names("他/PN 在/P 经济部/NN 工作/VV 。/PU"), "a portfolio with no state names no one's ministry");
        assertEquals(List.of("AGREEMENT:中华人民共和国和阿拉伯埃及共和国联合公报"),
                names("中华/NR 人民/NN 共和国/NN 和/CC 阿拉伯/NR 埃及/NR 共和国/NN 联合/JJ 公报/NN 全文/NN 如下/VV 。/PU"),
                "two states joined by 和 name one document, the first state's name split by the segmenter");
    }

    @Test
    void aNumberThatBeginsAKnownNameBelongsToThePhrase() {
        assertEquals(List.of("EVENT:二十国集团领导人开普敦峰会"), names("出席/VV 二十/CD 国/NN 集团/NN 领导人/NN 开普敦/NR 峰会/NN 。/PU"));
    }

    @Test
    void aDocumentNamedByWhatItIsAbout() {
        assertEquals(List.of("AGREEMENT:关于加强数字经济合作的联合声明"),
                names("双方/PN 发表/VV 关于/P 加强/VV 数字/NN 经济/NN 合作/NN 的/DEC 联合/JJ 声明/NN 。/PU"));
        assertEquals(List.of(), names("关于/P 这/DT 一/CD 问题/NN 的/DEG 声明/NN 。/PU"), "no verb of signing or issuing before it");
    }

    @Test
    void aResolutionsNumberInTwoWordsAndTwoBodiesJoined() {
        assertEquals(List.of("AGREEMENT:安理会第1701号决议"), names("落实/VV 安理会/NN 第1701/OD 号/M 决议/NN 。/PU"));
        assertEquals(List.of("AGREEMENT:安理会第1701号决议"), names("坚定/JJ 支持/NN 安理会/NN 第1701/OD 号/M 决议/NN 。/PU"),
                "a verb the tagger makes a noun is no part of the name");
        assertEquals(List.of(), names("支持/VV 联合国/NR 专门/JJ 机构/NN 。/PU"), "a kind of body, not which one");
        assertEquals(List.of("ORGANIZATION:乌兹别克斯坦共和国最高会议"),
                names("加强/VV 全国人大/NN 同/NN 乌兹别克斯坦/NR 共和国/NN 最高/JJ 会议/NN 。/PU"),
                "同 joins two bodies, even where the tagger makes it a noun");
    }

    @Test
    void aMeetingsNameHoldsTheWordsItJoinsAndItsYear() {
        assertEquals(List.of("EVENT:2019年国际局势与周边外交研讨会"),
                names("出席/VV 2019年/NT 国际/NN 局势/NN 与/CC 周边/NN 外交/NN 研讨会/NN 。/PU"));
        assertEquals(List.of("EVENT:二十国集团农业和卫生部长会议"),
                names("二十/CD 国/NN 集团/NN 农业/NN 和/CC 卫生/NN 部长/NN 会议/NN 举行/VV 。/PU"), "a joiner adds no length");
        assertEquals(List.of("EVENT:2030年利雅得世博会"), names("筹办/VV 2030/CD 年/M 利雅得/NR 世博会/NN 。/PU"),
                "a year split in two words");
    }

    @Test
    void theSegmentersSplitsInsideANameAreMended() {
        assertEquals(List.of("INITIATIVE:新时代中蒙命运共同体"), names("构建/VV 新/JJ 时代/NN 中/LC 蒙/NR 命运/NN 共同体/NN 。/PU"),
                "中/LC 蒙/NR is the compound 中蒙, and 新时代 belongs to the name though 新 alone is generic");
        assertEquals(List.of("AGREEMENT:中国—东盟自贸区升级议定书"),
                names("签署/VV 中国/NR —/PU 东盟/NR 自贸区/NN 升级/VV 议定书/NN 。/PU"), "升级 tagged a verb inside the name");
        assertEquals(List.of("AGREEMENT:互免外交护照签证协定"),
                names("两/CD 国/NN 互免/VV 外交/NN 护照/NN 签证/NN 协定/NN 生效/VV 。/PU"), "国 of 两国 is no part of it");
        assertEquals(List.of("ORGANIZATION:中阿政府间常设委员会"),
                names("举行/VV 中/LC 阿/NR 政府/NN 间/LC 常设/JJ 委员会/NN 会议/NN 。/PU"),
                "中/LC 阿/NR: China and the state 阿 stands for here, though 阿 alone may stand for several");
        assertEquals(List.of("ORGANIZATION:黎巴嫩伊斯兰最高委员会"),
                names("黎巴嫩/NR 伊斯兰/NR 最/AD 高/JJ 委员会/NN 发表/VV 声明/NN 。/PU"), "最/AD 高/JJ: \"supreme\", one word of the name");
    }

    @Test
    void aJoinerBeforeAKnownNameJoinsTwoNamesNotOne() {
        assertTrue(names("安理会/NN 和/CC 联合国/NR 大会/NN 先后/AD 通过/VV 决议/NN 。/PU").stream().noneMatch(n -> n.contains("安理会和")),
                "联合国大会 is a name of its own: 安理会 and it are two bodies");
        assertEquals(List.of("EVENT:东盟与中日韩领导人会议"),
                names("东盟/NR 与/CC 中/NR 日/NR 韩/NR 领导人/NN 会议/NN 在/P 马尼拉/NR 举行/VV 。/PU"), "a party joined to who meets names one meeting");
    }

    @Test
    void aJointCommissionsPlainMeetingNamesTheCommission() {
        assertEquals(List.of("ORGANIZATION:中蒙经贸混委会"), names("召开/VV 中/LC 蒙/NR 经贸/NN 混委会/NN 会议/NN 。/PU"));
        assertEquals(List.of("EVENT:上合组织成员国元首理事会会议"),
                names("出席/VV 上合/NR 组织/NN 成员国/NN 元首/NN 理事会/NN 会议/NN 。/PU").stream()
                        .filter(n -> n.startsWith("EVENT")).toList(), "a council's meeting is a summit (the longer reading wins)");
    }

    @Test
    void aDocumentNamedByWhatItIsAboutMayQuoteAnotherAndSayItsKind() {
        assertEquals(List.of("AGREEMENT:关于落实《巴黎协定》的联合声明"),
                names("双方/PN 发表/VV 了/AS 关于/P 落实/VV 《/PU 巴黎/NR 协定/NN 》/PU 的/DEG 联合/JJ 声明/NN 。/PU").stream()
                        .filter(n -> n.contains("关于")).toList());
        assertEquals(List.of("AGREEMENT:关于共建联合实验室的补充议定书"),
                names("双方/PN 签署/VV 了/AS 关于/P 共建/VV 联合/JJ 实验室/NN 的/DEC 补充/NN 议定书/NN 。/PU").stream()
                        .filter(n -> n.contains("关于")).toList());
        assertEquals(List.of("AGREEMENT:中华人民共和国和蒙古国关于深化全面战略伙伴关系、共建繁荣家园的联合声明"),
                names("中华人民共和国/NR 和/CC 蒙古国/NR 关于/P 深化/VV 全面/JJ 战略/NN 伙伴/NN 关系/NN 、/PU 共建/VV 繁荣/JJ 家园/NN 的/DEC 联合/JJ 声明/NN").stream()
                        .filter(n -> n.contains("关于")).toList(), "a title line may list with 、");
    }

    @Test
    void aQuotedPhraseEndingInAHeadIsANameWhateverItsWords() {
        assertEquals(List.of("EVENT:促进贸易畅通合作对话会"),
                names("各方/PN 将/AD 出席/VV “/PU 促进/VV 贸易/NN 畅通/VA 合作/NN 对话/VV 会/VV ”/PU 。/PU"));
        assertEquals(List.of("INITIATIVE:千人研修计划"), names("支持/VV “/PU 千人/CD 研修/NN 计划/NN ”/PU 。/PU"));
        assertEquals(List.of(), names("把/BA “/PU 无意/VV 同/P 日本/NR 发生/VV 冲突/NN ”/PU 落到/VV 实处/NN 。/PU"),
                "a pledge in quotation marks names no conflict");
        assertEquals(List.of(), names("开辟/VV “/PU 快捷/JJ 通道/NN ”/PU 。/PU"), "a generic head needs more than two characters before it");
    }

    @Test
    void aHeadTheSegmenterSplitMayEndInAVerb() {
        assertEquals(List.of("EVENT:中国—中亚外长会"), names("出席/VV 中国/NR —/PU 中亚/NR 外长/NN 会/VV 。/PU"));
        assertEquals(List.of(), names("双方/PN 召开/VV 会/VV 。/PU"));
    }

    @Test
    void aWorkNamedByOneCoinedProperNounIsANameAPartyAloneIsNot() {
        assertEquals(List.of("INITIATIVE:本格拉铁路"), names("援建/VV 本格拉/NR 铁路/NN 。/PU"));
        assertEquals(List.of(), names("发展/VV 非洲/NR 铁路/NN 。/PU"));
    }

    @Test
    void aCountOfPartiesEndsTheListOfThemBeforeAName() {
        assertEquals(List.of(), names("俄罗斯/NR 、/PU 中国/NR 、/PU 美国/NR 三方/NN 协调组/NN 开会/VV 。/PU"));
    }

    @Test
    void whoMeetsAndOneWordMoreNameAMeetingAfterAVerbEvenWhereTheSegmenterSplitsTheHead() {
        assertEquals(List.of("EVENT:海洋合作高层对话会"), names("中方/NR 将/AD 主办/VV 海洋/NN 合作/NN 高层/NN 对话/VV 会/VV 。/PU"));
        assertEquals(List.of("EVENT:领导人圆桌峰会"), names("他/PN 将/AD 出席/VV 领导人/NN 圆桌/JJ 峰会/NN 。/PU"));
        // the tail of a longer name, a body named before by a bare head, two meetings joined, who alone: no name
        assertEquals(List.of(), names("这/PN 是/VC 论坛/NN 部长级/JJ 会议/NN 首次/AD 在/P 非洲/NR 举行/VV 。/PU"));
        assertEquals(List.of(), names("举办/VV 领导人/NN 峰会/NN 和/CC 高级别/JJ 会议/NN 。/PU"));
        assertEquals(List.of(), names("两/CD 国/NN 领导人/NN 会晤/NN 取得/VV 成功/NN 。/PU"));
        assertEquals(List.of("EVENT:中国—拉美和加勒比国家领导人会晤"),
                names("举行/VV 的/DEC 中国/NR —/PU 拉美/NR 和/CC 加勒比/NR 国家/NN 领导人/NN 会晤/VV 取得/VV 成功/NN 。/PU"),
                "the leaders' meeting whose 会晤 is tagged a verb, its parties joined by 和");
        assertEquals(List.of(), names("在/P 巴西利亚/NR 同/P 拉美/NR 国家/NN 领导人/NN 会晤/VV 。/PU"), "同 says whom one meets");
    }

    @Test
    void aCountOfMajorOnesIsAClassNotAName() {
        assertEquals(List.of(), names("中方/NN 提出/VV 的/DEC 四/CD 大/JJ 全球/NN 倡议/NN 得到/VV 支持/NN 。/PU"));
    }

    @Test
    void anExerciseOrInvestigationIsNamedByItsQuotedTermOrNumberOnly() {
        assertEquals(List.of("EVENT:金色眼镜蛇"), names("泰美/NR 举行/VV “/PU 金色/JJ 眼镜蛇/NN ”/PU 联合/JJ 军演/NN 。/PU"));
        assertEquals(List.of("EVENT:和平使命—2021"), names("“/PU 和平/NN 使命/NN —/PU 2021/CD ”/PU 中俄/NR 联合/JJ 演习/NN 开幕/VV 。/PU"));
        assertEquals(List.of("EVENT:232调查"), names("美方/NN 发起/VV “/PU 232/CD 调查/NN ”/PU 。/PU"));
        assertEquals(List.of(), names("商务部/NN 进行/VV 反倾销/NN 调查/NN 。/PU"));
        assertEquals(List.of(), names("双方/PN 举行/VV 联合/JJ 军演/NN 。/PU"));
    }

    @Test
    void aStatesFirmUniversityOrPartyIsNamedByTheState() {
        assertEquals(List.of("ORGANIZATION:中国科兴公司"), names("中国/NR 科兴/NR 公司/NN 向/P 智利/NR 供应/VV 疫苗/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:南非共产党"), names("南非/NR 共产党/NR 召开/VV 全会/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:新加坡国立大学"), names("他/PN 在/P 新加坡/NR 国立/JJ 大学/NN 演讲/VV 。/PU"));
        assertEquals(List.of(), names("鼓励/VV 有关/JJ 公司/NN 参与/VV 。/PU"), "no state, no name");
        assertEquals(List.of(), names("欢迎/VV 荷兰/NR 公司/NN 参与/VV 建设/NN 。/PU"), "a state's name alone says whose firms, no firm");
        assertEquals(List.of(), names("两/CD 国/NN 大学/NN 加强/VV 交流/NN 。/PU"), "a count of states names none");
        assertEquals(List.of("ORGANIZATION:中国国际救援队"), names("中国/NR 国际/NN 救援队/NN 赶赴/VV 灾区/NN 。/PU"), "a state's team");
        assertEquals(List.of("ORGANIZATION:非洲常备军"), names("支持/VV 非洲/NR 常备军/NN 建设/NN 。/PU"), "a region's force");
        assertEquals(List.of(), names("派出/VV 救援队/NN 。/PU"), "whose team is unsaid");
    }

    @Test
    void aStatesRedCrossInterimGovernmentOrFrontIsNamedByTheState() {
        assertEquals(List.of("ORGANIZATION:泰国红十字会"), names("向/P 泰国/NR 红十字会/NN 捐款/VV 。/PU"));
        assertEquals(List.of("ORGANIZATION:利比亚过渡政府"), names("支持/VV 利比亚/NR 过渡/JJ 政府/NN 工作/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:老挝建国阵线"), names("会见/VV 老挝/NR 建国/NN 阵线/NN 代表/NN 。/PU"));
        assertEquals(List.of(), names("通过/P 红十字会/NN 转交/VV 。/PU"), "whose society is unsaid");
    }

    @Test
    void aNamedIndustrialParkIsAPlace() {
        assertEquals(List.of("REGION:青山工业园"), names("双方/PN 参观/VV 青山/NN 工业园/NN 。/PU"));
    }

    @Test
    void aKnownBodyWithOnlyItsPlaceBeforeItIsNoNewBody() {
        // 青城 says where the forum meets: the meeting is named, not a body 青城亚太经合组织
        assertEquals(List.of("EVENT:青城亚太经合组织会议"), names("中方/NR 支持/VV 办好/VV 青城/NR 亚太/NR 经合/NN 组织/NN 会议/NN 。/PU"));
    }

    @Test
    void aTimeRelativeToTheDayBeginsNoName() {
        assertEquals(List.of("EVENT:青城亚太经合组织会议"),
                names("中方/NR 支持/VV 办好/VV 今年/NT 青城/NR 亚太/NR 经合/NN 组织/NN 会议/NN 。/PU"));
        assertEquals(List.of("INITIATIVE:2060年目标"), names("实现/VV 2060年/NT 目标/NN 。/PU"), "a year still says which");
    }

    @Test
    void betweenGovernmentsIsOneWordOfAName() {
        // the railway is a known name, left to the name matcher
        assertEquals(List.of("AGREEMENT:中吉乌铁路政府间协定"),
                names("中/NR 吉乌/NR 铁路/NN 政府/NN 间/LC 协定/NN 正式/AD 签署/VV 。/PU"));
        assertEquals(List.of(), names("参与/VV 政府/NN 间/LC 国际/NN 组织/NN 。/PU"), "a kind of body, not one");
    }

    @Test
    void aSecurityOrderOrAProposalIsNamedByItsQuotedNameOnly() {
        assertEquals(List.of("INITIATIVE:东北亚集体安全体系"), names("有关/JJ 国家/NN 鼓吹/VV “/PU 东北亚/NR 集体/NN 安全/NN 体系/NN ”/PU 。/PU"));
        assertEquals(List.of(), names("维护/VV 国际/NN 核/NN 不/AD 扩散/VV 体系/NN 。/PU"), "bare, the head is generic");
        assertEquals(List.of(), names("双方/PN 讨论/VV 有关/JJ 建议/NN 。/PU"), "bare, the head is generic");
    }

    @Test
    void aGroupIsNamedByItsQuotedName() {
        assertEquals(List.of("ORGANIZATION:全球安全之友"), names("双方/PN 共同/AD 发起/VV “/PU 全球/NN 安全/NN 之/DEG 友/NN ”/PU 小组/NN 。/PU"));
        assertEquals(List.of(), names("打击/VV “/PU 港独/NN ”/PU 组织/NN 。/PU"), "quotation marks around a category of bodies");
    }

    @Test
    void aMeetingOnAKnownProgrammeIsNamedWithItWhateverItsWordsAreTagged() {
        assertEquals(List.of("EVENT:联合国千年发展目标高级别会议"),
                names("总理/NN 出席/VV 联合国/NR 千/CD 年/M 发展/VV 目标/NN 高/JJ 级别/NN 会议/NN 。/PU"));
        assertEquals(List.of(), names("各国/PN 推动/VV 发展/VV 高/JJ 级别/NN 会议/NN 。/PU"), "no known name before the verb");
    }

    @Test
    void aMeetingOnWhatFollowsAnIncidentAndOnFightingCrimeKeepsThoseWords() {
        assertEquals(List.of("EVENT:中国—东盟打击跨国犯罪部长级会议"),
                names("中国/NR —/PU 东盟/NR 打击/VV 跨国/JJ 犯罪/NN 部长级/JJ 会议/NN 在/P 京/NR 举行/VV 。/PU"));
        assertEquals(List.of("EVENT:南亚洪灾灾后问题领导人会议"),
                names("南亚/NR 洪灾/NN 灾/NN 后/LC 问题/NN 领导人/NN 会议/NN 闭幕/VV 。/PU"));
    }

    @Test
    void aBodyIsNoPlaceAnIncidentIsNamedBy() {
        assertEquals(List.of(), names("东盟/NR 地震/NN 救援/NN 工作/NN 。/PU"));
    }

    @Test
    void theFieldsOfAPartysBodyListedWithCommasAreInItsName() {
        assertEquals(List.of("ORGANIZATION:中俄友好、和平与发展委员会"),
                names("评价/NN 中/LC 俄/NR 友好/VA 、/PU 和平/NN 与/CC 发展/NN 委员会/NN 在/P 推动/VV 交往/NN 。/PU"),
                "the parties' compound split by the segmenter, the first field an adjective");
        assertEquals(List.of("ORGANIZATION:中巴经济、贸易和科技合作联合委员会"),
                names("商定/VV ，/PU 中/NR 巴/NR 经济/NN 、/PU 贸易/NN 和/CC 科技/NN 合作/NN 联合/JJ 委员会/NN 下/DT 次/M 会议/NN 举行/VV 。/PU"));
        assertEquals(List.of("ORGANIZATION:中巴经济、贸易和科技合作联合委员会"),
                names("中巴经济/NN 、/PU 贸易/NN 和/CC 科技/NN 合作/NN 联合/JJ 委员会/NN 举行/VV 会议/NN 。/PU"), "the parties glued to the first field");
        assertTrue(names("两国/NN 友好/NN 、/PU 和平/NN 与/CC 发展/NN 委员会/NN 召开/VV 会议/NN 。/PU").stream().noneMatch(n -> n.contains("友好")),
                "no party opens the list: it is not read into the name");
    }

    @Test
    void aStatesMechanismOrCommitteeKeepsTheVerbsAndJoinersOfItsName() {
        assertEquals(List.of("ORGANIZATION:中巴高层协调与合作委员会"), names("中巴/NR 高层/NN 协调/NN 与/CC 合作/NN 委员会/NN 举行/VV 会议/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:中印边界问题特别代表会晤机制"),
                names("用好/VV 中/NR 印/NR 边界/NN 问题/NN 特别/AD 代表/VV 会晤/NN 机制/NN 。/PU"));
        assertEquals(List.of("ORGANIZATION:中意政府委员会"), names("发挥/VV 中意/VV 政府/NN 委员会/NN 的/DEG 作用/NN 。/PU"),
                "a compound the tagger reads as a verb");
        assertEquals(List.of("ORGANIZATION:中缅孟三方非正式会晤机制"), names("中/NR 缅孟/NR 三/CD 方/NN 非正式/JJ 会晤/NN 机制/NN 运行/VV 良好/VA 。/PU"),
                "the parties and how many they are");
        assertEquals(List.of(), names("发挥/VV 三/CD 方/NN 会晤/NN 机制/NN 作用/NN 。/PU"), "parties counted, none named");
        assertEquals(List.of("ORGANIZATION:巴塞尔银行监管委员会"),
                names("加强/VV 稳定/NN 论坛/NN 和/CC 巴塞尔/NR 银行/NN 监管/NN 委员会/NN 的/DEG 作用/NN 。/PU"),
                "a body and a committee joined are two names, not one committee");
        assertEquals(List.of("INITIATIVE:中缅经济走廊", "ORGANIZATION:中缅经济走廊联合委员会"),
                names("双方/PN 同意/VV 利用/VV 中缅/NR 经济/NN 走廊/NN 联合/JJ 委员会/NN 。/PU"), "the clause's verb before the name is not in it");
    }

    @Test
    void aPeninsulaNamedByItsPlaceIsThatPeninsula() {
        assertEquals(List.of("REGION:辽东半岛"), names("辽东/NR 半岛/NN 经济/NN 发展/VV 迅速/VA 。/PU"));
        assertEquals(List.of(), names("半岛/NN 局势/NN 总体/AD 稳定/VA 。/PU"), "半岛 alone is the listed Korean Peninsula's");
    }
}
