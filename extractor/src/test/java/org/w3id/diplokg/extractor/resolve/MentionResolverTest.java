package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.diplokg.extractor.resolve.MentionKeys.keyAt;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.annotate.ChineseEntityTagger;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Mentions in sentences from the seeds (no CoreNLP here: NER spans and words are written by hand). */
class MentionResolverTest {
    private final Gazetteer gazetteer = Gazetteer.load();
    private final MentionResolver resolver = new MentionResolver(gazetteer);

    private List<Mention> resolve(String sentence) {
        List<Mention> mentions = resolver.resolve(sentence, Tagging.NONE);
        mentions.forEach(m -> assertEquals(sentence.substring(m.begin(), m.end()), m.surface()));
        return mentions;
    }

    /** Resolved with CoreNLP's words and entity spans, for the rules that read them. */
    private List<Mention> segmented(String sentence) {
        return resolver.resolve(sentence, ChineseEntityTagger.shared().tag(sentence));
    }

    /** The sentence's mentions read with CoreNLP's own words and entity spans, for the rules that mend what they glue. */
    private List<Mention> resolveTagged(String sentence) {
        return resolver.resolve(sentence, org.w3id.diplokg.extractor.annotate.ChineseEntityTagger.shared().tag(sentence));
    }


    @Test
    void aBilateralCompoundNamesBothPartiesAtTheirOwnOffsets() {
        String sentence = "面对世纪疫情，中俄肩并肩站在一起。";
        List<Mention> mentions = resolve("世界越是动荡不宁，中俄合作越要坚定前行。");
        assertEquals("COUNTRY:CN", keyAt(mentions, "中"));
        assertEquals("COUNTRY:RU", keyAt(mentions, "俄"));
        Mention russia = mentions.stream().filter(m -> m.surface().equals("俄")).findFirst().orElseThrow();
        assertEquals(10, russia.begin());
        assertEquals(Annotator.RULE, russia.annotator());
        assertTrue(resolve(sentence).isEmpty() || resolve(sentence).stream().noneMatch(m -> m.surface().equals("俄")),
                "中俄肩并肩 has no follower from the list: not read as a compound");
        List<Mention> qualified = resolve("此访将推动中俄建设性伙伴关系进一步发展。");
        assertEquals("COUNTRY:RU", keyAt(qualified, "俄"), "a word that qualifies their relationship follows the compound");
        List<Mention> three = resolve("中日韩合作不断深化。");
        assertEquals(List.of("COUNTRY:CN", "COUNTRY:JP", "COUNTRY:KR"),
                three.stream().map(m -> m.entity().type() + ":" + m.entity().key()).toList());
    }

    @Test
    void 以IsIsraelOnlyBoundAfterItsNeighbourInConflict() {
        List<Mention> talks = segmented("我们支持巴以双方尽早恢复和谈。");
        assertEquals("COUNTRY:PS", keyAt(talks, "巴"));
        assertEquals("COUNTRY:IL", keyAt(talks, "以"));
        List<Mention> lebanon = segmented("黎以冲突再次升级，平民伤亡令人痛心。");
        assertEquals("COUNTRY:LB", keyAt(lebanon, "黎"));
        assertEquals("COUNTRY:IL", keyAt(lebanon, "以"));
        // 中巴 is read first: 以 is the preposition of 以…为契机, and 巴 stays Pakistan's with China.
        List<Mention> occasion = segmented("双方愿中巴以建交七十周年为契机深化合作。");
        assertEquals("none", keyAt(occasion, "以"));
        assertEquals("none", keyAt(segmented("双方可以加强合作。"), "以"));
    }

    @Test
    void aListedEventHoldsTheAbbreviatedPartiesItNamesNotThePlacesWrittenOut() {
        List<Mention> conflict = segmented("新一轮巴以冲突造成严重人道主义灾难。");
        assertEquals("EVENT:ISRAEL-PALESTINE-CONFLICT", keyAt(conflict, "新一轮巴以冲突"));
        assertEquals("COUNTRY:PS", keyAt(conflict, "巴"));
        assertEquals("COUNTRY:IL", keyAt(conflict, "以"));
        List<Mention> games = segmented("北京冬奥会取得圆满成功。");
        assertEquals("EVENT:BEIJING-2022", keyAt(games, "北京冬奥会"));
        assertEquals("none", keyAt(games, "北京"), "the host city written out is the name's own word");
    }

    @Test
    void 欧美IsEuropeAndTheUnitedStatesNeverTheEu() {
        // Segmented by hand as CoreNLP does (欧美 / 国家 / 对此 / 表示 / 关切 / 。): without words 美国 is taken.
        String sentence = "欧美国家对此表示关切。";
        BitSet starts = new BitSet();
        BitSet ends = new BitSet();
        for (int[] word : new int[][] {{0, 2}, {2, 4}, {4, 6}, {6, 8}, {8, 10}, {10, 11}}) {
            starts.set(word[0]);
            ends.set(word[1]);
        }
        List<Mention> mentions = resolver.resolve(sentence, new Tagging(List.of(), starts, ends));
        assertEquals(List.of("欧:REGION:europe", "美:COUNTRY:US"),
                mentions.stream().map(m -> m.surface() + ":" + m.entity().type() + ":" + m.entity().key()).toList());
        assertEquals(List.of(0, 1), mentions.stream().map(Mention::begin).toList(), "each at its own offset");
        // From seed 001: before a follower too.
        List<Mention> followed = resolve("中国将如何处理同欧美的关系？");
        assertEquals("REGION:europe", keyAt(followed, "欧"));
        assertEquals("COUNTRY:US", keyAt(followed, "美"));
        assertTrue(followed.stream().noneMatch(m -> m.entity().key().equals("EU")), "never the EU");
        assertEquals("ORGANIZATION:EU", keyAt(resolve("中欧关系保持稳定。"), "欧"), "欧 alone is still the EU");
        assertEquals("ORGANIZATION:EU", keyAt(resolve("美欧关系保持稳定。"), "欧"), "美欧 is the US and the EU");
    }

    @Test
    void aCompoundOfThreeOrMorePartiesNeedsNoFollower() {
        List<Mention> mentions = resolve("英法德三国外长昨天通了电话。");
        assertEquals(List.of("COUNTRY:GB", "COUNTRY:FR", "COUNTRY:DE"),
                mentions.stream().filter(m -> m.begin() < 3).map(m -> m.entity().type() + ":" + m.entity().key()).toList());
        assertEquals("none", keyAt(resolve("推动中俄新时代关系向前发展。"), "新"), "新 of 新时代 is no third party");
        assertEquals("REGION:latin-america", keyAt(resolve("中方重视同亚非拉国家团结合作。"), "拉"));
        List<Mention> four = resolve("这次会议由中美俄欧共同发起。");
        assertEquals(List.of("COUNTRY:CN", "COUNTRY:US", "COUNTRY:RU", "ORGANIZATION:EU"),
                four.stream().map(m -> m.entity().type() + ":" + m.entity().key()).toList());
    }

    @Test
    void aCompoundOfTwoAsTheSubjectOfWhatTheyAreDoingNamesBoth() {
        assertEquals("COUNTRY:SU", keyAt(resolve("美苏正在日内瓦就中程导弹问题进行谈判。"), "苏"), "before 正在");
        assertEquals("COUNTRY:US", keyAt(resolve("中美就贸易问题举行磋商。"), "美"), "before 就");
        assertEquals("COUNTRY:VN", keyAt(resolve("中越谈判已在河内开始。"), "越"), "before the talks they hold");
        assertEquals("COUNTRY:GB", keyAt(resolve("中英副外长级磋商今天结束。"), "英"), "before the rank of who talks");
        assertEquals(List.of("COUNTRY:IR 两伊", "COUNTRY:IQ 两伊"), resolve("我们希望两伊双方继续谈判。").stream()
                .filter(m -> m.entity().type() == EntityType.COUNTRY)
                .map(m -> m.entity().type() + ":" + m.entity().key() + " " + m.surface()).toList(),
                "两伊: Iran and Iraq, each named by the whole word (两 alone is two, no name of Iran)");
    }

    @Test
    void aRunOfAbbreviationsTheTaggerReadsAsAPersonIsHisName() {
        // 马 and 科 read as Malta and Kuwait once the sentence names them; CoreNLP tags 马科 a person
        List<Mention> mentions = segmented("马耳他和科威特都派了代表，我们祝贺德马科先生当选。");
        assertEquals("none", keyAt(mentions, "德"), "德 of 德马科 is no Germany");
        assertTrue(mentions.stream().noneMatch(m -> m.entity().type() == EntityType.COUNTRY && m.begin() >= 14),
                mentions.toString());
        assertEquals("COUNTRY:GB", keyAt(segmented("英法德三国外长昨天通了电话。"), "英"), "three states the tagger reads as none");
    }

    @Test
    void abbreviationsListedWithCommasAndClosedByTheirCountAreEachAParty() {
        List<Mention> six = resolve("当天，中、美、俄、英、法、德六国代表在维也纳磋商。");
        assertEquals(List.of("COUNTRY:CN", "COUNTRY:US", "COUNTRY:RU", "COUNTRY:GB", "COUNTRY:FR", "COUNTRY:DE"),
                six.stream().filter(m -> m.begin() < 15).map(m -> m.entity().type() + ":" + m.entity().key()).toList());
        assertEquals("COUNTRY:JP", keyAt(resolve("会议由（韩、日）两方共同主持。"), "日"));
        assertEquals("none", keyAt(resolve("各部门要依法、依规、依纪办事。"), "法"), "依法 is no party");
        assertEquals("none", keyAt(resolve("文件有中、英文两个版本。"), "英"), "中、英文: Chinese and English, the list runs into a word");
        assertEquals("COUNTRY:GB", keyAt(resolve("这是中、美、俄、英、法五个常任理事国的共同责任。"), "英"), "counted with 个");
    }

    @Test
    void aListGluedToTheWordBeforeItNeedsItsCountToMatch() {
        String neighbours = "哈萨克斯坦、吉尔吉斯斯坦和塔吉克斯坦都是邻国，";
        List<Mention> four = resolve(neighbours + "中国同俄、哈、吉、塔四国签署了协定。");
        assertEquals(List.of("COUNTRY:CN", "COUNTRY:RU", "COUNTRY:KZ", "COUNTRY:KG", "COUNTRY:TJ"),
                four.stream().filter(m -> m.begin() >= neighbours.length()).map(m -> m.entity().type() + ":" + m.entity().key())
                        .limit(5).toList());
        assertEquals("COUNTRY:KR", keyAt(resolve("中方将继续同朝、美、韩、俄、日各方保持沟通。"), "韩"), "closed by 各方");
        assertEquals("none", keyAt(resolve(neighbours + "中国同俄、哈、吉、塔三国签署了协定。"), "塔"), "three counted, four listed: not this list");
    }

    @Test
    void aCompoundBeforeWhatItsPartiesDoToAnotherNamesThem() {
        List<Mention> strike = resolve("去年，美英对利比亚进行空袭。");
        assertEquals("COUNTRY:US", keyAt(strike, "美"));
        assertEquals("COUNTRY:GB", keyAt(strike, "英"));
    }

    @Test
    void anAbbreviationBoundIntoAWordNamesItsParty() {
        List<Mention> visit = resolve("澳大利亚总理下月将访华，双方将讨论涉台问题。");
        assertEquals("COUNTRY:CN", keyAt(visit, "华"));
        assertEquals("REGION:taiwan", keyAt(visit, "台"));
        assertEquals("COUNTRY:RU", keyAt(resolve("俄军宣布撤出该地区。"), "俄"));
        assertEquals("REGION:xinjiang", keyAt(resolve("坚决打击“疆独”势力。"), "疆"));
        assertEquals("none", keyAt(resolve("这些企业在中部地区投资。"), "中"), "在中 is 'in the middle'");
    }

    @Test
    void falseCompoundsAreNotRead() {
        assertEquals("REGION:central-america", keyAt(resolve("中美洲国家同中国友好。"), "中美洲"));
        assertEquals("none", keyAt(resolve("中美洲国家同中国友好。"), "美"));
        assertEquals("COUNTRY:CF", keyAt(resolve("中非共和国总统访华。"), "中非共和国"));
        assertEquals("REGION:middle-east", keyAt(resolve("中东地区局势动荡。"), "中东地区"));
        assertEquals("none", keyAt(resolve("这是增加方案的一部分。"), "加方"));
    }

    @Test
    void sideFormsNameTheirCountry() {
        List<Mention> mentions = resolve("美方应同中方相向而行，俄方表示欢迎。");
        assertEquals("COUNTRY:US", keyAt(mentions, "美方"));
        assertEquals("COUNTRY:CN", keyAt(mentions, "中方"));
        assertEquals("COUNTRY:RU", keyAt(mentions, "俄方"));
        assertEquals("ORGANIZATION:EU", keyAt(resolve("欧方愿同中方加强合作。"), "欧方"));
    }

    @Test
    void anElectionNamedByItsStateIsAnEvent() {
        assertEquals("EVENT:俄罗斯总统选举", keyAt(segmented("普京在俄罗斯总统选举中获胜。"), "俄罗斯总统选举"));
        assertEquals("EVENT:台湾地区领导人选举", keyAt(segmented("台湾地区领导人选举结果揭晓。"), "台湾地区领导人选举"));
        assertTrue(segmented("乌克兰昨天举行总统选举。").stream().noneMatch(m -> m.entity().type() == EntityType.EVENT),
                "no state names it: the state opens the clause, and the election is no name");
    }

    @Test
    void aQuotedLineOfPolicyNamedAsSuchIsAnInitiative() {
        assertEquals("INITIATIVE:ONE-COUNTRY-TWO-SYSTEMS", keyAt(resolve("我们坚持“和平统一、一国两制”的基本方针。"), "和平统一、一国两制"),
                "the whole quoted line, read whole as the policy the reference list knows it as");
        assertEquals("INITIATIVE:一边一国", keyAt(resolve("他再次鼓吹所谓“一边一国”论。"), "一边一国"));
        assertEquals("INITIATIVE:互利共赢、共同发展", keyAt(resolve("双方本着“互利共赢、共同发展”的方针推进合作。"), "互利共赢、共同发展"));
        assertEquals("none", keyAt(resolve("双方本着“互利共赢、共同发展”推进合作。"), "互利共赢、共同发展"), "quoted, but named as no policy");
    }

    @Test
    void chinasForeignMinistryIsNamedInItsMinistersTitleButNoOtherStatesIs() {
        assertEquals("ORGANIZATION:MFA-CN", keyAt(resolve("外交部长王毅会见了来访的客人。"), "外交部"));
        assertEquals("ORGANIZATION:MFA-CN", keyAt(resolve("中共中央政治局委员、外交部长王毅出席。"), "外交部"));
        assertEquals("ORGANIZATION:MFA-CN", keyAt(resolve("应国务委员兼外交部长王毅邀请，客人将访华。"), "外交部"));
        assertEquals("ORGANIZATION:MFA-CN", keyAt(resolve("国务院副总理兼外交部长钱其琛回答了记者的提问。"), "外交部"));
        for (String foreign : List.of("蒙古国外交部长将访华。", "德意志联邦共和国外交部长将访华。", "拉共体成员国外交部长出席。",
                "巴拿马共和国副总统兼外交部长将访华。", "双方外交部长举行会谈。")) {
            assertTrue(resolve(foreign).stream().noneMatch(m -> m.entity().key().equals("MFA-CN")), foreign);
        }
        assertTrue(resolve("美国国防部长将访问东盟。").stream().noneMatch(m -> m.surface().contains("国防部")),
                "any other body in a title ending with 长 is still no mention");
    }

    @Test
    void initialsBeforeAPersonsNameBelongToTheName() {
        List<Mention> mentions = resolve("应俄罗斯联邦总统弗·弗·普京邀请，胡锦涛主席将访问俄罗斯。");
        assertTrue(mentions.stream().anyMatch(m -> m.surface().equals("弗·弗·普京") && m.entity().key().equals("普京")),
                mentions.toString());
        assertTrue(resolve("弗拉基米尔·普京总统将访华。").stream().noneMatch(m -> m.surface().equals("尔·普京")),
                "a given name before the dot is no initial");
    }

    @Test
    void noNameOpensWithAConjunction() {
        List<Mention> mentions = resolveTagged("中俄友好、和平与发展委员会为增进两国人民的友谊作出了贡献。");
        assertTrue(mentions.stream().noneMatch(m -> m.surface().startsWith("与")), mentions.toString());
    }

    @Test
    void aNewPersonWrittenWithInitialsIsKnownByTheNameWithoutThem() {
        List<Mention> mentions = resolveTagged("俄罗斯联邦总统鲍·尼·叶利钦将于下月对中国进行国事访问。");
        assertTrue(mentions.stream().anyMatch(m -> m.surface().equals("鲍·尼·叶利钦") && m.entity().key().equals("叶利钦")),
                mentions.toString());
        assertEquals("夏尔马·奥利", NameInitials.withoutInitials("卡·普·夏尔马·奥利"));
        assertEquals("弗拉基米尔·普京", NameInitials.withoutInitials("弗拉基米尔·普京"), "a given name is no initial");
    }

    @Test
    void theMinistriesOfSeveralStatesOrOfAnotherAreNotChinasForeignMinistry() {
        assertEquals("ORGANIZATION:MFA-CN", keyAt(resolve("外交部发言人就此答记者问。"), "外交部"));
        assertEquals("ORGANIZATION:MFA-CN", keyAt(resolve("中国外交部发表声明。"), "中国外交部"));
        for (String several : List.of("双方同意继续举行两国外交部间的政治磋商。", "在双方外交部之间建立高级别战略对话机制。",
                "中俄两国外交部发表联合声明。", "美国外交部发表声明。")) {
            assertTrue(resolve(several).stream().noneMatch(m -> m.entity().key().equals("MFA-CN")), several);
        }
    }

    @Test
    void namesAndShortFormsResolveToOneEntity() {
        List<Mention> mentions = resolve("安理会、世贸组织和世卫组织都是联合国系统的重要组成部分，东盟和欧盟也是。");
        assertEquals("ORGANIZATION:UNSC", keyAt(mentions, "安理会"));
        assertEquals("ORGANIZATION:WTO", keyAt(mentions, "世贸组织"));
        assertEquals("ORGANIZATION:WHO", keyAt(mentions, "世卫组织"));
        assertEquals("ORGANIZATION:UN", keyAt(mentions, "联合国"));
        assertEquals("ORGANIZATION:ASEAN", keyAt(mentions, "东盟"));
        assertEquals("ORGANIZATION:EU", keyAt(mentions, "欧盟"));
        assertEquals(keyAt(resolve("欧洲联盟"), "欧洲联盟"), keyAt(resolve("欧盟"), "欧盟"));
        assertEquals("COUNTRY:AE", keyAt(resolve("阿联酋是中国的好朋友。"), "阿联酋"));
    }

    @Test
    void documentsListedAfterOneNamedWithItsPartiesAreTheirs() {
        List<Mention> three = resolve("美国方面应当遵守中美上海公报、建交公报和《八一七公报》。");
        assertEquals("AGREEMENT:SHANGHAI-COMMUNIQUE", keyAt(three, "中美上海公报"));
        assertEquals("AGREEMENT:CN-US-1979-COMMUNIQUE", keyAt(three, "建交公报"), three.toString());
        assertEquals("AGREEMENT:CN-US-1982-COMMUNIQUE", keyAt(three, "八一七公报"));
        assertEquals("none", keyAt(resolve("双方发表了建交公报和联合声明。"), "建交公报"), "no parties named: whose communiqué?");
    }

    @Test
    void titlesInBookMarksAreAgreementsUnlessTheyAreNewspapers() {
        List<Mention> mentions = resolve("今年是《中俄睦邻友好合作条约》签署20周年，我们恪守《联合国宪章》。");
        assertEquals("AGREEMENT:CN-RU-TREATY", keyAt(mentions, "中俄睦邻友好合作条约"));
        assertEquals("AGREEMENT:UN-CHARTER", keyAt(mentions, "联合国宪章"));
        assertEquals("none", keyAt(mentions, "俄"), "the title is read whole, not as a compound inside it");
        List<Mention> unknown = resolve("双方签署了《中国—东盟全面战略伙伴关系联合声明》。");
        assertEquals("AGREEMENT:中国—东盟全面战略伙伴关系联合声明", keyAt(unknown, "中国—东盟全面战略伙伴关系联合声明"));
        assertEquals("NEWS_ORGANIZATION:GLOBAL-TIMES", keyAt(resolve("《环球时报》记者提问。"), "环球时报"), "a newspaper, not an agreement");
        assertEquals("none", keyAt(resolve("法国作家写了一本书，名为《维吾尔族假新闻的终结》。"), "维吾尔族假新闻的终结"));
        assertEquals("INITIATIVE:中国对拉美政策文件", keyAt(resolve("中方发表了《中国对拉美政策文件》。"), "中国对拉美政策文件"),
                "a party's own policy paper or programme is an initiative");
        assertEquals("AGREEMENT:中哈联合行动计划", keyAt(resolve("双方签署了《中哈联合行动计划》。"), "中哈联合行动计划"),
                "a plan two parties adopt together stays an agreement");
        assertEquals("INITIATIVE:玉树地震灾后恢复重建总体规划", keyAt(resolve("国务院印发了《玉树地震灾后恢复重建总体规划》。"),
                "玉树地震灾后恢复重建总体规划"), "a plan one party issues is its programme");
        assertEquals("AGREEMENT:中蒙经贸合作中期发展纲要", keyAt(resolve("两国签署《中蒙经贸合作中期发展纲要》。"), "中蒙经贸合作中期发展纲要"));
        assertEquals("AGREEMENT:中巴战略规划", keyAt(resolve("双方将更新《中巴战略规划》。"), "中巴战略规划"), "two parties' plan");
        assertEquals("AGREEMENT:在中美洲建立稳固和持久和平的程序", keyAt(resolve("五国总统签署了《在中美洲建立稳固和持久和平的程序》。"),
                "在中美洲建立稳固和持久和平的程序"), "what is signed is an agreement, whatever its last word");
        assertEquals("none", keyAt(resolve("他读了《在中美洲建立稳固和持久和平的程序》。"), "在中美洲建立稳固和持久和平的程序"));
    }

    @Test
    void initiativesQuotedOrNot() {
        assertEquals("INITIATIVE:BRI", keyAt(resolve("推进高质量共建“一带一路”。"), "一带一路"));
        assertEquals("INITIATIVE:GDI", keyAt(resolve("习近平主席郑重提出全球发展倡议。"), "全球发展倡议"));
        assertEquals("INITIATIVE:全球粮食安全倡议", keyAt(resolve("中方提出“全球粮食安全倡议”。"), "全球粮食安全倡议"));
    }

    @Test
    void regionsAreNeverCountries() {
        List<Mention> mentions = resolve("台湾、香港、新疆、西藏事务纯属中国内政。");
        for (String region : List.of("台湾", "香港", "新疆", "西藏")) {
            Mention mention = mentions.stream().filter(m -> m.surface().equals(region)).findFirst().orElseThrow();
            assertEquals(EntityType.REGION, mention.entity().type(), region);
        }
    }

    @Test
    void chineseArabIsReadFromContext() {
        assertEquals("REGION:arab-states", keyAt(resolve("中阿合作论坛成立以来，中阿关系发展迅速，阿拉伯国家支持中方。"), "阿"));
        assertEquals("COUNTRY:AF", keyAt(resolve("阿富汗局势牵动人心，中阿两国是近邻。"), "阿"));
        assertEquals("none", keyAt(resolve("中阿关系发展迅速。"), "阿"));
    }

    @Test
    void twoCharacterNamesMustBeWordsOfTheSegmentation() {
        String sentence = "这种做法国际社会不能接受。";
        BitSet starts = new BitSet();
        BitSet ends = new BitSet();
        int[][] words = {{0, 2}, {2, 4}, {4, 6}, {6, 8}, {8, 10}, {10, 12}, {12, 13}};
        for (int[] word : words) {
            starts.set(word[0]);
            ends.set(word[1]);
        }
        assertEquals("none", keyAt(resolver.resolve(sentence, new Tagging(List.of(), starts, ends)), "法国"));
        assertEquals("COUNTRY:FR", keyAt(resolve(sentence), "法国"), "without a segmentation every hit is taken");
    }

    @Test
    void nerSpansFillWhatTheGazetteerLacksAndJunkIsDropped() {
        String sentence = "习近平主席同普京总统通话，双方支持联合国乌克兰问题会议和中国东盟博览局的工作。";
        List<NerSpan> ner = List.of(
                new NerSpan(6, 8, "普京", "PERSON"),
                new NerSpan(17, 22, "联合国乌克兰", "ORGANIZATION"),
                new NerSpan(29, 33, "中国东盟", "ORGANIZATION"),
                new NerSpan(0, 3, "习近平", "PERSON"));
        List<Mention> mentions = resolver.resolve(sentence, new Tagging(ner, null, null));
        assertEquals("PERSON:普京", keyAt(mentions, "普京"));
        assertEquals("PERSON:习近平", keyAt(mentions, "习近平"));
        assertFalse(mentions.stream().anyMatch(m -> m.surface().equals("联合国乌克兰")));
        assertFalse(mentions.stream().anyMatch(m -> m.surface().equals("中国东盟")));
        String other = "上海进博局负责筹办。";
        List<Mention> organization = resolver.resolve(other, new Tagging(List.of(new NerSpan(0, 5, "上海进博局", "ORGANIZATION")), null, null));
        assertEquals("ORGANIZATION:上海进博局", keyAt(organization, "上海进博局"));
        assertEquals(Annotator.NER, organization.get(0).annotator());
        String office = "联合国减灾署向灾区派出了专家。";
        List<Mention> ownBody = resolver.resolve(office, new Tagging(List.of(new NerSpan(0, 6, "联合国减灾署", "ORGANIZATION")), null, null));
        assertEquals("ORGANIZATION:联合国减灾署", keyAt(ownBody, "联合国减灾署"), "a body opening the name of an office of its own");
    }

    @Test
    void outletsResolveToNewsOrganizations() {
        OutletResolver outlets = new OutletResolver(gazetteer);
        assertEquals("CCTV", outlets.resolve("中央广播电视总台央视").key());
        assertEquals("CCTV", outlets.resolve("中央广播电视台总台央视").key());
        assertEquals("GLOBAL-TIMES", outlets.resolve("《环球时报》特约").key());
        assertEquals("STRAITS-TIMES", outlets.resolve("新加坡《海峡时报》").key());
        assertEquals("CGTN", outlets.resolve("中央广播电视总台中国国际电视台").key());
        assertEquals(EntityType.NEWS_ORGANIZATION, outlets.resolve("某某电视台").type());
        assertEquals("某某电视台", outlets.resolve("某某电视台").key());
        assertEquals("某某日报", outlets.resolve("泰国《某某日报》").key(), "a new outlet is named without its country");
        assertEquals("某某日报", outlets.resolve("《某某日报》").key());
        assertEquals("某某日报", outlets.resolve("香港某某日报").key(), "nor with the place inside a state it is based in");
        assertEquals("亚洲某某台", outlets.resolve("亚洲某某台").key(), "a world region opening a name is part of it");
    }

    @Test
    void outletsNamedWithTheirCountryGiveTheCountryAsWritten() {
        OutletResolver outlets = new OutletResolver(gazetteer);
        assertEquals("SG", outlets.country("新加坡《联合早报》").orElseThrow().country().key());
        assertEquals("新加坡", outlets.country("新加坡《联合早报》").orElseThrow().surface());
        assertEquals("KZ", outlets.country("哈萨克斯坦24KZ电视台").orElseThrow().country().key());
        assertEquals("AE", outlets.country("阿联酋中阿卫视").orElseThrow().country().key());
        assertTrue(outlets.country("中央广播电视总台央视").isEmpty());
        assertTrue(outlets.country("香港中评社").isEmpty(), "Hong Kong is a region, not a country");
    }

    @Test
    void ambiguousAbbreviationsAreReadFromTheSentenceThenTheTurn() {
        String answer = "巴方是中国大豆、铁矿石的重要来源。";
        assertEquals("COUNTRY:BR", keyAt(resolver.resolve(answer, Tagging.NONE, resolver.contextOf("巴西环球电视台\n卢拉再次就任巴西总统。\n" + answer, AbbreviationContext.NONE)), "巴方"));
        assertEquals("COUNTRY:PK", keyAt(resolver.resolve(answer, Tagging.NONE, resolver.contextOf("巴基斯坦通讯社\n中巴经济走廊进展如何？\n" + answer, AbbreviationContext.NONE)), "巴方"));
        assertEquals("COUNTRY:PK", keyAt(resolve(answer), "巴方"), "with no cue: the gazetteer's abbreviation");
        assertEquals("COUNTRY:BR", keyAt(resolve("巴西是金砖国家，中巴关系发展顺利。"), "巴"), "the sentence's own cue wins");
    }

    @Test
    void editionsAndAnniversariesAreEventsOfTheirOwn() {
        List<Mention> found = resolve("欢迎各方参加第六届进博会，金砖国家领导人第三十一次会晤和第56届慕尼黑安全会议取得成功。");
        assertEquals("EVENT:第六届中国国际进口博览会", keyAt(found, "第六届进博会"), "an edition is named by its series' canonical name");
        assertEquals("EVENT:金砖国家领导人第三十一次会晤", keyAt(found, "金砖国家领导人第三十一次会晤"), "who meets belongs to the name");
        assertEquals("EVENT:BRICS-SUMMIT-11", keyAt(resolve("金砖国家领导人第十一次会晤取得成功。"), "金砖国家领导人第十一次会晤"),
                "an edition the reference list gives is that edition");
        assertEquals("EVENT:第五十六届慕尼黑安全会议", keyAt(found, "第56届慕尼黑安全会议"));
        assertEquals("EVENT", keyAt(resolve("王毅外长出席第六次中国—中亚外长会晤。"), "第六次中国—中亚外长会晤").split(":")[0],
                "外长会晤 is the meeting word, not 外长会 and a character more");
        assertEquals("EVENT", keyAt(resolve("李肇星外长将出席第十一届东盟地区论坛外长会议。"), "第十一届东盟地区论坛外长会议").split(":")[0],
                "a forum's 外长会议, whole");
        List<Mention> dialogue = resolve("亚洲合作对话第三次外长会议今天在青岛闭幕。");
        assertEquals("EVENT", keyAt(dialogue, "亚洲合作对话第三次外长会议").split(":")[0], "a framework's numbered meeting names it");
        assertEquals("ORGANIZATION:ACD", keyAt(resolve("中国是亚洲合作对话的创始成员。"), "亚洲合作对话"),
                "Asia's cooperation frameworks China belongs to are listed");
        List<Mention> anniversary = resolve("今年是中乌建交30周年，也是联合国成立75周年。");
        assertEquals("EVENT:中乌建交30周年", keyAt(anniversary, "中乌建交30周年"));
        assertEquals("COUNTRY:CN", keyAt(anniversary, "中"), "the parties inside an anniversary are read too");
        assertEquals("EVENT:联合国成立75周年", keyAt(anniversary, "联合国成立75周年"));
        assertEquals("EVENT:中国—南非建交25周年", keyAt(resolve("今年是中国和南非建交25周年。"), "中国和南非建交25周年"),
                "the pair written with a dash, as the same anniversary is wherever it is written");
        assertEquals("none", keyAt(resolve("双方庆祝建交30周年。"), "建交30周年"), "no party named: no event");
        List<Mention> victory = resolve("今年是世界反法西斯战争胜利75周年。");
        assertEquals("EVENT:世界反法西斯战争胜利75周年", keyAt(victory, "世界反法西斯战争胜利75周年"));
        assertEquals("none", keyAt(victory, "世界反法西斯战争"), "an anniversary holds its parties, not the event it remembers");
    }

    @Test
    void theFirstEditionIsAnEditionTooAndATreatysMeetingKeepsItsTitle() {
        // Sentences written for this test (the guideline: 首届 is an ordinal like 第一届).
        List<Mention> found = resolve("首届中国—中亚峰会在西安举行，各方欢迎首届进博会取得成功。");
        assertEquals("EVENT:首届中国—中亚峰会", keyAt(found, "首届中国—中亚峰会"), "not the series 中国—中亚峰会");
        assertEquals("EVENT:首届中国国际进口博览会", keyAt(found, "首届进博会"), "named by the series' canonical name");
        assertEquals("EVENT:CHINA-CENTRAL-ASIA-SUMMIT", keyAt(resolve("下一届中国—中亚峰会将在哈萨克斯坦举行。"), "中国—中亚峰会"),
                "the series without an ordinal is the series");
        assertEquals("EVENT:COP-28",
                keyAt(resolve("双方期待《联合国气候变化框架公约》第二十八次缔约方大会取得成功。"), "《联合国气候变化框架公约》第二十八次缔约方大会"),
                "the treaty's meeting keeps its title, and the edition the reference list knows is that edition");
        assertEquals("EVENT:第三次中德战略对话", keyAt(resolve("双方举行第三次中德战略对话。"), "第三次中德战略对话"));
        assertEquals("none", keyAt(resolve("双方举行了第二轮对话。"), "第二轮对话"), "a numbered round with no name names nothing");
        assertEquals("EVENT:第五轮六方会谈", keyAt(resolve("第五轮六方会谈在北京举行。"), "第五轮六方会谈"), "a round of talks is an edition");
        assertEquals("none", keyAt(resolve("双方举行了第二轮会谈。"), "第二轮会谈"));
        assertEquals("EVENT:首届东盟防长扩大会议", keyAt(resolve("首届东盟防长扩大会议在河内举行。"), "首届东盟防长扩大会议"),
                "扩大会议 is the meeting word, not 大会 inside it");
        assertEquals("EVENT:第四轮六方会谈第二阶段会议", keyAt(resolve("第四轮六方会谈第二阶段会议在北京开幕。"), "第四轮六方会谈第二阶段会议"),
                "a phase of a round is the meeting named");
        assertEquals("EVENT:首届东盟地区论坛会议", keyAt(resolve("首届东盟地区论坛会议将在曼谷举行。"), "首届东盟地区论坛会议"),
                "a forum's meeting, not the forum cut before 会议");
        assertEquals("EVENT:亚太经济合作组织首次领导人非正式会议",
                keyAt(resolve("他出席了亚太经济合作组织首次领导人非正式会议。"), "亚太经济合作组织首次领导人非正式会议"),
                "a body's leaders' informal meeting, numbered");
        assertEquals("EVENT:五国元首会晤", keyAt(resolve("五国元首会晤已成为重要机制。"), "五国元首会晤"), "a counted group's standing summit");
        assertEquals("EVENT:中俄印三国外长会晤", keyAt(resolve("中俄印三国外长会晤在莫斯科举行。"), "中俄印三国外长会晤"),
                "the parties counted belong to its name");
        assertEquals("EVENT:中俄印三国外长会晤", keyAt(resolve("他出席了中俄印三国外长会晤。"), "中俄印三国外长会晤"),
                "however many words stand before the parties");
        assertEquals("EVENT:上海五国元首会晤", keyAt(resolve("他出席了在杜尚别举行的上海五国元首会晤。"), "上海五国元首会晤"),
                "a group the reference list knows by its count opens the name");
        assertEquals("none", keyAt(resolve("两国元首会晤取得成功。"), "两国元首会晤"), "a pair's meeting names no standing summit");
        assertEquals("EVENT:印度支那三国外长会议", keyAt(resolve("越南当局在印度支那三国外长会议上提出所谓五年撤军。"), "印度支那三国外长会议"),
                "a conference of a region's states counted, the region opening its name");
        assertEquals("EVENT:休斯敦西方七国首脑会议", keyAt(resolve("海部俊树首相在休斯敦西方七国首脑会议上发言。"), "休斯敦西方七国首脑会议"),
                "the city before the region");
        assertEquals("EVENT:三方会谈", keyAt(resolve("朝鲜建议举行朝鲜、美国、南朝鲜三方会谈。"), "三方会谈"), "talks of counted parties");
    }

    @Test
    void theAnniversaryOfTwoPartiesRelationsIsNamedWithTheTwoDashed() {
        assertEquals("EVENT:中国—朝鲜建交75周年", keyAt(resolve("今年是中国和朝鲜建交75周年。"), "中国和朝鲜建交75周年"),
                "one event however the pair is joined");
        assertEquals("EVENT:中国—东盟建立对话关系20周年", keyAt(resolve("明年是中国与东盟建立对话关系20周年。"), "中国与东盟建立对话关系20周年"));
    }

    @Test
    void aQuotedThemedYearIsNamedWithTheStateHoldingIt() {
        List<Mention> found = resolve("今年是印度的“中国年”，明年中国将举办“印度年”。");
        assertEquals("EVENT:印度中国年", keyAt(found, "中国年"), "India's year of China: " + found);
        assertEquals("EVENT:印度年", keyAt(found, "印度年"), "no state right before it: named as written");
        assertEquals("EVENT:俄语年", keyAt(resolve("双方互办“汉语年”和“俄语年”活动。"), "俄语年"), "a year of a language");
        assertEquals("none", keyAt(resolve("开启双边关系的“黄金十年”。"), "黄金十年"), "a span of years names no year");
    }

    @Test
    void aMissionIsNamedBySenderAndHost() {
        assertEquals("ORGANIZATION:中国驻斯里兰卡使馆", keyAt(resolve("中国驻斯里兰卡使馆已启动应急机制。"), "中国驻斯里兰卡使馆"));
        assertEquals("ORGANIZATION:美国驻华大使馆", keyAt(resolve("美国驻华大使馆发表声明。"), "美国驻华大使馆"));
        assertEquals("ORGANIZATION:中国常驻联合国代表团", keyAt(resolve("中国常驻联合国代表团致函秘书长。"), "中国常驻联合国代表团"));
        assertEquals("none", keyAt(resolve("部队进驻当地使馆区。"), "部队进驻当地使馆"), "no state sends it: no mission");
        assertEquals("ORGANIZATION:联合国驻黎巴嫩临时部队", keyAt(resolve("联合国驻黎巴嫩临时部队遇袭。"), "联合国驻黎巴嫩临时部队"),
                "a body sends peace missions");
        assertEquals("ORGANIZATION:非盟驻马里特派团", keyAt(resolve("非盟驻马里特派团发挥了积极作用。"), "非盟驻马里特派团"));
        assertEquals("none", keyAt(resolve("联合国驻华代表处发布报告。"), "联合国驻华代表处"), "no mission's kind");
        assertEquals("none", keyAt(resolve("联合国驻华使馆开放。"), "联合国驻华使馆"), "a body sends no embassy");
    }

    @Test
    void aForeignNameCoreNlpCutsShortIsReadWhole() {
        for (String[] sentenceAndName : new String[][] {{"感谢伊辛格尔主席和会议组织方的邀请。", "伊辛格尔"},
                {"昨天，范德贝伦总统在开幕式上发表讲话。", "范德贝伦"}}) {
            String sentence = sentenceAndName[0];
            List<Mention> found = segmented(sentence);
            assertEquals("PERSON:" + sentenceAndName[1], keyAt(found, sentenceAndName[1]), found.toString());
        }
        String places = "符拉迪沃斯托克和贝加尔湖很美。";
        List<Mention> found = segmented(places);
        assertEquals("REGION", keyAt(found, "符拉迪沃斯托克").split(":")[0], "a foreign place written in transliteration");
        assertEquals("REGION", keyAt(found, "贝加尔湖").split(":")[0], "a lake");
    }

    @Test
    void aResolutionByItsNumberAloneIsTheResolutionOfTheBodyNamedBeforeIt() {
        assertEquals("AGREEMENT:联合国安理会第2270号决议", keyAt(resolve("安理会本月2日通过了第2270号决议，对朝鲜实施新的制裁。"), "第2270号决议"));
        assertEquals(List.of("联合国安全理事会第2270号决议"), resolve("安理会本月2日通过了第2270号决议。").stream()
                .filter(m -> m.surface().equals("第2270号决议")).findFirst().orElseThrow().entity().aliases(), "known by its full name too");
        assertEquals("AGREEMENT:UNGA-2758", keyAt(resolve("1971年，第二十六届联合国大会通过第2758号决议。"), "第2758号决议"), "the known one");
        assertEquals("AGREEMENT:联合国安理会第2094号决议", keyAt(segmented("安理会第2094号决议已经通过。"), "安理会第2094号决议"),
                "named after its body, the council's resolution is named in full");
        assertEquals("none", keyAt(resolve("各方应全面执行第2231号决议。"), "第2231号决议"), "no body named: whose is unsaid");
    }

    @Test
    void 于BeforeATimeIsNoPartOfTheNameBeforeIt() {
        List<Mention> glued = segmented("美国国防部长佩里于今年3月访问了日本和韩国。");
        assertEquals("none", keyAt(glued, "佩里于"), glued.toString());
        assertEquals("PERSON", keyAt(glued, "佩里").split(":")[0], glued.toString());
    }

    @Test
    void aStateNamedByAnEarlierNameIsThatState() {
        List<Mention> korea = segmented("我们同南朝鲜没有外交关系，中方不同南朝鲜发展官方关系。");
        assertEquals("COUNTRY:KR", keyAt(korea, "南朝鲜"), korea.toString());
        assertEquals("none", keyAt(korea, "南"), "南 is no South Africa here: " + korea);
        assertEquals("COUNTRY:DE", keyAt(segmented("民主德国和联邦德国实现了统一。"), "联邦德国"));
        assertEquals("COUNTRY:CD", keyAt(segmented("扎伊尔总统蒙博托访华。"), "扎伊尔"));
    }

    @Test
    void aFourCharacterNameRunsToTheTitleAfterIt() {
        List<Mention> cut = segmented("今年7月，海部俊树首相在休斯敦宣布，日本将恢复对华日元贷款。");
        assertEquals("PERSON:海部俊树", keyAt(cut, "海部俊树"), cut.toString());
        List<Mention> speaker = segmented("美国国会众议长佩洛西众议长窜访台湾。");
        assertEquals("none", keyAt(speaker, "佩洛西众"), "众议长 is a title: " + speaker);
        List<Mention> emperor = segmented("明仁天皇将于10月23日至28日对中国进行友好访问。");
        assertEquals("PERSON:明仁", keyAt(emperor, "明仁"), "天皇 is the emperor's title, not his name: " + emperor);
    }

    @Test
    void aWordGluedToTheEndOfAForeignNameIsNoPartOfIt() {
        List<Mention> glued = segmented("英国新首相特雷莎·梅将出席杭州峰会。");
        assertEquals("none", keyAt(glued, "特雷莎·梅将"), glued.toString());
        assertEquals("PERSON", keyAt(glued, "特雷莎·梅").split(":")[0], "将 is no transliteration character");
        assertEquals("COUNTRY:AU", keyAt(segmented("澳大利亚广播公司记者：澳大利亚候任总理阿博特表示。"), "澳大利亚"), "候任 is a word of its own");
        assertEquals("none", keyAt(segmented("澳大利亚候任总理阿博特表示，愿加强合作。"), "澳大利亚候"),
                "a known name and the first character of the word after it are no person");
        List<Mention> pair = segmented("中南同为金砖国家成员。");
        assertTrue(pair.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON), "two states and 同: " + pair);
        assertEquals("PERSON", keyAt(segmented("习近平同马英九在新加坡会面。"), "马英九").split(":")[0], "a name whose first characters are abbreviations");
        assertEquals("PERSON", keyAt(segmented("1988年拉吉夫·甘地总理访华。"), "拉吉夫·甘地").split(":")[0],
                "地 ends a name the segmenter reads as one word, it is no particle glued to it");
    }

    @Test
    void aVerbTheSegmenterGluedToAForeignNameIsTheClauses() {
        List<Mention> glued = segmented("上个月，英国外交大臣杰弗里·豪访问北京，邓小平主任会见了他。");
        assertEquals("none", keyAt(glued, "杰弗里·豪访问"), glued.toString());
        assertEquals("PERSON", keyAt(glued, "杰弗里·豪").split(":")[0], glued.toString());
    }

    @Test
    void aForeignNameTaggedOnBothSidesOfItsMiddleDotIsOnePerson() {
        List<Mention> found = segmented("英国首相玛格丽特·撒切尔夫人昨天抵达北京。");
        assertEquals("PERSON", keyAt(found, "玛格丽特·撒切尔").split(":")[0], found.toString());
        assertEquals("none", keyAt(found, "玛格丽特"), "the given name is no person of its own: " + found);
    }

    @Test
    void anHonorificAfterAFullForeignNameIsNoPartOfIt() {
        List<Mention> found = segmented("英国外交大臣杰弗里·豪爵士会见了吴学谦外长。");
        assertEquals("PERSON", keyAt(found, "杰弗里·豪").split(":")[0], found.toString());
        assertEquals("none", keyAt(found, "杰弗里·豪爵士"), found.toString());
    }

    @Test
    void aStatesNameBeforeAPersonIsNoPartOfTheName() {
        List<Mention> found = segmented("今年8月，沙特阿拉伯法赫德王储提出了解决中东问题的八点和平方案。");
        assertEquals("COUNTRY:SA", keyAt(found, "沙特阿拉伯"), found.toString());
        assertEquals("PERSON", keyAt(found, "法赫德").split(":")[0], "written in transliteration characters too, but a known name");
    }

    @Test
    void theDayOfADateIsNoAbbreviationOfJapan() {
        List<Mention> found = segmented("我们希望美方切实履行1982年8月17日中美联合公报。");
        assertEquals("none", keyAt(found, "日中美联合公报"), found.toString());
        assertEquals("AGREEMENT", keyAt(found, "中美联合公报").split(":")[0], found.toString());
    }

    @Test
    void aStatesBodyIsNamedWithTheStateAlone() {
        String sentence = "美国国务院发言人称，菲律宾海岸警卫队船只闯入。";
        List<Mention> found = segmented(sentence);
        assertEquals("ORGANIZATION:美国国务院", keyAt(found, "美国国务院"));
        assertEquals("ORGANIZATION:菲律宾海岸警卫队", keyAt(found, "菲律宾海岸警卫队"));
    }

    @Test
    void aCountryWithTheFormOfItsStateIsReadWhole() {
        List<Mention> found = resolve("应乌兹别克斯坦共和国总统邀请，越南社会主义共和国和沙特阿拉伯王国代表出席。");
        assertEquals("COUNTRY:UZ", keyAt(found, "乌兹别克斯坦共和国"));
        assertEquals("COUNTRY:VN", keyAt(found, "越南社会主义共和国"));
        assertEquals("COUNTRY:SA", keyAt(found, "沙特阿拉伯王国"));
        List<Mention> more = resolve("老挝人民民主共和国、斯里兰卡民主社会主义共和国和墨西哥合众国代表出席。");
        assertEquals("COUNTRY:LA", keyAt(more, "老挝人民民主共和国"));
        assertEquals("COUNTRY:LK", keyAt(more, "斯里兰卡民主社会主义共和国"));
        assertEquals("COUNTRY:MX", keyAt(more, "墨西哥合众国"));
    }

    @Test
    void aStateWhoseFullNameIsNotItsShortNameWithAFormIsKnownByIt() {
        List<Mention> found = resolve("吉尔吉斯共和国和泰王国代表出席。");
        assertEquals("COUNTRY:KG", keyAt(found, "吉尔吉斯共和国"));
        assertEquals("COUNTRY:TH", keyAt(found, "泰王国"));
    }

    @Test
    void anAbbreviationIsAnyCountryWhoseNameBeginsWithItAndTheDocumentDecides() {
        String sentence = "双方高度评价中乌关系发展，乌方感谢中方支持。";
        AbbreviationContext uzbek = resolver.documentContext("中华人民共和国和乌兹别克斯坦共和国联合声明\n乌兹别克斯坦总统访华。\n乌克兰危机。\n乌兹别克斯坦是友好邻邦。");
        List<Mention> found = resolver.resolve(sentence, Tagging.NONE, resolver.contextOf(sentence, uzbek));
        assertEquals("COUNTRY:UZ", keyAt(found, "乌"));
        assertEquals("COUNTRY:UZ", keyAt(found, "乌方"));
        assertEquals("COUNTRY:UA", keyAt(resolve(sentence), "乌方"), "with no cue: the gazetteer's abbreviation");
        AbbreviationContext turn = resolver.contextOf("乌克兰局势如何？\n" + sentence, uzbek);
        assertEquals("COUNTRY:UA", keyAt(resolver.resolve(sentence, Tagging.NONE, turn), "乌方"), "the turn's cue wins over the document's");
        AbbreviationContext indonesia = resolver.documentContext("印度尼西亚总统访华。印度尼西亚是东盟大国。印度总理讲话。");
        assertEquals("COUNTRY:CN", keyAt(resolver.resolve("中印合作", Tagging.NONE, resolver.contextOf("中印合作", indonesia)), "中"));
        assertEquals("COUNTRY:ID", keyAt(resolver.resolve("中印合作", Tagging.NONE, resolver.contextOf("中印合作", indonesia)), "印"),
                "印度尼西亚 counts as Indonesia, not as 印度 followed by more");
        AbbreviationContext southAfrica = resolver.documentContext("南非总统访华。南非是金砖国家。中方在南苏丹、马里维和。南苏丹局势。");
        assertEquals("COUNTRY:ZA", keyAt(resolver.resolve("中南合作", Tagging.NONE, resolver.contextOf("中南合作", southAfrica)), "南"),
                "南非, though 南 and 非 are abbreviations both, counts for the state 南 stands for by default");
    }

    @Test
    void aShortCountryNameInsideACompoundIsOneParty() {
        List<Mention> mentions = resolve("双方就深化中印尼全面战略伙伴关系交换意见。");
        assertEquals("COUNTRY:CN", keyAt(mentions, "中"));
        assertEquals("COUNTRY:ID", keyAt(mentions, "印尼"));
        assertEquals("none", keyAt(mentions, "印"));
        assertEquals("none", keyAt(mentions, "尼"));
    }

    @Test
    void namesDoNotRunIntoTheNextWord() {
        assertEquals("COUNTRY:JP", keyAt(resolve("日本国民对此十分关注。"), "日本"));
        assertEquals("none", keyAt(resolve("日本国民对此十分关注。"), "日本国"));
        assertEquals("ORGANIZATION:MFA-CN", keyAt(resolve("外交部发言人表示欢迎。"), "外交部"));
        assertEquals("COUNTRY:US", keyAt(resolve("美国民众对此十分关注。"), "美国"), "two-character names keep 国");
        assertEquals("none", keyAt(resolve("摒弃冷战思维。"), "冷战"), "a mindset named after an event is not the event");
        assertEquals("none", keyAt(resolve("我们不寻求新冷战，也不会形成新的冷战。"), "冷战"), "a feared repetition is not the event");
        assertEquals("EVENT:COLD-WAR", keyAt(resolve("冷战结束以来，世界格局深刻演变。"), "冷战"));
    }

    @Test
    void theOneCharacterPartyNameOnlyBeforeItsWords() {
        assertEquals("ORGANIZATION:CPC", keyAt(resolve("把党和国家的关心爱护传递到每一个人。"), "党"));
        assertEquals("ORGANIZATION:CPC-CC", keyAt(resolve("在以习近平同志为核心的党中央坚强领导下。"), "党中央"));
        assertEquals("none", keyAt(resolve("两党关系源远流长。"), "党"));
    }

    @Test
    void nerSpansOfEventsAndPeopleAreCleanedUp() {
        String sentence = "秦刚同拜登会见，欢迎各国参加杭州亚运会，百年变局加速演进。";
        List<NerSpan> ner = List.of(
                new NerSpan(2, 5, "同拜登", "PERSON"),
                new NerSpan(14, 19, "杭州亚运会", "ORGANIZATION"),
                new NerSpan(20, 24, "百年变局", "ORGANIZATION"));
        List<Mention> mentions = resolver.resolve(sentence, new Tagging(ner, null, null));
        assertEquals("PERSON:拜登", keyAt(mentions, "拜登"));
        assertEquals("none", keyAt(mentions, "同拜登"));
        assertEquals(EntityType.EVENT, mentions.stream().filter(m -> m.surface().contains("亚运会")).findFirst().orElseThrow().entity().type());
        assertEquals("none", keyAt(mentions, "百年变局"));
    }

    @Test
    void aVerbGluedToTheForeignNameAfterItIsNoPartOfTheName() {
        String sentence = "我感谢德斯科托主席的邀请。";
        List<Mention> mentions = resolver.resolve(sentence, new Tagging(List.of(new NerSpan(1, 6, "感谢德斯科托", "GPE")), null, null));
        assertEquals("PERSON:德斯科托", keyAt(mentions, "德斯科托"));
        assertEquals("none", keyAt(mentions, "感谢德斯科托"));
    }

    @Test
    void aRoundOfTradeTalksIsKnownByTheNameTheMinistryUses() {
        assertEquals("EVENT:DOHA-ROUND", keyAt(resolve("各方应推动多哈回合谈判早日取得成果。"), "多哈回合谈判"));
    }

    @Test
    void meetingsNamedBySessionOrPlaceAreEvents() {
        assertEquals("EVENT:第二十四次中国—欧盟领导人会晤", keyAt(resolve("双方将举办第二十四次中国—欧盟领导人会晤。"), "第二十四次中国—欧盟领导人会晤"));
        assertEquals("EVENT:世贸组织第十三届部长级会议", keyAt(resolve("上个月，世贸组织第十三届部长级会议在阿布扎比闭幕。"), "世贸组织第十三届部长级会议"));
        assertEquals("EVENT:上合组织阿斯塔纳峰会", keyAt(resolve("中方支持哈方办好上合组织阿斯塔纳峰会。"), "上合组织阿斯塔纳峰会"));
        assertEquals("EVENT:第五十四届联合国大会一般性辩论", keyAt(resolve("部长在第54届联合国大会一般性辩论中发言。"), "第54届联合国大会一般性辩论"),
                "a session's general debate, not the session");
        assertEquals("none", keyAt(resolve("中方支持哈方办好上合组织阿斯塔纳峰会。"), "上合组织"), "a name inside the event's name is no mention");
        assertEquals("EVENT:NPC-14-2", keyAt(resolve("十四届全国人大二次会议3月7日举行记者会。"), "十四届全国人大二次会议"));
        assertEquals("EVENT:NPC-13-3", keyAt(resolve("第十三届全国人民代表大会第三次会议开幕。"), "第十三届全国人民代表大会第三次会议"));
        assertEquals("EVENT:NPC-SC-7-23", keyAt(resolve("第七届全国人民代表大会常务委员会第二十三次会议通过了该法。"),
                "第七届全国人民代表大会常务委员会第二十三次会议"), "a session of the Standing Committee, numbered past ten");
        assertEquals("none", keyAt(resolve("第七届全国人民代表大会常务委员会第二十三次会议通过了该法。"), "全国人民代表大会常务委员会"),
                "the committee inside its session's name is no mention");
        assertEquals("EVENT:NPC-SC-11-9", keyAt(resolve("十一届全国人大常委会第九次会议闭幕。"), "十一届全国人大常委会第九次会议"));
        assertEquals("EVENT:中俄文化年", keyAt(resolve("今明两年是中俄文化年。"), "中俄文化年"));
        assertEquals("EVENT:中国—东盟领导人会议", keyAt(resolve("中方将出席中国—东盟领导人会议。"), "中国—东盟领导人会议"));
        assertEquals("EVENT:第二十六届联合国大会", keyAt(resolve("50年前，第二十六届联合国大会通过决议。"), "第二十六届联合国大会"));
        assertEquals("none", keyAt(resolve("50年前，第二十六届联合国大会通过决议。"), "联合国大会"));
        assertEquals("none", keyAt(resolve("我们举办了第一次会议。"), "第一次会议"), "an unnamed meeting is no event");
        assertEquals("none", keyAt(resolve("两国元首举行年内第二次视频会晤。"), "第二次视频会晤"), "nor one named only by how it is held");
    }

    @Test
    void citiesCoreNlpFindsBecomeRegionsButNeverCountries() {
        String sentence = "习近平主席在丹佛同拜登总统会晤，并访问了奥伦堡。";
        List<NerSpan> ner = List.of(new NerSpan(6, 8, "丹佛", "CITY"), new NerSpan(20, 23, "奥伦堡", "CITY"),
                new NerSpan(0, 2, "习近", "GPE"));
        List<Mention> mentions = resolver.resolve(sentence, new Tagging(ner, null, null));
        assertEquals("REGION:丹佛", keyAt(mentions, "丹佛"));
        assertEquals("REGION:奥伦堡", keyAt(mentions, "奥伦堡"));
        assertEquals("none", keyAt(mentions, "习近"), "a GPE fragment that does not end as places do");
        assertEquals("none", keyAt(resolver.resolve("群岛局势趋于缓和。", new Tagging(List.of(new NerSpan(0, 2, "群岛", "LOCATION")), null, null)), "群岛"),
                "an ending alone is no name");
        assertEquals("none", keyAt(resolver.resolve("中南关系发展良好。", new Tagging(List.of(new NerSpan(0, 2, "中南", "CITY")), null, null)), "中南"),
                "a compound of abbreviations is no city");
        assertEquals("REGION:马尔维纳斯群岛", keyAt(segmented("通过谈判和平解决马尔维纳斯群岛问题。"), "马尔维纳斯群岛"),
                "the islands are the place CoreNLP tagged without its feature word");
    }

    @Test
    void portugalAndKazakhstanAreAbbreviatedInCompounds() {
        assertEquals("COUNTRY:PT", keyAt(segmented("中葡两国政府在北京互换了批准书。"), "葡"), "中葡 with no 葡萄牙 named in full");
        List<Mention> kazakh = segmented("哈尔滨是一座美丽的城市，中哈关系发展顺利。");
        assertEquals("COUNTRY:KZ", keyAt(kazakh, "哈"), kazakh.toString());
        assertTrue(keyAt(kazakh, "哈尔滨").startsWith("REGION:"), "哈 of 哈尔滨 is no Kazakhstan: " + kazakh);
    }

    @Test
    void aDateBeforeANameIsNoPartOfIt() {
        List<Mention> bridge = segmented("1990年9月北疆铁路同土西铁路接轨，1992年12月新亚欧大陆桥正式开办国际集装箱运输。");
        assertTrue(bridge.stream().noneMatch(m -> m.surface().startsWith("1992年") || m.surface().startsWith("1990年")), bridge.toString());
        assertTrue(keyAt(bridge, "新亚欧大陆桥").startsWith("INITIATIVE:"), bridge.toString());
        List<Mention> visit = segmented("谢瓦尔德纳泽外长本月初访华期间，两国外长就柬埔寨问题进行了讨论。");
        assertEquals("none", keyAt(visit, "本月初"), "a time after a title is no person's name");
        assertTrue(keyAt(visit, "谢瓦尔德纳泽").startsWith("PERSON:"), visit.toString());
        // 本月/NT 初日夫科夫/NR, tagged PERSON whole: the time the segmenter glued to the name is no part of it
        List<Mention> glued = segmented("本月初日夫科夫同志也访问了中国。");
        assertEquals("PERSON:日夫科夫", keyAt(glued, "日夫科夫"), glued.toString());
        assertTrue(glued.stream().noneMatch(m -> m.surface().startsWith("本月")), glued.toString());
        List<Mention> premier = segmented("周恩来总理于1957年访问波兰。");
        assertEquals("PERSON:周恩来", keyAt(premier, "周恩来"), "a family name that is also a word of time stays: " + premier);
    }

    @Test
    void thanksAnOccasionAndTheCarbonGoalsTaggedPersonAreNoNames() {
        String thanks = "谢谢唐外长，此次访问实现碳达峰目标。";
        List<NerSpan> ner = List.of(new NerSpan(0, 3, "谢谢唐", "PERSON"), new NerSpan(6, 8, "此次", "PERSON"),
                new NerSpan(12, 15, "碳达峰", "PERSON"));
        List<Mention> mentions = resolver.resolve(thanks, new Tagging(ner, null, null));
        assertTrue(mentions.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON), mentions.toString());
        String counted = "去年，四国外长在利马举行了会晤。";
        List<Mention> parties = resolver.resolve(counted, new Tagging(List.of(new NerSpan(3, 5, "四国", "PERSON")), null, null));
        assertTrue(parties.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON), "parties counted: " + parties);
    }

    @Test
    void fragmentsOfOrdinaryWordsAreNoNames() {
        List<Mention> newEra = segmented("新南非已经走过了二十年的历程。");
        assertEquals("COUNTRY:ZA", keyAt(newEra, "南非"));
        assertEquals("none", keyAt(newEra, "新"), "新 of 新南非 is \"new\", not Singapore");
        List<Mention> round = segmented("中国愿意参加乌拉圭回合的各项谈判。");
        assertEquals("INITIATIVE:URUGUAY-ROUND", keyAt(round, "乌拉圭回合"), "加 of 参加 is no party before a state's full name");
        List<Mention> peninsula = segmented("中国主张半岛无核化，也主张维护半岛和平。");
        assertTrue(peninsula.stream().noneMatch(m -> m.surface().startsWith("主张")), "a verb CoreNLP tagged with a place is no part of it");
    }

    @Test
    void aMonthOrDayBeforeANameIsNoPartOfIt() {
        List<Mention> found = segmented("今年5月东南亚能源开发组织正式成立。");
        assertTrue(found.stream().noneMatch(m -> m.surface().contains("5月")), found.toString());
    }

    @Test
    void aForeignPersonAfterTheirOfficeIsAPerson() {
        List<Mention> found = resolve("欧洲投资银行行长霍耶尔也表示，美国财政部长耶伦将访华。");
        assertEquals("PERSON:霍耶尔", keyAt(found, "霍耶尔"));
        assertEquals("PERSON:耶伦", keyAt(found, "耶伦"));
        assertEquals("none", keyAt(resolve("美国财长姆努钦率团访华。"), "姆努"), "a name is not read cut short");
        assertEquals("COUNTRY:BR", keyAt(resolve("代表巴西发言。"), "巴西"), "a known name stays what it names");
    }

    @Test
    void chinasRegionalStrategiesAndAnEpidemicByItsFullNameAreListed() {
        List<Mention> found = resolve("实施西部大开发和中部崛起战略，战胜了非典型肺炎疫情。");
        assertEquals("INITIATIVE:WESTERN-DEVELOPMENT", keyAt(found, "西部大开发"));
        assertEquals("INITIATIVE:RISE-OF-CENTRAL-CHINA", keyAt(found, "中部崛起"));
        assertEquals("EVENT:SARS", keyAt(found, "非典型肺炎疫情"));
    }

    @Test
    void theTownsThatHostRecurringSummitsArePlaces() {
        List<Mention> towns = resolve("主席先后赴戛纳和夏威夷出席峰会，总理则在华欣出席东亚峰会。");
        assertEquals("REGION:cannes", keyAt(towns, "戛纳"));
        assertEquals("REGION:hawaii", keyAt(towns, "夏威夷"));
        assertEquals("REGION:hua-hin", keyAt(towns, "华欣"));
        List<Mention> ports = resolve("双方同意扩大霍尔果斯口岸和吉隆的过货能力。");
        assertEquals("REGION:khorgos", keyAt(ports, "霍尔果斯口岸"));
        assertEquals("REGION:gyirong", keyAt(ports, "吉隆"), "China's land ports are places too");
        assertEquals("REGION:kuala-lumpur", keyAt(resolve("会议在吉隆坡举行。"), "吉隆坡"), "not 吉隆 of 吉隆坡");
    }

    @Test
    void theSitesOfTheNuclearIssuesArePlacesOfTheirStates() {
        List<Mention> sites = resolve("朝方宣布关闭宁边核设施，伊朗则暂停福尔多的浓缩活动。");
        assertEquals("REGION:yongbyon", keyAt(sites, "宁边核设施"));
        assertEquals("REGION:fordow", keyAt(sites, "福尔多"));
    }

    @Test
    void aNameAloneInQuotationMarksIsATermNotAPerson() {
        assertEquals("none", keyAt(resolveTagged("美韩决定部署“萨德”，中方坚决反对。"), "萨德"));
        assertEquals("PERSON:萨德", keyAt(resolveTagged("美韩决定部署萨德，中方坚决反对。"), "萨德"), "without the marks the tagger's reading stands");
    }

    @Test
    void aForeignPersonBeforeTheirOfficeIsAPerson() {
        assertEquals("PERSON:卡里姆", keyAt(resolve("卡里姆总统下周将对中国进行国事访问。"), "卡里姆"));
        assertEquals("PERSON:卡里姆", keyAt(resolve("中方欢迎卡里姆总统访华。"), "卡里姆"), "after a word that comes before names");
        assertEquals("COUNTRY:MV", keyAt(resolve("中方欢迎马尔代夫总统访华。"), "马尔代夫"), "a known name stays what it names");
        assertEquals("none", keyAt(resolve("中方欢迎马尔代夫总统访华。"), "尔代夫"), "nor is part of it read");
        assertEquals("none", keyAt(resolve("他说卡里姆总统将访华。"), "卡里姆"), "where no name can begin, none is read");
        assertEquals(List.of(), resolve("谢谢总理先生。"), "thanks, not a name");
    }

    @Test
    void toChinaIsNoPerson() {
        assertEquals("none", keyAt(resolver.resolve("奥巴马总统来华出席会议。",
                new Tagging(List.of(new NerSpan(6, 8, "来华", "PERSON")), null, null)), "来华"));
    }

    @Test
    void partyCongressesThemedYearsAndABodysYearlyMeeting() {
        assertEquals("EVENT:CPC-19", keyAt(resolve("党的十九大以来，中国外交开拓进取。"), "十九大"));
        assertEquals("EVENT:CPC-20", keyAt(resolve("党的二十大胜利召开。"), "二十大"), "a congress numbered past twenty");
        assertEquals("EVENT:NPC-20-1", keyAt(resolve("二十届全国人大一次会议闭幕。"), "二十届全国人大一次会议"), "an NPC term past twenty alike");
        assertEquals("EVENT:CPC-18", keyAt(resolve("去年召开的中国共产党第十八次全国代表大会作出了部署。"), "中国共产党第十八次全国代表大会"),
                "the full name is the same congress");
        assertEquals("EVENT:CPC-20", keyAt(resolve("今年下半年，中国共产党将召开第二十次全国代表大会。"), "第二十次全国代表大会"),
                "the party named before it in the sentence");
        assertFalse(resolve("越南共产党第十三次全国代表大会顺利召开。").stream().anyMatch(m -> m.entity().key().startsWith("CPC")),
                "another party's congress is not China's");
        assertEquals("none", keyAt(resolve("中非合作论坛八大行动顺利实施。"), "八大"), "八大行动 is no congress");
        List<Mention> plenums = resolve("党的十九届六中全会和二十届三中全会都作出了部署。");
        assertEquals("EVENT:CPC-19-6", keyAt(plenums, "党的十九届六中全会"), "a plenum of the Central Committee, with the party");
        assertEquals("EVENT:CPC-20-3", keyAt(plenums, "二十届三中全会"), "and without");
        assertEquals("EVENT:CPC-20-3", keyAt(resolve("中国共产党第二十届中央委员会第三次全体会议在北京举行。"),
                "中国共产党第二十届中央委员会第三次全体会议"), "the full name is the same plenum");
        assertEquals("EVENT:中非人文交流年", keyAt(resolve("双方决定举办中非人文交流年。"), "中非人文交流年"));
        assertEquals("EVENT:博鳌亚洲论坛2021年年会", keyAt(resolve("博鳌亚洲论坛2021年年会在海南举行。"), "博鳌亚洲论坛2021年年会"));
        List<Mention> found = resolve("王毅同老挝、泰国两国外长在昆明出席澜湄合作第七次外长会。");
        assertEquals("COUNTRY:TH", keyAt(found, "泰国"), "a clause before a numbered meeting is not its name");
        assertEquals("EVENT:澜湄合作第七次外长会", keyAt(found, "澜湄合作第七次外长会"));
    }

    @Test
    void statesThatNoLongerExistAndCitiesByCategory() {
        List<Mention> found = resolve("1987年，美苏关系缓和，苏联解体后条约由俄罗斯继承；会议在日内瓦和大阪举行。");
        assertEquals("COUNTRY:SU", keyAt(found, "苏联"));
        assertEquals("COUNTRY:SU", keyAt(found, "苏"));
        assertEquals("REGION:geneva", keyAt(found, "日内瓦"));
        assertEquals("REGION:osaka", keyAt(found, "大阪"));
        assertEquals("REGION:ufa", keyAt(resolve("上合组织峰会在乌法举行。"), "乌法"), "a summit's host city");
    }

    @Test
    void anniversariesOfWhatEveryKindOfPartyDid() {
        assertEquals("EVENT:哈萨克斯坦独立30周年", keyAt(resolve("今天是哈萨克斯坦独立30周年纪念日。"), "哈萨克斯坦独立30周年"),
                "a state's independence; the day itself (纪念日) is not in the name");
        assertEquals("EVENT:万隆会议召开70周年", keyAt(resolve("各国共同纪念万隆会议召开70周年。"), "万隆会议召开70周年"));
        assertEquals("EVENT:和平共处五项原则发表70周年", keyAt(resolve("明年是和平共处五项原则发表70周年。"), "和平共处五项原则发表70周年"));
        assertEquals("EVENT:改革开放45周年", keyAt(resolve("今年是中国改革开放45周年。"), "改革开放45周年"),
                "a known programme counts years without a verb");
        assertEquals("none", keyAt(resolve("两国将迎来建交35周年。"), "两国将迎来建交35周年"), "no party named: no anniversary");
        assertEquals("none", keyAt(resolve("我们迎来了结束35周年。"), "结束35周年"), "no known programme before the years");
        assertEquals("EVENT:中国人民抗日战争暨世界反法西斯战争胜利80周年纪念活动",
                keyAt(resolve("中方将举办中国人民抗日战争暨世界反法西斯战争胜利80周年纪念活动。"),
                        "中国人民抗日战争暨世界反法西斯战争胜利80周年纪念活动"), "two wars joined by 暨, and the commemoration held for them");
        assertEquals("EVENT:庆祝中华人民共和国成立70周年大会",
                keyAt(resolve("北京隆重举行庆祝中华人民共和国成立70周年大会。"), "庆祝中华人民共和国成立70周年大会"),
                "a gathering held for an anniversary is named by what it does");
        assertEquals("EVENT:纪念卫国战争胜利70周年庆典",
                keyAt(resolve("习近平主席赴莫斯科出席纪念卫国战争胜利70周年庆典。"), "纪念卫国战争胜利70周年庆典"));
        assertEquals("EVENT:中俄建交75周年", keyAt(resolve("双方共同庆祝中俄建交75周年。"), "中俄建交75周年"),
                "celebrating an anniversary, no gathering: the anniversary alone");
    }

    @Test
    void aBodysNumberedMeetingKeepsTheBodysWholeNameButNotTheClauseBeforeIt() {
        assertEquals("EVENT:中印边界问题双边磋商机制第三次会议",
                keyAt(resolve("双方同意召开中印边界问题双边磋商机制第三次会议。"), "中印边界问题双边磋商机制第三次会议"));
        List<Mention> hosted = resolve("明年，中国将在上海主办伊斯坦布尔进程第九次外长会。");
        assertEquals("EVENT:伊斯坦布尔进程第九次外长会", keyAt(hosted, "伊斯坦布尔进程第九次外长会"), "主办 begins a clause, not a name: " + hosted);
        assertEquals("EVENT:中国—东盟商务理事会第五次会议", keyAt(resolve("中国—东盟商务理事会第五次会议在南宁举行。"),
                "中国—东盟商务理事会第五次会议"), "China joined by a dash to the body");
        assertEquals("EVENT:中蒙矿产与能源合作委员会第四次会议", keyAt(resolve("双方举行了中蒙矿产与能源合作委员会第四次会议。"),
                "中蒙矿产与能源合作委员会第四次会议"), "与 joins two of the body's own words");
        assertEquals("EVENT:中越经贸联委会第十次会议", keyAt(resolve("两国将于年底召开中越经贸联委会第十次会议。"),
                "中越经贸联委会第十次会议"), "a joint commission by its short form");
        assertEquals("EVENT:中越陆地边界管理和协调工作机制第五次会议",
                keyAt(resolve("中越陆地边界管理和协调工作机制第5次会议在新德里举行。"), "中越陆地边界管理和协调工作机制第5次会议"),
                "a mechanism's long name");
        assertEquals("none", keyAt(resolve("中国与东盟外长第九次会议"), "中国与东盟外长第九次会议"),
                "与 before another party joins two parties, not words of one name");
    }

    @Test
    void aNamedStormIsAnEventNamedKindFirst() {
        assertEquals("EVENT:台风玲玲", keyAt(resolve("中方对越南遭受台风“玲玲”袭击表示慰问。"), "台风“玲玲”"));
        assertEquals("EVENT:热带气旋玲玲", keyAt(resolve("莫桑比克遭受“玲玲”热带气旋重创。"), "“玲玲”热带气旋"),
                "the name in quotation marks before its kind");
    }

    @Test
    void aNumberedSummitOfABodysMembersOrOfAQuotedGrouping() {
        assertEquals("EVENT:东盟成员国领导人第九次会晤", keyAt(resolve("东盟成员国领导人第九次会晤将于下月举行。"), "东盟成员国领导人第九次会晤"));
        assertEquals("EVENT", keyAt(resolve("“中国+中亚五国”外长第五次会晤在西安举行。"), "“中国+中亚五国”外长第五次会晤").split(":")[0],
                "a grouping in quotation marks, its parties joined by +");
    }

    @Test
    void theMillenniumInAMeetingsName() {
        assertEquals("EVENT:联合国千年首脑会议", keyAt(segmented("各国领导人出席联合国千年首脑会议并发表讲话。"), "联合国千年首脑会议"));
    }

    @Test
    void aSummitNamedByWhoMetAndWhereOrHow() {
        assertEquals("EVENT:中越元首河内会晤", keyAt(resolve("两国元首去年举行了中越元首河内会晤。"), "中越元首河内会晤"));
        assertEquals("EVENT:中法德领导人视频会晤", keyAt(resolve("中法德领导人视频会晤达成重要共识。"), "中法德领导人视频会晤"));
        assertEquals("EVENT:上海合作组织成员国元首比什凯克会晤", keyAt(resolve("上海合作组织成员国元首比什凯克会晤取得成功。"),
                "上海合作组织成员国元首比什凯克会晤"), "a body's members' heads meet at a place");
        assertEquals("none", keyAt(resolve("两国外长曾在河内会晤。"), "河内会晤"), "where they met, no summit's name");
        assertEquals("none", keyAt(resolve("两国领导人举行视频会晤。"), "视频会晤"), "how they met, no summit's name");
    }

    @Test
    void frameworksNamedByAQuotedFormula() {
        assertEquals("INITIATIVE:1+5", keyAt(resolve("双方将落实以能源合作为重点的“1+5”合作布局。"), "1+5"));
        assertEquals("INITIATIVE:2+9合作框架", keyAt(resolve("中方提出了中国—东盟“2+9合作框架”。"), "2+9合作框架"));
        assertEquals("INITIATIVE:572", keyAt(resolve("中方愿同非方落实“572”合作框架。"), "572"));
        assertEquals("none", keyAt(resolve("遇到困难可拨打“12308”领事保护热线。"), "12308"), "a hotline's number is no framework");
    }

    @Test
    void worksNamedByAPlaceOrACoinedNameAndTheirHead() {
        assertEquals("INITIATIVE:瓦拉塔光伏电站", keyAt(segmented("中国企业承建的瓦拉塔光伏电站已经投入运营。"), "瓦拉塔光伏电站"));
        assertEquals("INITIATIVE:埃斯特雷拉—潘塔莱昂大桥", keyAt(segmented("双方欢迎埃斯特雷拉—潘塔莱昂大桥开工。"), "埃斯特雷拉—潘塔莱昂大桥"));
        assertEquals("none", keyAt(segmented("双方将推进当前中拉重大合作项目。"), "当前中拉重大合作项目"), "项目 is no head: it takes in the clause");
        assertTrue(segmented("两国领导人共同出席瓜达尔港开港仪式。").stream().noneMatch(m -> m.surface().endsWith("开港")),
                "开港 (opening a port) is a common word, not a place named by its head");
    }

    @Test
    void peopleTheMinistryNamesByTheirShortForm() {
        assertEquals("PERSON:安倍晋三", keyAt(resolve("安倍首相出席了会议。"), "安倍"));
        assertEquals("PERSON:谢尔盖·拉夫罗夫", keyAt(resolve("王毅同拉夫罗夫外长举行会谈。"), "拉夫罗夫"));
        assertEquals("ORGANIZATION:纳扎尔巴耶夫大学", keyAt(resolver.resolve("纳扎尔巴耶夫大学举办论坛。",
                new Tagging(List.of(new NerSpan(0, 8, "纳扎尔巴耶夫大学", "ORGANIZATION")), null, null)), "纳扎尔巴耶夫大学"),
                "a body named after a person is a body");
        String port = "两国领导人见证了汉班托塔港开通。";
        List<Mention> found = resolver.resolve(port, new Tagging(List.of(new NerSpan(8, 13, "汉班托塔港", "PERSON")), null, null));
        assertTrue(found.stream().noneMatch(m -> m.entity().type() == EntityType.PERSON), "a place's head ends no person's name: " + found);
    }

    @Test
    void everyFiveYearPlanByItsNumber() {
        assertEquals("INITIATIVE:FIVE-YEAR-12", keyAt(resolve("今年是“十二五”收官之年。"), "十二五"));
        assertEquals("INITIATIVE:FIVE-YEAR-15", keyAt(resolve("中国将制定第十五个五年规划。"), "第十五个五年规划"));
    }

    @Test
    void aYearOneStateHoldsInAnotherIsNamedAfterTheState() {
        List<Mention> found = resolve("明年是中国巴西文化年，也是巴西的“中国旅游年”。");
        assertEquals("EVENT:巴西文化年", keyAt(found, "巴西文化年"), "the state named last before the theme: " + found);
        assertEquals("EVENT:中国旅游年", keyAt(found, "中国旅游年"), "not the quotation mark before it");
        assertEquals("COUNTRY:BR", keyAt(found, "巴西"), "the state inside stays named");
        assertEquals("none", keyAt(resolve("两国举办了交流年活动。"), "两国举办了交流年"), "no state named");
        assertEquals("EVENT:2025老挝旅游年", keyAt(resolve("中方支持老方举办2025老挝旅游年。"), "2025老挝旅游年"),
                "a year written before the state, with no 年, belongs to the name");
    }

    @Test
    void themedYearsAndAnniversariesOfDialogueRelationsWithADashedPartner() {
        assertEquals("EVENT:中国—东盟文化交流年", keyAt(resolve("双方将办好中国—东盟文化交流年。"), "中国—东盟文化交流年"));
        assertEquals("EVENT:中国—东盟建立对话关系25周年", keyAt(resolve("今年是中国—东盟建立对话关系25周年。"), "中国—东盟建立对话关系25周年"));
        assertEquals("EVENT:中意建立全面战略伙伴关系20周年", keyAt(resolve("今年是中意建立全面战略伙伴关系20周年。"), "中意建立全面战略伙伴关系20周年"),
                "a partnership's anniversary is an anniversary too");
        assertEquals("EVENT:中国—东盟建立对话关系25周年特别外长会",
                keyAt(resolve("中国—东盟建立对话关系25周年特别外长会在北京举行。"), "中国—东盟建立对话关系25周年特别外长会"),
                "a meeting named after the anniversary is the event");
        assertEquals("EVENT:中韩建交25周年", keyAt(resolve("中韩建交25周年的会议在首尔举行。"), "中韩建交25周年"));
    }

    @Test
    void aStateTheGazetteerGivesNoAbbreviationIsAbbreviatedWhereTheTextNamesIt() {
        String named = "斐济总理将访华。双方将推动中斐合作，斐方表示欢迎。";
        AbbreviationContext document = resolver.documentContext(named + named);
        List<Mention> mentions = resolver.resolve("双方将推动中斐合作，斐方表示欢迎。", Tagging.NONE, document);
        assertEquals("COUNTRY:FJ", keyAt(mentions, "斐"));
        assertEquals("none", keyAt(resolve("双方将推动中斐合作。"), "斐"), "without the state named, 斐 stands for nothing");
        List<Mention> kenya = resolver.resolve("肯尼亚蒙内铁路建成通车。", Tagging.NONE, resolver.documentContext("肯尼亚肯尼亚"));
        assertEquals("COUNTRY:KE", keyAt(kenya, "肯尼亚"));
        assertEquals("none", keyAt(kenya, "蒙"), "a state's full name is never read as abbreviations");
        assertEquals("REGION:middle-east", keyAt(resolver.resolve("中东局势。", Tagging.NONE, resolver.documentContext("东帝汶东帝汶")),
                "中东"));
        String west = "西方国家对此表示关切。";
        List<Mention> spain = resolver.resolve(west, ChineseEntityTagger.shared().tag(west), resolver.documentContext("西班牙西班牙" + west));
        assertTrue(spain.stream().noneMatch(m -> m.entity().key().equals("ES")), "西方 is the West, not Spain's side");
    }

    @Test
    void editionsAndAnniversariesAreNamedAsWritten() {
        assertEquals("EVENT:首次中国—中亚外长会", keyAt(resolve("首次中国—中亚外长会在阿拉木图举行。"), "首次中国—中亚外长会"));
        assertEquals("none", keyAt(resolve("两国领导人举行首次面对面会晤。"), "首次面对面会晤"), "首次 here is an adverb");
        assertEquals("EVENT:中美经贸磋商机制首次会议", keyAt(resolve("中美经贸磋商机制首次会议在华盛顿举行。"), "中美经贸磋商机制首次会议"),
                "a named body's first meeting");
        assertEquals("EVENT:孟中印缅经济走廊联合工作组首次会议",
                keyAt(resolve("孟中印缅经济走廊联合工作组首次会议在昆明举行。"), "孟中印缅经济走廊联合工作组首次会议"), "孟 is Bangladesh in a compound");
        assertEquals("none", keyAt(resolve("这是两国领导人首次会晤。"), "两国领导人首次会晤"), "no body named before 首次");
        assertEquals(List.of(), resolve("这是论坛成立以来第三次举行峰会。").stream().filter(m -> m.entity().type() == EntityType.EVENT).toList());
        assertEquals("EVENT:赫尔辛基进程第五次外长会", keyAt(resolve("赫尔辛基进程第五次外长会在北京举行。"), "赫尔辛基进程第五次外长会"));
        assertEquals("EVENT:第二届中国—非洲经贸合作论坛部长级会议",
                keyAt(resolve("第二届中国—非洲经贸合作论坛部长级会议在开罗举行。"), "第二届中国—非洲经贸合作论坛部长级会议"));
        String fiji = "今年是中斐建交50周年。";
        assertEquals("EVENT:中斐建交50周年", keyAt(resolver.resolve(fiji, Tagging.NONE, resolver.documentContext("斐济斐济" + fiji)),
                "中斐建交50周年"));
    }

    @Test
    void aForeignNameCutByTheSegmenterOrJoinedToAnInvitationIsReadWhole() {
        // 阿卜杜拉/NR 希扬/VV: the name goes on past the listed 阿卜杜拉; 应拉马福萨/NR: 应 (at the invitation of) is not his
        List<Mention> call = segmented("昨天，王毅同伊朗外长阿卜杜拉希扬通电话。");
        assertEquals("PERSON:阿卜杜拉希扬", keyAt(call, "阿卜杜拉希扬"), call.toString());
        List<Mention> invitation = segmented("应拉马福萨总统邀请，李强总理将出席峰会。");
        assertTrue(invitation.stream().anyMatch(m -> m.surface().equals("拉马福萨") && m.entity().type() == EntityType.PERSON), invitation.toString());
        assertTrue(invitation.stream().noneMatch(m -> m.surface().startsWith("应")), invitation.toString());
    }

    @Test
    void aVersionOfAKnownAgreementIsAnAgreementOfItsOwn() {
        assertEquals("AGREEMENT:中国—东盟自由贸易区3.0版", keyAt(resolve("双方同意尽早完成中国—东盟自贸区3.0版谈判。"),
                "中国—东盟自贸区3.0版"), "named by the agreement's canonical name, however it is written");
        assertEquals("AGREEMENT:中国—东盟自由贸易区3.0版", keyAt(resolve("中国—东盟自由贸易区3.0版将于明年生效。"),
                "中国—东盟自由贸易区3.0版"));
        assertEquals("INITIATIVE:CHINA-ASEAN-FTA", keyAt(resolve("中国—东盟自贸区运行良好。"), "中国—东盟自贸区"),
                "the free-trade area itself, without a version, is a programme");
        assertEquals("none", keyAt(resolve("我们发布了报告2.0版。"), "报告2.0版"), "a version of no known agreement");
    }

    @Test
    void aConsensusNamedByItsCountOfPointsIsAnAgreement() {
        assertEquals("AGREEMENT:四点共识", keyAt(resolve("两国领导人达成“四点共识”。"), "四点共识"));
        assertEquals("none", keyAt(resolve("双方同意落实两国元首达成的重要共识。"), "共识"), "a plain consensus names nothing");
    }

    @Test
    void theTwoRoadsJoinedByAndAreEachTheirOwnInitiative() {
        List<Mention> both = resolve("中方欢迎各国参与丝绸之路经济带和21世纪海上丝绸之路建设。");
        assertEquals("INITIATIVE:SREB", keyAt(both, "丝绸之路经济带"));
        assertEquals("INITIATIVE:MSR", keyAt(both, "21世纪海上丝绸之路"));
    }

    @Test
    void aVerbGluedToAKnownPersonsNameIsLeftOut() {
        String sentence = "习近平主席感谢马塔雷拉总统的热情接待。"; // CoreNLP tags 感谢马塔雷拉 one PERSON
        List<Mention> mentions = resolveTagged(sentence);
        assertEquals("PERSON:塞尔焦·马塔雷拉", keyAt(mentions, "马塔雷拉"));
        assertEquals("none", keyAt(mentions, "感谢马塔雷拉"));
    }

    @Test
    void aTitleInBracketsEndingAsADocumentDoesIsAnAgreementHoweverLong() {
        String title = "中华人民共和国和哈萨克斯坦共和国在两国建交30周年之际关于进一步深化全面战略伙伴关系的联合声明";
        assertEquals("AGREEMENT:" + title, keyAt(resolve("两国元首共同签署《" + title + "》。"), title));
        assertEquals("AGREEMENT:未来契约", keyAt(resolve("联合国大会通过了《未来契约》。"), "未来契约"), "a pact");
        assertEquals("AGREEMENT:中老关于新时代合作的共同展望", keyAt(resolve("双方发表了《中老关于新时代合作的共同展望》。"),
                "中老关于新时代合作的共同展望"), "an outlook parties adopt together");
    }

    @Test
    void aTitleGluedToAForeignNameIsLeftOutOfThePerson() {
        String sentence = "卡塔尔埃米尔塔米姆正在对中国进行国事访问。"; // CoreNLP reads 埃米尔塔米姆 as one place
        List<Mention> mentions = resolveTagged(sentence);
        assertEquals("PERSON:塔米姆", keyAt(mentions, "塔米姆"));
        assertEquals("none", keyAt(mentions, "埃米尔塔米姆"));
    }

    @Test
    void aKindOfBodyCoreNlpTagsAsAnOrganizationIsNoNewBody() {
        // CoreNLP tags the second 开发银行 ORGANIZATION (a development set's sentence)
        String sentence = "亚投行同世界银行、亚洲开发银行等现有多边开发银行是互补而不是竞争的关系。";
        List<Mention> mentions = resolveTagged(sentence);
        assertEquals("none", keyAt(mentions, "开发银行"));
        assertEquals("ORGANIZATION:AIIB", keyAt(mentions, "亚投行"));
    }

    @Test
    void aStateBeforeItsKnownBodyAndAJoinerGluedToItAreNoNewName() {
        // CoreNLP glues 同 to the body before it (大会同/NR) in the second sentence
        List<Mention> first = resolveTagged("中国全国人民代表大会同缅甸联邦议会加强交流。");
        assertEquals("COUNTRY:CN", keyAt(first, "中国"));
        assertEquals("ORGANIZATION:NPC", keyAt(first, "全国人民代表大会"), "the known body, not an event read by 大会");
        List<Mention> second = resolveTagged("双方支持中国全国人民代表大会同乌兹别克斯坦共和国最高会议交往。");
        assertEquals("ORGANIZATION:NPC", keyAt(second, "全国人民代表大会"));
        assertEquals("ORGANIZATION:乌兹别克斯坦共和国最高会议", keyAt(second, "乌兹别克斯坦共和国最高会议"), "two bodies, not one");
    }

    @Test
    void aNumberedMeetingIsNamedByTheIssueTheRegionsStatesOrTheTreatyBeforeItsNumber() {
        assertEquals("EVENT:中印边界问题特别代表第十五次会晤",
                keyAt(resolve("中印边界问题特别代表第十五次会晤于去年1月在新德里举行。"), "中印边界问题特别代表第十五次会晤"), "talks on an issue");
        assertEquals("EVENT:叙利亚问题第二次日内瓦会议", keyAt(resolve("叙利亚问题第二次日内瓦会议即将召开。"), "叙利亚问题第二次日内瓦会议"));
        assertEquals("EVENT:中国—中亚五国外长第二次会晤", keyAt(resolve("王毅将出席中国—中亚五国外长第二次会晤。"), "中国—中亚五国外长第二次会晤"),
                "a region's states counted");
        List<Mention> treaty = resolve("双方在苏州举行了落实《南海各方行为宣言》第六次高官会。");
        assertEquals("EVENT:落实南海各方行为宣言第六次高官会", keyAt(treaty, "落实《南海各方行为宣言》第六次高官会"));
        assertEquals("AGREEMENT:DOC", keyAt(treaty, "南海各方行为宣言"), "the treaty carried out is named too");
        assertEquals("none", keyAt(resolve("大家就边界问题第二次会晤的安排交换了意见。"), "边界问题第二次会晤"), "an issue of no party names none");
        assertEquals("EVENT:东亚峰会外长会", keyAt(resolve("王毅出席东亚峰会外长会。"), "东亚峰会外长会"), "a summit series' ministers' meeting");
    }

    @Test
    void aKnownNameWrittenWithQuotationMarksInsideIsReadThroughThem() {
        assertEquals("INITIATIVE:MIDDLE-EAST-ROAD-MAP", keyAt(resolve("中方支持中东和平“路线图”计划。"), "中东和平“路线图”计划"));
        assertEquals("INITIATIVE:BRI", keyAt(resolve("双方共建“一带一路”。"), "一带一路"), "a verb before a quoted name: the name alone");
        assertEquals("INITIATIVE:SUSPENSION-FOR-SUSPENSION", keyAt(segmented("中方提出“双暂停”倡议。"), "双暂停"),
                "a quoted name alone stays the name's mention");
    }

    @Test
    void aKnownSeriesFirstMeetingOfAKindIsNamedWhole() {
        assertEquals("EVENT:六方会谈首次工作组会议", keyAt(resolve("六方会谈首次工作组会议已在北京举行。"), "六方会谈首次工作组会议"));
        assertEquals("none", keyAt(resolve("两国领导人首次会晤。"), "两国领导人首次会晤"), "who meets for the first time names no meeting");
    }

    @Test
    void twoMeetingsJoinedAreTwoNames() {
        List<Mention> summits = resolve("中方积极参加了二十国集团伦敦峰会和匹兹堡峰会。");
        assertEquals("EVENT:G20-SUMMIT-2", keyAt(summits, "二十国集团伦敦峰会"));
        assertEquals("EVENT:G20-SUMMIT-3", keyAt(summits, "匹兹堡峰会"), "a summit joined by 和 is no place of the first");
        List<Mention> expo = segmented("李克强出席东盟博览会和中国—东盟商务与投资峰会。");
        assertEquals("EVENT:CHINA-ASEAN-EXPO", keyAt(expo, "东盟博览会"));
        assertEquals("EVENT:中国—东盟商务与投资峰会", keyAt(expo, "中国—东盟商务与投资峰会"), "博览会 before 和 ends a name of its own");
        assertEquals("EVENT:二十国集团财长和央行行长会议", keyAt(segmented("我们将出席二十国集团财长和央行行长会议。"), "二十国集团财长和央行行长会议"),
                "who meets, joined, stays one name");
    }

    @Test
    void barePeninsulaIsTheKoreanOneButNotInTheOutletsName() {
        assertEquals("REGION:korean-peninsula", keyAt(resolve("中方致力于实现半岛无核化。"), "半岛"));
        List<Mention> question = resolve("半岛电视台记者：中方如何看待半岛局势？");
        assertEquals("NEWS_ORGANIZATION:AL-JAZEERA", keyAt(question, "半岛电视台"));
        assertEquals(1, question.stream().filter(m -> m.entity().type() == EntityType.REGION).count(), question.toString());
        assertEquals("REGION:arabian-peninsula", keyAt(resolve("阿拉伯半岛局势趋缓。"), "阿拉伯半岛"));
    }

    @Test
    void anEstateIsAPlaceNamedWithoutTheStatesBeforeIt() {
        List<Mention> found = resolveTagged("两国元首在美国加利福尼亚州的安纳伯格庄园会晤。");
        assertEquals("REGION:安纳伯格庄园", keyAt(found, "安纳伯格庄园"));
        assertEquals("REGION:east-jerusalem", keyAt(resolve("支持建立以东耶路撒冷为首都的巴勒斯坦国。"), "东耶路撒冷"),
                "the capital in the ministry's standing position, not Jerusalem");
    }

    @Test
    void aProposalNamedByWhatItIsAboutAndItsCountOfPoints() {
        Mention fivePoints = resolve("我们提出实现中东安全稳定的五点倡议。").stream().filter(m -> m.surface().equals("五点倡议"))
                .findFirst().orElseThrow();
        assertEquals("实现中东安全稳定的五点倡议", fivePoints.entity().key(), "two proposals of one count on two matters stay two");
        assertEquals("五点倡议", fivePoints.entity().zhLabel(), "known by its count and what it is, as it is named again");
        assertEquals(List.of("实现中东安全稳定的五点倡议"), fivePoints.entity().aliases());
        assertEquals("INITIATIVE:实现中东安全稳定的五点倡议",
                keyAt(resolve("俄方欢迎中方提出的关于实现中东安全稳定的五点倡议。"), "五点倡议"), "关于 or not, one proposal");
        assertEquals("INITIATIVE:实现和平统一的九条方针", keyAt(resolve("他提出了实现和平统一的九条方针。"), "九条方针"),
                "points counted by 条, a policy's head");
        assertEquals("INITIATIVE:处理两国关系的八项原则建议", keyAt(resolve("我国代表团提出了处理两国关系的八项原则建议。"), "八项原则建议"));
        assertEquals("INITIATIVE:八点建议", keyAt(resolve("我们支持民柬联合政府本月提出的八点建议。"), "八点建议"),
                "a count alone, referred to as made");
        assertTrue(resolve("越方提出了一项建议。").stream().noneMatch(m -> m.entity().type() == EntityType.INITIATIVE),
                "one proposal is no named programme");
        assertEquals("INITIATIVE:支持东盟互联互通的六项新举措",
                keyAt(resolve("中方宣布了支持东盟互联互通的六项新举措。"), "支持东盟互联互通的六项新举措"), "measures counted, 的 before the count");
        assertEquals("INITIATIVE:对拉美合作五项政策措施",
                keyAt(resolve("中方认真落实领导人宣布的对拉美合作五项政策措施。"), "对拉美合作五项政策措施"), "policy measures counted");
        assertEquals("INITIATIVE:对东盟合作六项举措", keyAt(resolve("中方宣布的对东盟合作六项举措正在落实。"), "对东盟合作六项举措"),
                "no 的 before the count");
        assertTrue(resolve("中方宣布了六项举措。").stream().noneMatch(m -> m.entity().type() == EntityType.INITIATIVE),
                "measures by their count alone name none");
        assertEquals("INITIATIVE:中日关系四项原则", keyAt(resolve("他提出了和平友好、长期稳定的中日关系四项原则。"), "中日关系四项原则"),
                "principles counted, named by what they govern");
        assertEquals("INITIATIVE:八点和平建议", keyAt(resolve("民主柬埔寨联合政府提出的八点和平建议是合理的。"), "八点和平建议"),
                "a peace proposal by its count of points");
        assertTrue(resolve("我提出三点建议。").stream().noneMatch(m -> m.entity().type() == EntityType.INITIATIVE),
                "suggestions by their count alone name none");
        assertTrue(resolve("中方提出三点建议。").stream().noneMatch(m -> m.entity().type() == EntityType.INITIATIVE), "a count alone names none");
        assertEquals("INITIATIVE:四个应该", keyAt(resolve("习近平主席提出“四个应该”。"), "四个应该"), "quoted, a slogan by its count");
        assertEquals("none", keyAt(resolve("我们反对任何人在国际上搞“两个中国”。"), "两个中国"), "a count of a state is a position rejected");
        assertTrue(resolve("各方达成“五点共识”。").stream().noneMatch(m -> m.entity().type() == EntityType.INITIATIVE),
                "a counted consensus is an agreement");
    }

    @Test
    void aProposalNamedByWhatItWouldSetUp() {
        assertEquals("INITIATIVE:南亚无核区", keyAt(resolve("双方支持关于建立南亚无核区的主张。"), "南亚无核区"));
        assertEquals("INITIATIVE:北极和平、合作与无核区", keyAt(resolve("有的学者提出过关于建立北极和平、合作与无核区的设想。"),
                "北极和平、合作与无核区"), "a zone named with a list of what it is to be");
        assertTrue(resolve("中方赞成关于建立两国战略伙伴关系的建议。").stream().noneMatch(m -> m.entity().type() == EntityType.INITIATIVE),
                "a relationship proposed is no named programme");
    }

    @Test
    void aMeetingNamedWhereItsHoldingIsTold() {
        // CoreNLP reads verbs inside such names (可再生, 禁止): where the meeting is held gives the name's left edge
        assertEquals("EVENT:亚洲可再生能源部长级会议", keyAt(resolveTagged("上月在马尼拉举行的亚洲可再生能源部长级会议通过了宣言。"),
                "亚洲可再生能源部长级会议"));
        assertEquals("EVENT:南太平洋禁止核试验国际会议", keyAt(resolveTagged("去年，南太平洋禁止核试验国际会议在惠灵顿召开。"),
                "南太平洋禁止核试验国际会议"), "the subject of a clause telling where it is held, the time before it left out");
        assertEquals("EVENT:美苏首脑会晤", keyAt(resolveTagged("美苏首脑会晤定于下月在冰岛举行。"), "美苏首脑会晤"),
                "two parties abbreviated say which meeting");
        assertEquals("EVENT:七国集团同非洲国家领导人对话会议", keyAt(resolveTagged("上月在罗马举行的七国集团同非洲国家领导人对话会议通过了声明。"),
                "七国集团同非洲国家领导人对话会议"), "对 of 对话 is a name's word, not a clause's");
        Map<String, String> noName = Map.of("这是在曼谷举行的一次重要会议。", "一次重要会议", "论坛第五届部长级会议将于明年在开罗举行。",
                "论坛第五届部长级会议", "审议大会将于明年举行。", "审议大会");
        noName.forEach((sentence, phrase) -> assertTrue(resolveTagged(sentence).stream().noneMatch(m -> m.surface().equals(phrase)),
                phrase + ": a pointer, the rest of a name said before or a generic word names no meeting"));
    }

    @Test
    void chinasMinistriesAreKnownAndAnotherStatesNamesakeIsItsOwn() {
        assertEquals("ORGANIZATION:CN-NDRC", keyAt(resolveTagged("国家发改委与越南计划投资部签署了合作文件。"), "国家发改委"));
        assertEquals("ORGANIZATION:CN-MOFCOM", keyAt(resolveTagged("中国商务部发言人就此答问。"), "中国商务部"));
        assertTrue(resolveTagged("美国商务部宣布了新的出口管制措施。").stream()
                .noneMatch(m -> m.entity().key().equals("CN-MOFCOM")), "美国商务部 is not China's");
    }

    @Test
    void officialNamesOfACategorysMembersAreKnownToo() {
        assertEquals("REGION:kosovo", keyAt(resolveTagged("中方在科索沃问题上的立场是一贯的。"), "科索沃"), "a region: its statehood is not recognised");
        assertEquals("AGREEMENT:SIX-PARTY-2005", keyAt(resolveTagged("各方应切实落实9·19共同声明。"), "9·19共同声明"));
        assertEquals("EVENT:COP-17", keyAt(resolveTagged("中方支持南非办好德班会议。"), "德班会议"), "the one gathering named so");
        assertEquals("PERSON:鸠山由纪夫", keyAt(resolveTagged("日本首相鸠山多次提出这一构想。"), "鸠山"), "a head of government of 2009");
        assertEquals("EVENT:COP-15", keyAt(resolveTagged("《联合国气候变化框架公约》第十五次缔约方会议在丹麦举行。"),
                "《联合国气候变化框架公约》第十五次缔约方会议"));
        assertEquals("INITIATIVE:FIVE-YEAR-12", keyAt(resolveTagged("全国人大审议通过了国民经济和社会发展第十二个五年规划纲要。"),
                "国民经济和社会发展第十二个五年规划纲要"));
    }

    @Test
    void aForeignNameWrittenInFullIsOnePersonHoweverLong() {
        List<Mention> found = resolveTagged("应乌兹别克斯坦共和国总统沙夫卡特·米尔济约耶夫邀请，习近平访问乌兹别克斯坦。");
        assertEquals("PERSON:沙夫卡特·米尔济约耶夫", keyAt(found, "沙夫卡特·米尔济约耶夫"), "eleven characters, joined by a middle dot");
    }

    @Test
    void aRulesReadingEndsWhereAKnownNameBegins() {
        List<Mention> found = segmented("不结盟运动和伊斯兰会议组织都呼吁两国停火。");
        assertEquals("ORGANIZATION:NAM", keyAt(found, "不结盟运动"));
        assertEquals("ORGANIZATION:OIC", keyAt(found, "伊斯兰会议组织"), "会议 begins the name: it heads no meeting");
        assertTrue(found.stream().noneMatch(m -> m.entity().type() == EntityType.EVENT), "no meeting named 不结盟运动和伊斯兰会议");
    }

    @Test
    void aStateNamedBeforeItWasOneIsTheTerritory() {
        List<Mention> found = resolve("纳米比亚人民的独立事业一定会胜利。");
        assertEquals("COUNTRY:NA", keyAt(found, "纳米比亚"));
        assertEquals("REGION:namibia", keyAt(resolver.asOf(found, java.time.LocalDate.of(1987, 9, 23)), "纳米比亚"),
                "South West Africa until 1990-03-21");
        assertEquals("COUNTRY:NA", keyAt(resolver.asOf(found, java.time.LocalDate.of(1990, 3, 21)), "纳米比亚"), "a state that day");
        assertEquals("REGION:palestine", keyAt(resolver.asOf(resolve("巴勒斯坦问题是中东问题的核心。"), java.time.LocalDate.of(1988, 9, 28)),
                "巴勒斯坦"), "the State of Palestine was proclaimed on 1988-11-15");
        assertEquals("COUNTRY:CN", keyAt(resolver.asOf(resolve("中国支持纳米比亚独立。"), java.time.LocalDate.of(1985, 1, 1)), "中国"));
    }

    @Test
    void aMeetingOfATreatysPartiesIsNamedAfterTheTreaty() {
        List<Mention> found = resolve("不扩散核武器条约缔约国审议和延长大会在纽约举行。");
        assertEquals("EVENT:不扩散核武器条约缔约国审议和延长大会", keyAt(found, "不扩散核武器条约缔约国审议和延长大会"));
        assertTrue(resolve("中国要求恢复在关贸总协定中的缔约方地位。").stream().noneMatch(m -> m.entity().type() == EntityType.EVENT),
                "a party's status is no meeting");
    }

    @Test
    void anEventListedForAYearTheTextCouldNotYetSpeakOfIsAnother() {
        List<Mention> found = resolve("中国将派团参加洛杉矶奥运会。");
        assertEquals("EVENT:LOS-ANGELES-2028", keyAt(found, "洛杉矶奥运会"));
        assertEquals("EVENT:洛杉矶奥运会", keyAt(resolver.asOf(found, java.time.LocalDate.of(1984, 5, 9)), "洛杉矶奥运会"),
                "in 1984, that year's Games");
        assertEquals("EVENT:LOS-ANGELES-2028", keyAt(resolver.asOf(found, java.time.LocalDate.of(2023, 3, 7)), "洛杉矶奥运会"));
    }

    @Test
    void anEventWhoseLabelGivesALaterYearIsAnother() {
        List<Mention> found = resolve("我在出席坎昆会议之后访问了华盛顿。");
        assertEquals("EVENT:COP-16", keyAt(found, "坎昆会议"));
        assertEquals("EVENT:坎昆会议", keyAt(resolver.asOf(found, java.time.LocalDate.of(1981, 12, 18)), "坎昆会议"),
                "in 1981, the summit on cooperation and development held at Cancún, not the climate conference of 2010");
        assertEquals("EVENT:COP-16", keyAt(resolver.asOf(found, java.time.LocalDate.of(2010, 12, 12)), "坎昆会议"));
    }
}
