package org.w3id.diplokg.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.annotate.ChineseEntityTagger;
import org.w3id.diplokg.extractor.dates.TimeExpressionFinder;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.extractor.resolve.MentionResolver;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Relations in sentences from the seeds and sentences written for the test (mentions found as in a build: CoreNLP, gazetteer and rules). */
class RelationFinderTest {
    private static final LocalDate SAID = LocalDate.of(2021, 3, 7);
    private final Gazetteer gazetteer = Gazetteer.load();
    private final MentionResolver resolver = new MentionResolver(gazetteer);
    private final Entity china = gazetteer.byKey(EntityType.COUNTRY, "CN").orElseThrow();

    /**
     * The relations of an answer's sentence, each written as "KIND parties -> object / text / action / since
     * {modality} @time", the modality only where it is not done.
     */
    private List<String> relations(String sentence) {
        return found(sentence, SAID);
    }

    /** Asserts that a relation read in the sentence meets {@code expected}, showing all that were read where none does. */
    private void assertReads(String sentence, Predicate<String> expected, String why) {
        List<String> read = relations(sentence);
        assertTrue(read.stream().anyMatch(expected), why + ": " + read);
    }

    /** Asserts that no relation read in the sentence meets {@code unexpected}. */
    private void assertReadsNone(String sentence, Predicate<String> unexpected, String why) {
        List<String> read = relations(sentence);
        assertTrue(read.stream().noneMatch(unexpected), why + ": " + read);
    }

    /** What an answer's sentence gives read in {@code context} (no times): its relations described, and the context after it. */
    private RelationFinder.Found foundIn(String sentence, RelationContext context) {
        List<Mention> mentions = resolver.resolve(sentence, ChineseEntityTagger.shared().tag(sentence));
        return new RelationFinder(gazetteer).find(sentence, mentions, List.of(), SAID, china, context);
    }

    private List<String> relationsIn(String sentence, RelationContext context) {
        return foundIn(sentence, context).relations().stream().map(RelationFinderTest::describe).toList();
    }

    @Test
    void aidStoppedIsDeniedAndEachPartyHelpedReceivesIt() {
        assertTrue(relations("英国政府宣布停止了对缅甸的经济援助。").contains("AID GB -> MM {denied}"), "aid stopped is no longer given");
        List<String> helped = relations("中国向非洲国家提供了援助，例如帮助马里和尼日尔修建了公路。");
        assertTrue(helped.containsAll(List.of("AID CN -> ML", "AID CN -> NE")),
                "each listed is helped, by who gave, not by who received before: " + helped);
    }

    @Test
    void anInstanceIsToldAsItWasNotAsTheClauseBeforeGoesOn() {
        List<String> helped = relations("中方一直向周边国家提供援助，例如帮助老挝修建了一座桥梁。");
        assertTrue(helped.contains("AID CN -> LA"), "done, whatever 一直 of the clause before: " + helped);
    }

    @Test
    void everyRecipientListedAfterXiangReceivesAid() {
        List<String> aid = relations("中国已向老挝、柬埔寨和缅甸提供了疫苗援助。");
        assertTrue(aid.containsAll(List.of("AID CN -> LA", "AID CN -> KH", "AID CN -> MM")), aid.toString());
        assertTrue(relations("中方将继续为越方提供政府奖学金。").contains("AID CN -> VN {ongoing}"), "scholarships are aid");
        assertTrue(relations("中方向老挝长期派遣医疗队。").contains("AID CN -> LA {ongoing}"), "the words before the verb of giving say how");
    }

    @Test
    void carryingOutAPolicyTakesPartInIt() {
        List<String> carried = relations("中国将继续实行改革开放。").stream().filter(r -> r.startsWith("INITIATIVE")).toList();
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN -> REFORM-OPENING / participates {ongoing}"), carried);
    }

    @Test
    void theAdvocatesOfAnInitiativeProposedIt() {
        List<String> advocates = relations("中印两国都是和平共处五项原则的倡导者。").stream().filter(r -> r.startsWith("INITIATIVE")).toList();
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+IN -> FIVE-PRINCIPLES / proposes"), advocates);
    }

    @Test
    void whereTheRecipientsAreAndHowManyNameNoRecipient() {
        assertEquals(List.of("AID CN -> AF {ongoing}"), relations("中国继续向在巴基斯坦的300多万阿富汗难民提供人道主义援助。").stream()
                .filter(r -> r.startsWith("AID")).toList(), "Afghanistan's refugees, not Pakistan where they are");
    }

    @Test
    void aidNamedAsANounHasItsDonorAndRecipient() {
        assertTrue(relations("中国对老挝的援助从不附加政治条件。").contains("AID CN -> LA"), relations("中国对老挝的援助从不附加政治条件。").toString());
        assertTrue(relations("中方将进一步增加对非援助。").contains("AID CN -> africa {planned}"), relations("中方将进一步增加对非援助。").toString());
        assertTrue(relations("中国不会减少对柬埔寨的援助。").contains("AID CN -> KH {ongoing}"), "a decrease denied goes on");
        assertTrue(relations("中国对老挝的援助规模不断扩大。").contains("AID CN -> LA {ongoing}"), "words after the noun say it goes on");
        assertTrue(relations("中国从不干涉别国内政，对老挝的援助从不附加任何条件。").contains("AID CN -> LA"),
                "a negation in the clause before denies nothing here: " + relations("中国从不干涉别国内政，对老挝的援助从不附加任何条件。"));
        assertTrue(relations("两国对这一问题的看法相同。").stream().noneMatch(r -> r.startsWith("AID")), "对 with no aid after it");
    }

    @Test
    void aLoanGivenIsAid() {
        assertTrue(relations("中国向泰国提供了10亿美元的贷款。").contains("AID CN -> TH"), relations("中国向泰国提供了10亿美元的贷款。").toString());
    }

    @Test
    void bothStatesAfterAVisitAreTheVisitorsAndTheHosts() {
        RelationFinder.Found visit = foundIn("江泽民主席访问了俄罗斯。", RelationContext.NONE);
        List<String> after = relationsIn("两国宣布建立建设性伙伴关系。", visit.next());
        assertTrue(after.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+RU")), after.toString());
    }

    @Test
    void aBodyNamedAsAPersonsOfficeIsNoSideOfWhatFollows() {
        RelationFinder.Found visit = foundIn("越南共产党中央委员会总书记杜梅和部长会议主席武文杰对中国进行了正式访问。", RelationContext.NONE);
        List<String> after = relationsIn("双方宣布两国关系实现正常化。", visit.next());
        assertTrue(after.stream().noneMatch(r -> r.contains("越南共产党")), "the committee is 杜梅's office: " + after);
    }

    @Test
    void aGiftOfMoneyIsAid() {
        assertTrue(relations("中方已向世界卫生组织捐款2000万美元。").contains("AID CN -> WHO"), relations("中方已向世界卫生组织捐款2000万美元。").toString());
    }

    @Test
    void anOfficialsSentenceWithNoDonorNamedIsTheSpeakersStatesAid() {
        assertTrue(relations("并将继续向尼泊尔人民提供人道主义援助。").contains("AID CN -> NP {ongoing}"),
                relations("并将继续向尼泊尔人民提供人道主义援助。").toString());
        assertTrue(relations("帮助邻国就是帮助自己。").stream().noneMatch(r -> r.startsWith("AID")), "a maxim is no one's act");
        assertTrue(relations("帮助老挝就是帮助中国自己。").stream().noneMatch(r -> r.startsWith("AID")), "a maxim is no one's act");
    }

    @Test
    void wishingAnEventSuccessSupportsIt() {
        List<String> found = relations("我们预祝第二届中国—中亚峰会取得圆满成功。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> ") && r.contains("中亚峰会") && r.endsWith("{sought}")), found.toString());
        assertTrue(relations("我们期待会谈取得积极成果。").stream().noneMatch(r -> r.startsWith("SUPPORT")), "no event named, no object");
    }

    @Test
    void notAcceptingIsOpposing() {
        List<String> found = relations("对于菲律宾单方面提起的所谓南海仲裁案，中方不接受、不参与。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("OPPOSITION CN -> ") && r.contains("仲裁")), found.toString());
        assertTrue(relations("中方不接受任何形式的单边制裁。").stream().anyMatch(r -> r.startsWith("OPPOSITION CN")),
                relations("中方不接受任何形式的单边制裁。").toString());
        assertTrue(relations("把台湾纳入战区导弹防御系统，这是中国绝对不能接受的。").stream().anyMatch(r -> r.startsWith("OPPOSITION CN")),
                "not able to accept");
        assertTrue(relations("我们决不容忍“台独”。").stream().anyMatch(r -> r.startsWith("OPPOSITION CN")), "never tolerating");
        List<String> judged = relations("任何绕开安理会对别国动武的行为都是不能接受的。");
        assertTrue(judged.stream().anyMatch(r -> r.startsWith("OPPOSITION CN")), judged.toString());
        assertTrue(judged.stream().noneMatch(r -> r.startsWith("OPPOSITION UNSC")),
                "a body named in what is judged does not judge it");
    }

    @Test
    void demandingThatAStatesTroopsLeaveIsOpposingIt() {
        List<String> found = relations("中国政府要求伊拉克立即从科威特撤军。");
        assertTrue(found.contains("OPPOSITION CN -> IQ / 伊拉克立即从科威特撤军"), found.toString());
        assertTrue(relations("朝鲜要求美国军队撤出南朝鲜。").stream().anyMatch(r -> r.startsWith("OPPOSITION KP -> US")), "troops named by their state");
        assertTrue(relations("东盟国家要求外国军队撤出柬埔寨。").stream().anyMatch(r -> r.startsWith("OPPOSITION ASEAN / 外国军队")),
                "foreign troops: a stance on no one named");
        List<String> twice = relations("中国政府反对伊拉克入侵科威特，要求伊拉克立即从科威特撤军。");
        assertEquals(1, twice.stream().filter(r -> r.startsWith("OPPOSITION CN -> IQ")).count(), twice.toString());
        assertTrue(relations("联合国大会以压倒多数通过决议，要求外国军队撤出阿富汗。").stream().noneMatch(r -> r.startsWith("OPPOSITION")),
                "a demand going on from another's act (a resolution adopted): not the speaker's, and left as the golds leave it");
        assertTrue(relations("他要求记者撤出会场以前先登记。").stream().noneMatch(r -> r.startsWith("OPPOSITION")), "no party acts");
        assertTrue(relations("我们要求各方在会上加强合作。").stream().noneMatch(r -> r.startsWith("OPPOSITION")), "a demand of no withdrawal");
    }

    @Test
    void notApprovingIsOpposing() {
        assertTrue(relations("我们不赞成人为设定谈判的时限。").stream().anyMatch(r -> r.startsWith("OPPOSITION CN")),
                relations("我们不赞成人为设定谈判的时限。").toString());
        assertTrue(relations("中方赞成这一方案。").stream().noneMatch(r -> r.startsWith("OPPOSITION")), "approving is no opposition");
    }

    @Test
    void statesListedAsTheSubjectEachTakeTheStance() {
        List<String> two = relations("中国和俄罗斯支持联合国发挥核心作用。");
        assertTrue(two.stream().anyMatch(r -> r.startsWith("SUPPORT CN+RU -> UN")), two.toString());
        List<String> three = relations("中国、俄罗斯和印度反对单边制裁。");
        assertTrue(three.stream().anyMatch(r -> r.startsWith("OPPOSITION CN+RU+IN")), three.toString());
        List<String> object = relations("中国支持俄罗斯和印度的立场。");
        assertTrue(object.stream().noneMatch(r -> r.startsWith("SUPPORT CN+")), "those listed after the verb are what is supported: " + object);
    }

    @Test
    void congratulatingOneOnAnElectionSupportsThem() {
        List<String> elected = relations("我们也祝贺罗格先生当选国际奥委会新一任主席。");
        assertTrue(elected.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> 罗格")), elected.toString());
        List<String> state = relations("中方祝贺印度当选联合国安理会非常任理事国。");
        assertTrue(state.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> IN")), state.toString());
        List<String> from = relations("首先，我代表中国代表团，热烈祝贺来自圭亚那的因萨纳利大使当选为第48届联合国大会主席。");
        assertTrue(from.stream().noneMatch(r -> r.startsWith("SUPPORT CN -> GY")), "where the ambassador comes from: " + from);
    }

    @Test
    void recommendingOneForAnOfficeSupportsThem() {
        List<String> recommended = relations("非洲统一组织决定推荐肯尼亚外交部长姆瓦伊为秘书长候选人。");
        assertTrue(recommended.stream().anyMatch(r -> r.startsWith("SUPPORT OAU -> 姆瓦伊")), recommended.toString());
        assertTrue(relations("会议决定推荐一名候选人。").stream().noneMatch(r -> r.startsWith("SUPPORT")), "no one named, no actor");
    }

    @Test
    void theBodyALeaderLeadsAndThePersonInABodysOfficeAreWhatIsSupported() {
        List<String> led = relations("中国政府坚定支持西哈努克亲王领导的民主柬埔寨联合政府。");
        assertTrue(led.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> CGDK")), led.toString());
        List<String> office = relations("我们支持联合国秘书长个人代表科尔多韦斯为政治解决阿富汗问题所作的努力。");
        assertTrue(office.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> 科尔多韦斯")), office.toString());
        assertTrue(office.stream().noneMatch(r -> r.startsWith("SUPPORT CN -> UN")), office.toString());
    }

    @Test
    void thePairOpeningTheGoverningClauseActsInTheClausesAfterIt() {
        RelationContext afterTalks = foundIn("中国和印度尼西亚两国外长举行了会谈。", RelationContext.NONE).next();
        List<String> after = relationsIn("双方强烈谴责以色列对黎巴嫩的侵略，支持巴勒斯坦解放组织的正义斗争。", afterTalks);
        assertTrue(after.stream().anyMatch(r -> r.startsWith("SUPPORT CN+ID -> PLO")),
                "those named after the first verb are what the pair condemned, not who supports: " + after);
        List<String> urged = relationsIn("双方敦促印度和巴基斯坦停止核试验，立即无条件地加入《不扩散核武器条约》。", afterTalks);
        assertTrue(urged.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION IN+PK -> NPT")), "those the pair urges act next: " + urged);
    }

    @Test
    void praisingAMeetingForWhatItContributedSupportsIt() {
        List<String> praised = relations("中国和印度尼西亚双方赞赏雅加达非正式会议为政治解决柬埔寨问题所作的贡献。");
        assertTrue(praised.stream().anyMatch(r -> r.startsWith("SUPPORT CN+ID -> 雅加达非正式会议")), praised.toString());
        RelationContext afterTalks = foundIn("中国和印度尼西亚两国外长举行了会谈。", RelationContext.NONE).next();
        List<String> onTopic = relationsIn("关于柬埔寨问题，双方赞赏雅加达非正式会议为政治解决柬埔寨问题所作的贡献。", afterTalks);
        assertTrue(onTopic.stream().anyMatch(r -> r.startsWith("SUPPORT CN+ID -> 雅加达非正式会议")),
                "the state a topic names (关于柬埔寨问题) is no subject: " + onTopic);
    }

    @Test
    void aVerbFramedBy在的同时TakesTheModalityOfTheClauseAfter() {
        List<String> framed = relations("我们认为，在建立国际经济新秩序的同时，也应当建立国际政治新秩序。");
        assertTrue(framed.contains("INITIATIVE_PARTICIPATION CN -> NIEO / participates {sought}"), framed.toString());
        List<String> plain = relations("在发展经济的同时，中国积极参与南南合作。");
        assertTrue(plain.contains("INITIATIVE_PARTICIPATION CN -> SOUTH-SOUTH / participates"), "no modal word after: done " + plain);
    }

    @Test
    void theOneAskedMeetsWhomTheQuestionSaysTheyMet() {
        Entity wu = Entity.named(EntityType.PERSON, "吴学谦");
        RelationContext asked = RelationContext.NONE.addressedTo(wu);
        List<String> yours = relationsIn("你本周同舒尔茨国务卿进行了会谈。", asked);
        assertTrue(yours.stream().anyMatch(r -> r.startsWith("MEETING 吴学谦+舒尔茨")), yours.toString());
        List<String> unasked = relationsIn("你本周同舒尔茨国务卿进行了会谈。", RelationContext.NONE);
        assertTrue(unasked.stream().noneMatch(r -> r.startsWith("MEETING 吴学谦")), "no one asked: " + unasked);
    }

    @Test
    void talksOfCountedSidesAreTheTalksOfTheSidesListedBefore() {
        List<String> talks = relations("朝鲜建议举行朝鲜、美国、南朝鲜三方会谈。");
        assertTrue(talks.stream().anyMatch(r -> r.startsWith("TALKS KP+US+KR -> 三方会谈")), talks.toString());
        assertTrue(relations("三方会谈将举行。").stream().noneMatch(r -> r.startsWith("TALKS")), "no sides listed: none");
    }

    @Test
    void supportingWhatIsToBeSetUpSupportsIt() {
        List<String> order = relations("中国一贯支持建立国际经济新秩序。");
        assertTrue(order.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> NIEO")), order.toString());
    }

    @Test
    void anEnvoyVisitsNotWhoSendsTheEnvoy() {
        List<String> envoy = relations("王毅外长作为习近平主席特使访问印度。");
        assertTrue(envoy.contains("VISIT 王毅 -> IN / visits"), envoy.toString());
        assertTrue(envoy.stream().noneMatch(r -> r.startsWith("VISIT 习近平")), envoy.toString());
    }

    @Test
    void actingJointlyWithAPartnerIsCooperationButWhatOneAsksOfTheOtherIsNot() {
        assertTrue(relations("中方愿同越方共同努力，使两国边界成为和平、友好的边界。").contains("COOPERATION CN+VN {sought}"),
                relations("中方愿同越方共同努力，使两国边界成为和平、友好的边界。").toString());
        List<String> asked = relations("我们希望美方同中方相向而行。");
        assertTrue(asked.stream().noneMatch(r -> r.startsWith("COOPERATION")), asked.toString());
        List<String> shared = relations("中方将同越方就共同关心的问题举行磋商。");
        assertTrue(shared.stream().noneMatch(r -> r.startsWith("COOPERATION")), "共同关心, a concern shared: " + shared);
    }

    @Test
    void everyDocumentListedInTitleMarksAfterTheVerbIsSupported() {
        List<String> both = relations("中国支持《禁止生物武器公约》和《禁止化学武器公约》。");
        assertTrue(both.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> BWC")) && both.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> CWC")),
                both.toString());
    }

    @Test
    void keepingToAPolicyTakesPartInItButKeepingToAPrincipleIsAStance() {
        List<String> kept = relations("中国将继续坚持改革开放，这一方针不会改变。");
        assertTrue(kept.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN -> REFORM-OPENING")), kept.toString());
        List<String> principle = relations("中方坚持和平共处五项原则。");
        assertTrue(principle.stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION")), principle.toString());
    }

    @Test
    void whoHeadsABodyDescribesTheBodyNamedAfterIt() {
        List<String> headed = relations("中国政府一贯支持以西哈努克亲王为主席、乔森潘为副主席的民主柬埔寨联合政府。");
        assertTrue(headed.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> CGDK")), headed.toString());
        assertTrue(headed.stream().noneMatch(r -> r.startsWith("SUPPORT CN -> 西哈努克")), "who heads it describes it: " + headed);
    }

    @Test
    void aPhraseOfZaiShangSetOffByACommaLeavesTheSubjectInTheClause() {
        List<String> cooperation = relations("中国愿在和平共处五项原则的基础上，同日本发展友好合作关系。");
        assertTrue(cooperation.contains("COOPERATION CN+JP {sought}"), cooperation.toString());
    }

    @Test
    void defendingTheSystemABodyIsAtTheCoreOfSupportsTheBody() {
        assertTrue(relations("中方坚定捍卫以联合国为核心的国际体系。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> UN")),
                relations("中方坚定捍卫以联合国为核心的国际体系。").toString());
    }

    @Test
    void buildingAFreeTradeAreaTakesPartInIt() {
        List<String> found = relations("中国与东盟领导人一致同意尽快建成中国—东盟自由贸易区。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN+ASEAN -> CHINA-ASEAN-FTA")), found.toString());
    }

    @Test
    void actingAsAPolicySaysTakesPartInIt() {
        List<String> found = relations("我们将按照“一国两制”的方针实现国家的完全统一。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN -> ONE-COUNTRY-TWO-SYSTEMS") && r.endsWith("{planned}")),
                found.toString());
        List<String> supported = relations("越方支持中国政府按照“一国两制”的方针实现国家统一。");
        assertTrue(supported.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN -> ONE-COUNTRY-TWO-SYSTEMS")),
                "who is supported acts, not who supports: " + supported);
        assertTrue(supported.stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION VN")), supported.toString());
        List<String> together = relations("我们希望同东盟国家一道推进“一带一路”建设。");
        assertTrue(together.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN")), "hoping to act with them, China acts: " + together);
        List<String> others = relations("我们希望各方按照“双轨并进”思路推动半岛无核化。");
        assertTrue(others.stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION")), "others unnamed, no one: " + others);
    }

    @Test
    void actingWithinAProgrammesFrameworkTakesPartInIt() {
        List<String> found = relations("中方愿在清迈倡议框架内同东盟国家加强金融合作。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN -> CMI")), found.toString());
    }

    @Test
    void eachPersonListedAfter会见IsMetApart() {
        List<String> found = relations("王毅会见了普京总统、拉夫罗夫外长和梅德韦杰夫主席。").stream().filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(r -> r.startsWith("MEETING 王毅+")), found.toString());
    }

    @Test
    void aClauseWithNoSubjectMeetsAsTheSentencesSubject() {
        List<String> found = relations("访问期间，习近平主席同普京总统举行会谈，会见拉夫罗夫外长，并出席了论坛。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("MEETING 习近平+") && r.contains("拉夫罗夫")), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("MEETING") && r.contains("普京") && r.contains("拉夫罗夫")),
                "not everyone the clauses before name: " + found);
        assertTrue(relations("双方举行会谈，会谈取得了积极成果。").stream().noneMatch(r -> r.startsWith("MEETING") && r.split("\\+").length > 2),
                "会谈 opening a clause is the talks named, a noun");
    }

    @Test
    void whomOneMeetsAfterAnOfficeAloneIsThePerson() {
        List<String> found = relations("习近平主席会见了国务资政昂山素季。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("MEETING 习近平+") && r.contains("昂山素季")), found.toString());
    }

    @Test
    void debtForgivenAndTrainingGivenAreAid() {
        List<String> relief = relations("中方决定减免老挝、缅甸两国的部分债务。");
        assertTrue(relief.containsAll(List.of("AID CN -> LA", "AID CN -> MM")), relief.toString());
        assertTrue(relations("中方愿为越方培训500名农业技术人员。").stream().anyMatch(r -> r.startsWith("AID CN -> VN")),
                relations("中方愿为越方培训500名农业技术人员。").toString());
    }

    @Test
    void anAttackNamedAfterAStanceIsTheAttackersAndAnOpposedOneIsNone() {
        List<String> condemned = relations("中国政府对美英两国对伊拉克动武表示强烈谴责。");
        assertTrue(condemned.contains("CONFLICT US+GB+IQ"), condemned.toString());
        assertTrue(relations("中方反对任何国家绕开安理会对叙利亚动武。").stream().noneMatch(r -> r.startsWith("CONFLICT")),
                "an attack opposed is no one's");
        List<String> before = relations("北约绕开安理会，对南联盟进行了长达两个多月的空中打击。");
        assertTrue(before.contains("CONFLICT NATO+YU"), "who attacks named in the clause before: " + before);
    }

    @Test
    void anAggressionIsBetweenTheTwoPartiesAtItsVerbWhoeverOpposesOrBacksIt() {
        assertEquals(List.of("CONFLICT IQ+KW"), relations("我们反对伊拉克吞并科威特。").stream().filter(r -> r.startsWith("CONFLICT")).toList(),
                "the one who opposes it is no party");
        assertTrue(relations("那个大国曾支持越南侵略柬埔寨。").contains("CONFLICT VN+KH"), relations("那个大国曾支持越南侵略柬埔寨。").toString());
        assertTrue(relations("问题的根源在于越南对柬埔寨的侵略和占领。").contains("CONFLICT VN+KH"), "the victim named between 对 and 的");
        assertTrue(relations("当年，伊拉克出兵入侵并吞并了科威特。").contains("CONFLICT IQ+KW"), "verbs joined with 并");
        assertTrue(relations("日本应正视过去的侵略历史。").stream().noneMatch(r -> r.startsWith("CONFLICT")), "no party at the other end");
        assertTrue(relations("苏联出兵阿富汗已经五年多了。").contains("CONFLICT SU+AF"), "sending troops into another's land");
        assertTrue(relations("苏联军队侵占阿富汗已近八年。").contains("CONFLICT SU+AF"), "the aggressor's forces between it and the verb");
        List<String> attack = relations("越南军队对柬泰边境地区的柬埔寨抵抗力量营地发动了大规模进攻。");
        assertTrue(attack.contains("CONFLICT VN+KH"), "the border the target lies on names no side: " + attack);
        assertTrue(relations("美国和苏联签署了削减进攻性战略武器条约。").stream().noneMatch(r -> r.startsWith("CONFLICT")), "进攻性 is offensive arms");
        List<String> blocs = relations("欧洲是北约和华约两大军事集团对峙的地方。");
        assertTrue(blocs.contains("CONFLICT NATO+WARSAW-PACT"), "the region is where the blocs face each other: " + blocs);
        assertTrue(relations("美苏两个超级大国的对抗不断升级。").contains("CONFLICT US+SU {ongoing}"), "两个 counts the sides; 不断 after it: going on");
        assertTrue(relations("1979年底，苏联大规模出兵入侵阿富汗。").contains("CONFLICT SU+AF @1979-12"), "how it was done between: 大规模出兵");
        assertTrue(relations("那年夏天，伊拉克出动大军侵占了科威特。").stream().anyMatch(r -> r.startsWith("CONFLICT IQ+KW")), "出动大军");
        assertTrue(relations("南非一再对安哥拉进行武装侵略。").stream().anyMatch(r -> r.startsWith("CONFLICT ZA+AO")),
                "the victim named between 对 and 进行");
        assertTrue(relations("中国政府对越南侵略柬埔寨表示谴责。").contains("CONFLICT VN+KH"), "a stance's own 对 names no victim");
    }

    @Test
    void aPartyActingWithAnothersBackingIsSupportedByItAndStillTheAggressor() {
        List<String> backed = relations("以色列在美国的纵容下入侵黎巴嫩。");
        assertTrue(backed.containsAll(List.of("CONFLICT IL+LB", "SUPPORT US -> IL")), "the backer is no side of the war: " + backed);
        assertTrue(relations("中方支持阿富汗在联合国的帮助下实现和平。").stream().noneMatch(r -> r.startsWith("SUPPORT UN")),
                "help given is no backing of an act");
    }

    @Test
    void aProvocationBetweenTwoNamedIsAConflictAndTwoStatesNamedBeforeAreTheSidesOf两国() {
        assertReads("近来，以色列在黎巴嫩南部一再进行军事挑衅，我们对此表示谴责。", r -> r.startsWith("CONFLICT IL+LB"), "a military provocation");
        assertReads("越南在中越边境挑衅，同它侵略柬埔寨是分不开的。", r -> r.startsWith("CONFLICT VN+CN"), "on the border of the compound's states");
        assertReadsNone("陈水扁的言论是对台海和平稳定的严重挑衅。", r -> r.startsWith("CONFLICT"), "no two parties");
        assertReads("伊朗和伊拉克关系紧张，两国之间的战争已经持续了一年半多。", r -> r.startsWith("CONFLICT IR+IQ"), "两国 after the pair");
    }

    @Test
    void aPeoplesResistanceToAStateNamedAfter抗IsAConflict() {
        assertReads("中国将继续支持老挝人民的抗美斗争。", r -> r.equals("CONFLICT LA+US"),
                "the resisting people and the state resisted, told as the struggle is, not as the stance on it");
        List<String> two = relations("在阿尔及利亚人民进行抗法斗争的年代里，中国人民给予了坚定支持。").stream()
                .filter(r -> r.startsWith("CONFLICT")).toList();
        assertEquals(List.of("CONFLICT DZ+FR"), two);
        assertReadsNone("今年是中国人民抗日战争胜利八十周年。", r -> r.startsWith("CONFLICT"), "抗日战争 names the war, an event");
    }

    @Test
    void aCounterattackInSelfDefenceIsAConflictWithTheOtherStateNamed() {
        assertReads("今年5月以来，越南军队多次侵犯我国广西、云南边境，我边防部队进行了自卫还击。", r -> r.startsWith("CONFLICT VN+CN"),
                "the aggressor's forces and how often between it and the verb");
        assertReads("4月28日，我边防部队被迫进行自卫还击，收复了被越军侵占多年的老山等地。", r -> r.startsWith("CONFLICT CN+VN"),
                "我 of the speaker's country; the state named by its abbreviation after");
        assertReadsNone("上个月，中国边防部队被迫进行了自卫还击。", r -> r.startsWith("CONFLICT"), "no other state named");
    }

    @Test
    void anAggressorMayBeNamedWithWhenAndHowBeforeItsVerbOrInTheClauseBefore() {
        assertReads("1982年6月以色列大举入侵黎巴嫩，至今仍继续占领黎巴嫩南部。", r -> r.startsWith("CONFLICT IL+LB") && r.contains("{ongoing}"),
                "how, between them; the clause after says it still goes on");
        assertReads("苏联在中苏边境陈兵百万，支持越南侵略柬埔寨，武装占领阿富汗已经两年。", r -> r.startsWith("CONFLICT SU+AF"),
                "a clause with no subject of its own: the sentence's");
        assertReads("中越边境最近发生了激烈战斗。", r -> r.startsWith("CONFLICT CN+VN"), "fighting on the border of the compound's states");
        assertReadsNone("中国政府反对伊拉克入侵科威特。", r -> r.startsWith("CONFLICT CN"), "the one who opposes it is still no party");
        assertReadsNone("美方宣布向台湾出售战斗机。", r -> r.startsWith("CONFLICT"), "a fighter plane is no fighting");
        assertReadsNone("中非人民在民族解放斗争中并肩战斗。", r -> r.startsWith("CONFLICT"), "fighting side by side");
        assertReads("越南去年出动五万军队大举入侵老挝。", r -> r.startsWith("CONFLICT VN+LA"), "the troops sent counted, then how");
    }

    @Test
    void eachStateListedBetween对And的IsSeizedFromAndARegimeIsItsStates() {
        List<String> listed = relations("以色列扩张主义政权对黎巴嫩、叙利亚等邻国的侵略必须停止。");
        assertTrue(listed.containsAll(List.of("CONFLICT IL+LB", "CONFLICT IL+SY")), "one conflict with each victim listed: " + listed);
        assertReads("苏联和古巴对安哥拉进行武装干涉。", r -> r.startsWith("CONFLICT SU+CU+AO"), "armed intervention is an attack");
        assertReads("中国坚决支持阿富汗人民反抗苏联侵略的斗争。", r -> r.startsWith("CONFLICT AF+SU"),
                "resisting the aggression of the state named after the verb");
        assertReads("阿富汗人民在抵抗力量领导下，继续坚持抗击苏联侵略者的斗争。", "CONFLICT AF+SU {ongoing}"::equals,
                "a clause going on from the resister's with no subject of its own says how");
    }

    @Test
    void aDeclarationNamedFromItsAboutOnIsTheKnownOneAndWhatItIsAboutIsNoParty() {
        List<String> signed = relations("中英两国政府签署了关于香港问题的联合声明。");
        assertTrue(signed.contains("AGREEMENT_ACTION CN+GB -> SINO-BRITISH-DECLARATION / signed"), signed.toString());
        assertTrue(relations("中葡双方草签了《关于澳门问题的联合声明》。").contains("AGREEMENT_ACTION CN+PT -> SINO-PORTUGUESE-DECLARATION / concluded"),
                "initialled: its negotiation concluded, " + relations("中葡双方草签了《关于澳门问题的联合声明》。"));
    }

    @Test
    void aVisitPaidWithAFewWordsOfHowBeforeItIsToTheStateAfter对() {
        assertTrue(relations("江泽民主席对朝鲜进行了正式友好访问。").contains("VISIT 江泽民 -> KP / visits"),
                relations("江泽民主席对朝鲜进行了正式友好访问。").toString());
        assertTrue(relations("普京总统对中国进行国事访问并出席了上合组织峰会。").stream().noneMatch(r -> r.startsWith("VISIT 普京 -> CN") && r.contains("attends")),
                "what he attends after the visit is no visit to China: " + relations("普京总统对中国进行国事访问并出席了上合组织峰会。"));
    }

    @Test
    void whoActsAsHostOfANamedEventHostsIt() {
        assertTrue(relations("俄方高度评价中方作为六方会谈东道国所发挥的作用。").contains("HOSTING CN -> SIX-PARTY-TALKS"),
                relations("俄方高度评价中方作为六方会谈东道国所发挥的作用。").toString());
        assertTrue(relations("作为六方会谈的东道国，中方将继续同各方保持沟通。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> SIX-PARTY-TALKS")),
                "作为 opening the sentence: the next clause's subject hosts");
        assertTrue(relations("中方作为东道国正在同各方协商。").stream().noneMatch(r -> r.startsWith("HOSTING")), "no event named");
    }

    @Test
    void aWarNamedByACompoundIsBetweenItsSidesOnly() {
        assertEquals(List.of("CONFLICT IR+IQ"), relations("中国在两伊战争中严守中立。").stream().filter(r -> r.startsWith("CONFLICT")).toList(),
                "China, named before, is no side");
        assertTrue(relations("美苏正在日内瓦就中程导弹问题进行谈判。").contains("TALKS US+SU {ongoing}"),
                relations("美苏正在日内瓦就中程导弹问题进行谈判。").toString());
    }

    @Test
    void aCityIsTheStateItLayInWhenSaid() {
        assertTrue(found("第十轮副外长级磋商将于下月在莫斯科举行。", LocalDate.of(1988, 4, 1)).stream()
                .anyMatch(r -> r.startsWith("HOSTING SU ->")), "Moscow in 1988 is the Soviet Union's");
        assertTrue(found("钱其琛外长将于下月访问莫斯科。", LocalDate.of(1988, 4, 1)).stream().anyMatch(r -> r.startsWith("VISIT 钱其琛 -> SU")));
        assertTrue(relations("王毅外长将于下月访问莫斯科。").stream().anyMatch(r -> r.startsWith("VISIT 王毅 -> RU")), "and Russia's since 1991");
    }

    /** The relations of a sentence said on {@code said}. */
    private List<String> found(String sentence, LocalDate said) {
        List<Mention> mentions = resolver.resolve(sentence, ChineseEntityTagger.shared().tag(sentence));
        return new RelationFinder(gazetteer).find(sentence, mentions, new TimeExpressionFinder().find(sentence, said), said, china)
                .stream().map(RelationFinderTest::describe).toList();
    }

    @Test
    void aNamesOwnWordsGovernNoModality() {
        List<String> found = relations("中方认真落实《亚的斯亚贝巴行动计划》，已免除老挝的部分债务。");
        assertTrue(found.contains("AID CN -> LA"), "计划 inside the plan's name plans nothing: " + found);
    }

    @Test
    void theOneWhoseFuneralIsAttendedTakesNoPartInAMeeting() {
        List<String> met = relations("李鹏总理在莫斯科出席契尔年科总书记的葬礼期间同布什副总统举行了会晤。").stream()
                .filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(1, met.size(), met.toString());
        assertTrue(met.get(0).startsWith("MEETING 李鹏+") && !met.get(0).contains("契尔年科"), met.toString());
    }

    @Test
    void aLetterFromOneLeaderToAnotherIsAMeeting() {
        List<String> letter = relations("今年1月，普京总统就中俄关系致函习近平主席。");
        assertTrue(letter.stream().anyMatch(r -> r.startsWith("MEETING ") && r.contains("普京") && r.contains("习近平")), letter.toString());
    }

    @Test
    void aWishForAMeetingsOutcomeLeavesItsHoldingAsTheClauseBeforeDeSaysIt() {
        List<String> hosted = found("我们希望明年在维也纳举行的欧洲安全会议取得积极成果。", LocalDate.of(1985, 6, 1)).stream()
                .filter(r -> r.startsWith("HOSTING AT ->")).toList();
        assertEquals(1, hosted.size(), hosted.toString());
        assertTrue(hosted.get(0).contains("{planned}"), "held next year, whatever is hoped of it: " + hosted);
    }

    @Test
    void aMeetingReferredToByAPhraseIsTheOneNamedBefore() {
        List<String> wished = relations("第三届亚洲禁毒部长级会议将于明年举行，我们希望这次会议取得积极成果。");
        assertTrue(wished.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> 第三届亚洲禁毒部长级会议")), wished.toString());
        List<String> attended = relations("第三届亚洲禁毒部长级会议将于明年举行，钱其琛外长将出席本次会议。");
        assertTrue(attended.stream().anyMatch(r -> r.startsWith("VISIT 钱其琛 -> 第三届亚洲禁毒部长级会议")), attended.toString());
        RelationContext told = foundIn("第三届亚洲禁毒部长级会议将于明年举行。", RelationContext.NONE).next();
        assertTrue(relationsIn("钱其琛外长将出席这次会议。", told).stream().anyMatch(r -> r.startsWith("VISIT 钱其琛 -> 第三届亚洲禁毒部长级会议")),
                "named in the sentence before");
    }

    @Test
    void aVoteIsHeldButHostedByNoOne() {
        assertTrue(relations("俄罗斯总统选举将于本月18日在莫斯科举行。").stream().noneMatch(r -> r.startsWith("HOSTING")),
                relations("俄罗斯总统选举将于本月18日在莫斯科举行。").toString());
    }

    @Test
    void aBodyAfter等IsTheClassOfThePartiesListedNotAParty() {
        List<String> found = relations("中方愿同南非等金砖国家伙伴一道，推动金砖合作。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("COOPERATION CN+ZA")) && found.stream().noneMatch(r -> r.contains("+BRICS")),
                found.toString());
    }

    @Test
    void whoseNeighboursTheMembersAreIsNoMember() {
        List<String> found = relations("老挝和越南都是中国的友好邻邦，也都是东盟的重要成员国。");
        assertTrue(found.contains("MEMBERSHIP LA+VN -> ASEAN / member"), found.toString());
    }

    @Test
    void aStateNamedWithItsOfficeHoldersTitleIsNoPartyOfTheirMeeting() {
        List<String> call = relations("刘鹤副总理同美国财长耶伦举行视频通话。");
        assertTrue(call.stream().anyMatch(r -> r.startsWith("MEETING 刘鹤+") && !r.contains("US")), "财长 is her office: " + call);
        List<String> adviser = relations("王毅同美国总统国家安全事务助理沙利文举行会谈。");
        assertTrue(adviser.stream().anyMatch(r -> r.startsWith("MEETING 王毅+") && !r.contains("US")), "any office ending as one does: " + adviser);
    }

    @Test
    void theMinistryInAMinistersTitleIsNoPartyTheMinisterIs() {
        List<String> found = relations("外交部长王毅会见了蒙古国外交部长。");
        assertTrue(found.contains("MEETING 王毅+MN / meets"), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.contains("MFA-CN")), "外交部 is mentioned in 外交部长, but 王毅 acts: " + found);
    }

    @Test
    void statesListedBeforeTheOneTheyEstablishRelationsWithEachHaveTheirOwn() {
        List<String> listed = relations("1970年，加拿大、意大利和智利先后同中国建交。").stream().filter(r -> r.startsWith("RELATIONS_ANNIVERSARY")).toList();
        assertEquals(3, listed.size(), listed.toString());
        assertTrue(listed.stream().allMatch(r -> r.startsWith("RELATIONS_ANNIVERSARY CN+")), "each with China: " + listed);
        List<String> within = relations("法国在西方大国中率先同中国建交。").stream().filter(r -> r.startsWith("RELATIONS_ANNIVERSARY")).toList();
        assertTrue(within.stream().noneMatch(r -> r.contains("+CN") || r.split(" ")[1].split("\\+").length > 2), "在…中 is where, no party: " + within);
    }

    @Test
    void eachStateListedAfterTongIsAPartnerOfTheOneBefore() {
        List<String> listed = relations("中国已同巴西、墨西哥、秘鲁建立全面战略伙伴关系。").stream()
                .filter(r -> r.startsWith("PARTNERSHIP")).toList();
        assertEquals(3, listed.size(), listed.toString());
        assertTrue(listed.stream().allMatch(r -> r.startsWith("PARTNERSHIP CN+")) && listed.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+PE")),
                listed.toString());
    }

    @Test
    void aDialoguePartnerAndPartnersInCoordinationArePartnerships() {
        List<String> dialogue = relations("去年7月，中国成为东盟的全面对话伙伴国。");
        assertTrue(dialogue.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+ASEAN")), dialogue.toString());
        List<String> mutual = relations("中越互为友好邻邦和战略伙伴。");
        assertTrue(mutual.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+VN")), mutual.toString());
        List<String> coordination = relations("中俄是全面战略协作伙伴。");
        assertTrue(coordination.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+RU")), coordination.toString());
    }

    @Test
    void aDeclarationNamedForAPartnershipStatesItAndAnAgreementDoesNot() {
        List<String> declared = relations("两国发表《中日关于全面推进战略互惠关系的联合声明》。");
        assertTrue(declared.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+JP")), declared.toString());
        List<String> agreement = relations("中日双方同意尽早完成《区域全面经济伙伴关系协定》谈判。");
        assertTrue(agreement.stream().noneMatch(r -> r.startsWith("PARTNERSHIP")), "an agreement named for a partnership is no partnership: " + agreement);
    }

    @Test
    void aFrameworkWithCooperationInItsNameIsAPartnershipNotCooperation() {
        List<String> framework = relations("中美建设性合作关系保持发展势头。");
        assertTrue(framework.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+US")), framework.toString());
        assertTrue(framework.stream().noneMatch(r -> r.startsWith("COOPERATION")), framework.toString());
        List<String> about = relations("两国外长将举行会谈，就新形势下中越全面战略合作伙伴关系交换意见。");
        assertTrue(about.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+VN") && !r.contains("{")),
                "what the planned talks are about is not planned: " + about);
        List<String> subject = relations("中俄战略协作伙伴关系不是结盟关系。");
        assertTrue(subject.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+RU") && !r.contains("{")),
                "the partnership the clause opens with is stated, whatever comes after: " + subject);
    }

    @Test
    void aNamedFrameworkOfARelationshipIsAPartnership() {
        List<String> mutual = relations("双方同意全面推进中日战略互惠关系。");
        assertTrue(mutual.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+JP") && r.contains("战略互惠关系")), mutual.toString());
        List<String> plain = relations("中日关系保持稳定发展。");
        assertTrue(plain.stream().noneMatch(r -> r.startsWith("PARTNERSHIP")), "relations named by no framework: " + plain);
    }

    @Test
    void whoThanksForAidGivenReceivedItFromWhoIsThanked() {
        List<String> thanks = relations("越方感谢中方在抗击洪灾期间给予的宝贵援助。");
        assertTrue(thanks.contains("AID CN -> VN"), thanks.toString());
        List<String> two = relations("泰方感谢中越两国在洪灾发生后向泰国提供的支持。");
        assertTrue(two.stream().filter(r -> r.startsWith("AID")).toList().equals(List.of("AID CN+VN -> TH")), "both thanked, one relation: " + two);
        assertTrue(relations("越方感谢中方的热情接待。").stream().noneMatch(r -> r.startsWith("AID")), "thanks for no aid given");
    }

    @Test
    void personsListedAsSubjectVisitTogetherAndACityVisitedIsItsState() {
        List<String> listed = relations("俄罗斯总统普京、印度总理莫迪将于下月访华。");
        assertTrue(listed.stream().anyMatch(r -> r.startsWith("VISIT 普京+莫迪 -> CN")), listed.toString());
        List<String> city = relations("习近平主席赴华盛顿出席第四届核安全峰会。");
        assertTrue(city.contains("VISIT 习近平 -> US / visits") && city.stream().noneMatch(r -> r.contains("washington")), city.toString());
    }

    @Test
    void anAnniversaryIsNoTimeOfWhatTheClauseStates() {
        List<String> found = relations("双方在共庆建交45周年中提升合作，签署了中欧地理标志协定。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION")), found.toString());
        assertTrue(found.stream().filter(r -> r.startsWith("AGREEMENT_ACTION")).noneMatch(r -> r.contains("@")),
                "45周年 says when the anniversary falls, not when the agreement was signed: " + found);
    }

    @Test
    void whatASystemRestsOnActsInNothing() {
        List<String> found = relations("中方愿同各国一道，坚定维护以联合国为核心的国际体系，推动构建人类命运共同体。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN -> COMMUNITY-SHARED-FUTURE")), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION UN")), "以联合国为核心 says what the system rests on");
    }

    @Test
    void whoSignTogetherAreTheAgreementsParties() {
        List<String> signed = relations("2002年，中国和东盟各国签署了《南海各方行为宣言》。");
        assertTrue(signed.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+ASEAN -> DOC")), signed.toString());
        assertTrue(relations("中方将签署《巴黎协定》。").stream().noneMatch(r -> r.startsWith("AGREEMENT_PARTY")),
                "one party, and still to come: no parties read");
        List<String> visit = relations("苏联部长会议第一副主席阿尔希波夫访华期间，双方签署了《中苏经济技术合作协定》。");
        assertTrue(visit.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN+SU -> ") || r.startsWith("AGREEMENT_ACTION SU+CN -> ")),
                "双方 read from the visit is who the document's name says: " + visit);
        List<String> each = relations("中国同韩国、澳大利亚分别签署了中韩自由贸易协定和中澳自由贸易协定。").stream()
                .filter(r -> r.startsWith("AGREEMENT_ACTION")).toList();
        assertTrue(each.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN+KR -> ")) && each.stream().noneMatch(r -> r.contains("CN+KR+AU")),
                "of more states read, those the name gives: " + each);
    }

    @Test
    void aBidToHostIsHostingSoughtAndAFailedOneDenied() {
        assertTrue(relations("北京正在申办2008年奥运会。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> ") && r.endsWith("{sought}")),
                "a city bids through its state");
        assertTrue(relations("北京申办2000年奥运会未能成功。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> ") && r.endsWith("{denied}")),
                relations("北京申办2000年奥运会未能成功。").toString());
        assertTrue(relations("中方支持巴西申办2025年第三十届联合国气候变化大会。").stream()
                .anyMatch(r -> r.startsWith("HOSTING BR -> ") && r.endsWith("{sought}")), "the bidder named right before 申办");
        assertTrue(relations("我们正在积极申办1990年第十一届亚洲运动会。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> ")),
                "我们: the speaker's state");
    }

    @Test
    void whoHostsTogetherHostsEach() {
        assertTrue(relations("中俄两国还将共同办好中俄文化年。").contains("HOSTING CN+RU -> 中俄文化年 {planned}"), "both named before 共同");
        List<String> cochaired = relations("习近平主席将出席峰会，并同南非总统祖马共同主持中非合作论坛约翰内斯堡峰会。");
        assertTrue(cochaired.contains("HOSTING CN+ZA -> 中非合作论坛约翰内斯堡峰会 {planned}"),
                "the partner after 同 and who the sentence opens with, as sure as 将出席 before 并: " + cochaired);
    }

    @Test
    void keepingToTheOneChinaPrincipleIsSupportByWhoKeepsOrIsUrgedTo() {
        assertTrue(relations("俄方重申坚持一个中国原则。").stream().anyMatch(r -> r.startsWith("SUPPORT RU -> ONE-CHINA")),
                relations("俄方重申坚持一个中国原则。").toString());
        List<String> urged = relations("我们敦促美方恪守一个中国原则。");
        assertTrue(urged.stream().anyMatch(r -> r.startsWith("SUPPORT US -> ONE-CHINA")), "the urged party keeps to it: " + urged);
        assertTrue(urged.stream().noneMatch(r -> r.startsWith("SUPPORT CN")), "not who urges");
        assertTrue(relations("坚持一个中国原则是人心所向。").stream().noneMatch(r -> r.startsWith("SUPPORT")), "keeping to it is the topic");
        assertTrue(relations("我们敦促有关国家恪守一个中国原则。").stream().noneMatch(r -> r.startsWith("SUPPORT")), "who is urged is unnamed");
    }

    @Test
    void leadersExchangingMessagesMeet() {
        assertEquals(List.of("MEETING 李克强+李洛渊 / meets"),
                relations("李克强总理同韩国国务总理李洛渊互致贺电。").stream().filter(r -> r.startsWith("MEETING")).toList(),
                "a state before 国务总理 and the name says whose premier, no party of its own");
        assertTrue(relations("两国外长通过视频方式进行了交流。").stream().noneMatch(r -> r.startsWith("MEETING")), "no parties named, no meeting");
        assertTrue(relations("上海合作组织的前身是“上海五国”会晤机制。").stream().noneMatch(r -> r.startsWith("MEETING")),
                "a 会晤机制 is a standing mechanism named, no meeting held");
    }

    @Test
    void wherePeopleGoToMeetIsNoPartyOfTheirMeeting() {
        List<String> met = relations("11月，习近平主席赴美国旧金山同拜登总统举行会晤。");
        assertTrue(met.stream().anyMatch(r -> r.startsWith("MEETING 习近平+拜登")), met.toString());
        assertTrue(met.stream().filter(r -> r.startsWith("MEETING")).noneMatch(r -> r.contains("US")), "赴美国: where, not who");
    }

    @Test
    void aTradePartnerByRankIsCooperationInTradeOfWhoIsAndWhoseItIs() {
        assertTrue(relations("中国已连续8年成为东盟第一大贸易伙伴。").contains("COOPERATION CN+ASEAN / 贸易"));
        List<String> overtaken = relations("东盟已超过美国成为中国第二大贸易伙伴。");
        assertTrue(overtaken.contains("COOPERATION ASEAN+CN / 贸易"), "not who was overtaken: " + overtaken);
        List<String> region = relations("沙特是中国在中东地区最大的贸易伙伴。");
        assertTrue(region.contains("COOPERATION SA+CN / 贸易"), "not the place after 在: " + region);
        assertEquals(1, relations("欧盟是中国第一大贸易伙伴，中国是欧盟第二大贸易伙伴。").stream()
                .filter(r -> r.startsWith("COOPERATION")).count(), "one relation of the pair per sentence");
        assertTrue(relations("中国是重要的贸易伙伴。").stream().noneMatch(r -> r.startsWith("COOPERATION")), "whose partner is unnamed");
    }

    @Test
    void aMemberNamedAfterTheClauseThatSaysItIsOne() {
        assertTrue(relations("作为安理会常任理事国和最大的发展中国家，中国一贯坚定支持联合国。").contains("MEMBERSHIP CN -> UNSC / member"));
        assertTrue(relations("作为二十国集团成员，中方全面落实该倡议。").contains("MEMBERSHIP CN -> G20 / member"));
        assertTrue(relations("作为二十国集团成员，有关国家应落实该倡议。").stream().noneMatch(r -> r.startsWith("MEMBERSHIP")),
                "no state opens the clause after");
    }

    @Test
    void aPlaceWithinAPlaceFramedByZaiIsWhereTheyMeetNotWhoMeets() {
        List<String> met = relations("去年6月，习近平主席和奥巴马总统在美国加利福尼亚州的安纳伯格庄园会晤。");
        assertTrue(met.stream().anyMatch(r -> r.startsWith("MEETING 习近平+贝拉克·奥巴马")), met.toString());
        assertTrue(met.stream().noneMatch(r -> r.contains("庄园")), "the estate is the venue: " + met);
    }

    @Test
    void whereAnEventIsAttendedIsWhereItIsHeld() {
        assertTrue(relations("李强总理将赴雅加达出席第二十六次中国—东盟领导人会议。").stream()
                .anyMatch(r -> r.startsWith("HOSTING ID -> 第二十六次中国—东盟领导人会议")));
        assertTrue(relations("习近平主席在北京以视频方式出席第二十六次中国—东盟领导人会议。").stream().noneMatch(r -> r.startsWith("HOSTING CN")),
                "attended by video from Beijing: not held there");
        assertTrue(relations("第二十六次中国—东盟领导人会议由印度尼西亚主办。").stream()
                .anyMatch(r -> r.startsWith("HOSTING ID -> 第二十六次中国—东盟领导人会议")), "the host after 由 of a passive");
        assertTrue(relations("应印度尼西亚总统佐科邀请，李强总理将出席第二十六次中国—东盟领导人会议。").stream()
                .anyMatch(r -> r.startsWith("HOSTING ID -> 第二十六次中国—东盟领导人会议")), "who invites to it hosts it");
    }

    @Test
    void theHeadsOfStateMeetingAreThoseTheTurnNamedWithTheirTitleAndState() {
        RelationFinder.Found first = foundIn("今天，习近平主席同法国总统马克龙举行会谈。", RelationContext.NONE);
        List<String> second = foundIn("中法两国元首就双边关系深入交换意见。", first.next()).relations().stream()
                .map(RelationFinderTest::describe).toList();
        assertTrue(second.stream().anyMatch(r -> r.startsWith("MEETING 习近平+") && r.contains("马克龙")), second.toString());
        List<String> unknown = relationsIn("中法两国元首就双边关系深入交换意见。", RelationContext.NONE);
        assertTrue(unknown.stream().anyMatch(r -> r.startsWith("MEETING CN+FR")), "with no head of state named before, the states: " + unknown);
    }

    @Test
    void aStateNamedForItsUnnamedHeadIsTheHeadOfStateTheDocumentNamedBefore() {
        RelationFinder.Found named = foundIn("应习近平主席邀请，法国总统马克龙将对中国进行国事访问。", RelationContext.NONE);
        List<String> visit = relationsIn("这将是法国国家元首时隔五年再次访华。", named.next());
        assertTrue(visit.stream().anyMatch(r -> r.startsWith("VISIT ") && r.contains("马克龙") && r.contains("-> CN") && r.endsWith("{planned}")), visit.toString());
        List<String> unknown = relationsIn("这将是法国国家元首时隔五年再次访华。", RelationContext.NONE);
        assertTrue(unknown.stream().noneMatch(r -> r.startsWith("VISIT")), "no head of state named before: no visitor, not the state " + unknown);
    }

    @Test
    void aPolicyPursuedIsTakenPartInUnlessItIsAStateStance() {
        List<String> pursued = relations("我们将继续奉行独立自主的和平外交政策。");
        assertTrue(pursued.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN ->") && r.endsWith("{ongoing}")), pursued.toString());
        List<String> stance = relations("越方重申坚定奉行一个中国政策，支持中国政府为实现国家统一所作的努力。");
        assertTrue(stance.stream().anyMatch(r -> r.startsWith("SUPPORT VN")), stance.toString());
        assertTrue(stance.stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION VN")), "a state's holding to a principle is its stance, once: " + stance);
        List<String> resolve = relations("中国将坚定不移地奉行独立自主的和平外交政策。");
        assertTrue(resolve.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN ->") && !r.contains("{denied}")), "坚定不移 is no negation: " + resolve);
    }

    @Test
    void twoPersonsWhoSignAreTheSignersAndTheirStatesTheParties() {
        List<String> signed = relations("江泽民主席同普京总统在莫斯科签署了《中俄睦邻友好合作条约》。");
        assertTrue(signed.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION 江泽民+") && r.contains("普京") && r.contains("/ signed")), signed.toString());
        assertTrue(signed.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+RU") || r.startsWith("AGREEMENT_PARTY RU+CN")), signed.toString());
        List<String> ministers = relations("两国外长签署了《中俄国界西段协定》。");
        assertTrue(ministers.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN+RU") || r.startsWith("AGREEMENT_ACTION RU+CN")),
                "no persons named: the states sign " + ministers);
        List<String> onBehalf = relations("唐家璇外长和阮怡年外长代表两国政府签署了《中越陆地边界条约》。");
        assertTrue(onBehalf.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN+VN") || r.startsWith("AGREEMENT_ACTION VN+CN")),
                "persons who sign on behalf of their governments: the states " + onBehalf);
    }

    @Test
    void aSentenceOpeningWithZheShiRestatesTheVisitBeforeAsItWasPut() {
        RelationFinder.Found planned = foundIn("法国总统马克龙将于下月对中国进行国事访问。", RelationContext.NONE);
        List<String> restated = relationsIn("这是马克龙总统第三次访华。", planned.next());
        assertTrue(restated.stream().anyMatch(r -> r.startsWith("VISIT ") && r.endsWith("{planned}")), restated.toString());
        List<String> alone = relationsIn("这是马克龙总统第三次访华。", RelationContext.NONE);
        assertTrue(alone.stream().anyMatch(r -> r.startsWith("VISIT ") && !r.contains("{")), "nothing before: done " + alone);
    }

    @Test
    void thoseWhoWentWithALeaderVisitWhereTheLeadersVisitWent() {
        RelationFinder.Found told = foundIn("应加拿大总理的邀请，国务院总理李鹏于上月对加拿大进行了正式访问。", RelationContext.NONE);
        List<String> companions = relationsIn("陪同李鹏总理访问的有国务委员兼外交部长钱其琛和外经贸部长等。", told.next()).stream()
                .filter(r -> r.startsWith("VISIT")).toList();
        assertEquals(List.of("VISIT 钱其琛 -> CA / visits"), companions, "the companion visits Canada; the leader's visit is not read again");
        assertTrue(relationsIn("陪同李鹏总理访问的有国务委员兼外交部长钱其琛和外经贸部长等。", RelationContext.NONE).stream()
                .noneMatch(r -> r.startsWith("VISIT")), "no visit told: the words alone do not say where");
    }

    @Test
    void thisVisitAfterItsVisitorIsTheVisitTheTurnToldHimPaying() {
        RelationFinder.Found told = foundIn("法国总统马克龙将于下月对中国进行国事访问。", RelationContext.NONE);
        RelationFinder.Found between = foundIn("双方将讨论气候变化问题。", told.next());
        List<String> named = relationsIn("我们相信，马克龙总统这次访问将推动两国关系发展。", between.next()).stream()
                .filter(r -> r.startsWith("VISIT")).toList();
        assertEquals(List.of("VISIT 马克龙 -> CN / visits {planned}"), named, "a sentence between does not lose it; 将 after it: to be paid");
        assertEquals(List.of("VISIT 马克龙 -> CN / visits"), relationsIn("马克龙总统此次访问取得圆满成功。", told.next()).stream()
                .filter(r -> r.startsWith("VISIT")).toList(), "said done: done");
        assertTrue(relationsIn("我们相信，马克龙总统这次访问将推动两国关系发展。", RelationContext.NONE).stream()
                .noneMatch(r -> r.startsWith("VISIT")), "no visit told: the words alone do not say where");
    }

    @Test
    void aVisitorRestatedByOfficeIsThePersonNamedBefore() {
        RelationFinder.Found before = foundIn("法国总统马克龙将于下月对中国进行国事访问。", RelationContext.NONE);
        List<String> restated = relationsIn("这是法国在职总统第一次访华。", before.next()).stream().filter(r -> r.startsWith("VISIT")).toList();
        assertTrue(restated.stream().anyMatch(r -> r.startsWith("VISIT 马克龙 -> CN") && r.endsWith("{planned}")),
                "the president the sentence before named, not France: " + restated);
        List<String> alone = relationsIn("这是法国在职总统第一次访华。", RelationContext.NONE);
        assertTrue(alone.stream().noneMatch(r -> r.startsWith("VISIT 马克龙")), "no one named before: " + alone);
    }

    @Test
    void aRelationRestatedInALaterClauseIsOneWithTheModalityThatSaidMore() {
        List<String> visits = relations("法国总统马克龙将于下月访华，这是马克龙总统第三次访华。").stream().filter(r -> r.startsWith("VISIT")).toList();
        assertEquals(1, visits.size(), visits.toString());
        assertTrue(visits.get(0).contains("{planned}"), visits.toString());
    }

    @Test
    void talksNamedAsAWayOrAProcessAreNoTalksHeld() {
        assertTrue(relations("中俄两国主张通过对话谈判政治解决叙利亚问题。").stream().noneMatch(r -> r.startsWith("TALKS")));
        assertTrue(relations("中国同东盟开启对话进程。").stream().noneMatch(r -> r.startsWith("TALKS")));
        assertTrue(relations("朝美双方应尽早恢复对话。").stream().anyMatch(r -> r.startsWith("TALKS KP+US") || r.startsWith("TALKS US+KP")),
                "talks held stay talks");
    }

    @Test
    void talksSaidToBeSomethingAreAViewButNotWhenAskedOfOrDated() {
        assertTrue(relations("对话和谈判是解决争端的唯一出路。").stream().noneMatch(r -> r.startsWith("TALKS")), "a view of talks");
        assertTrue(relations("中苏边界谈判是否已经恢复？").contains("TALKS CN+SU"), "asked whether they resumed: talks held");
        assertTrue(relations("中苏边界谈判是1969年10月在北京开始的。").stream().anyMatch(r -> r.startsWith("TALKS CN+SU")),
                "when they began");
    }

    @Test
    void weWithSeveralNamedAfter同AreChinaAndEachOfThem() {
        List<String> talks = relations("我们愿同越南、老挝和柬埔寨继续保持沟通。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertEquals(List.of("TALKS CN+VN+LA+KH {sought}"), talks);
        List<String> others = relations("我们希望以色列同叙利亚、黎巴嫩继续谈判。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertTrue(others.stream().noneMatch(r -> r.contains("CN")), "others' talks, which China only hopes for: " + others);
    }

    @Test
    void praisingAStateOrBodyIsSupportingIt() {
        List<String> praised = relations("中方赞赏印度尼西亚和法国作为共同主席所作的努力。").stream().filter(r -> r.startsWith("SUPPORT")).toList();
        assertTrue(praised.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> ID")), praised.toString());
        assertTrue(praised.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> FR")), praised.toString());
        List<String> after = relations("我们对巴西、土耳其为此所作的努力表示赞赏。").stream().filter(r -> r.startsWith("SUPPORT")).toList();
        assertTrue(after.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> BR")) && after.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> TR")),
                after.toString());
        List<String> proposal = relations("巴方赞赏中方提出的全球发展倡议。").stream().filter(r -> r.startsWith("SUPPORT")).toList();
        assertTrue(proposal.stream().noneMatch(r -> r.contains("-> CN")), "the proposal is praised, not its proposer: " + proposal);
    }

    @Test
    void praisingAPersonForTheirWorkIsSupportingThemDoneInTheSaying() {
        List<String> titled = relations("我们还要对秘书长德奎利亚尔先生为维护世界和平所作的不懈努力表示赞赏。").stream()
                .filter(r -> r.startsWith("SUPPORT")).toList();
        assertEquals(List.of("SUPPORT CN -> 德奎利亚尔"), titled, "the person after the title; 要 before 表示赞赏 is no wish (done is not written)");
        List<String> holder = relations("我也要赞赏孟加拉国外长乔杜里先生所作的贡献。").stream().filter(r -> r.startsWith("SUPPORT")).toList();
        assertEquals(List.of("SUPPORT CN -> 乔杜里"), holder, "the office holder, not the state");
    }

    @Test
    void praiseOrTributeInAClauseThatGoesOnIsTheSpeakersToo() {
        List<String> tribute = relations("我也要感谢上届大会主席的工作，并对德奎利亚尔秘书长为联合国事业所作的不懈努力表示敬意。");
        assertTrue(tribute.contains("SUPPORT CN -> 德奎利亚尔"), "并 opens no subject; tribute is praise: " + tribute);
        List<String> onThisOccasion = relations("我也愿借此机会，对德奎利亚尔秘书长为联合国的事业所作的不懈努力表示敬意。");
        assertTrue(onThisOccasion.contains("SUPPORT CN -> 德奎利亚尔"), "愿借此机会 is done in the saying: " + onThisOccasion);
    }

    @Test
    void whoIsNamedAfterAFrameClosedBeforeTheVerbActs() {
        List<String> talks = relations("我们愿意在平等的基础上同美方就这一问题进行对话。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertEquals(List.of("TALKS CN+US {sought}"), talks);
        List<String> within = relations("中方愿同包括巴西、阿根廷在内的拉美国家加强合作。").stream().filter(r -> r.startsWith("COOPERATION")).toList();
        assertTrue(within.stream().noneMatch(r -> r.contains("LATAM") || r.contains("latin")), "在内 closes no frame: " + within);
    }

    @Test
    void hopingForTalksWithAnotherIsTheSpeakersOwnTalks() {
        List<String> talks = relations("我们希望同欧盟的谈判也能早日达成协议。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertEquals(List.of("TALKS CN+EU {sought}"), talks);
    }

    @Test
    void talksSaidToBeGoingOnAfterTheWordGoOn() {
        List<String> talks = relations("关于北部湾划界，中越双方谈判正在积极进行。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertTrue(talks.stream().anyMatch(r -> r.contains("CN") && r.contains("VN") && r.endsWith("{ongoing}")), talks.toString());
        List<String> held = relations("中越双方谈判在北京举行。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertTrue(held.stream().noneMatch(r -> r.endsWith("{ongoing}")), "在 of where they are held: " + held);
    }

    @Test
    void theTalksOfOneWithSeveralListedAfter同AreOneTrackWithEach() {
        List<String> tracks = relations("我们希望埃塞俄比亚同埃及、苏丹的谈判取得进展。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertEquals(List.of("TALKS ET+EG {sought}", "TALKS ET+SD {sought}"), tracks);
        List<String> bilateral = relations("我们希望埃塞俄比亚同埃及、苏丹方面的双边谈判取得进展。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertEquals(List.of("TALKS ET+EG {sought}", "TALKS ET+SD {sought}"), bilateral, "方面 and 双边 close the list too");
    }

    @Test
    void aRoundOfTalksNamedAfterItsPartiesIsTheirTalks() {
        List<String> round = relations("第三轮中越战略对话在河内举行。");
        assertTrue(round.stream().anyMatch(r -> r.startsWith("TALKS CN+VN -> 第三轮中越战略对话") || r.startsWith("TALKS VN+CN -> 第三轮中越战略对话")),
                round.toString());
    }

    @Test
    void aRoundNamedByItsOrdinalAfterItsSeriesIsTheTalksOfTheSeriesHolders() {
        org.w3id.diplokg.extractor.resolve.SeriesEditions document = new org.w3id.diplokg.extractor.resolve.SeriesEditions();
        String first = "中葡关于澳门问题的第二轮会谈上月在北京结束。";
        document.apply(first, resolver.resolve(first, ChineseEntityTagger.shared().tag(first)));
        String next = "双方商定，第三轮会谈将于下月举行。";
        List<Mention> mentions = document.apply(next, resolver.resolve(next, ChineseEntityTagger.shared().tag(next)));
        List<String> talks = new RelationFinder(gazetteer).find(next, mentions, new TimeExpressionFinder().find(next, LocalDate.of(1986, 7, 1)),
                LocalDate.of(1986, 7, 1), china).stream().map(RelationFinderTest::describe).filter(r -> r.startsWith("TALKS")).toList();
        assertTrue(talks.stream().anyMatch(r -> r.startsWith("TALKS CN+PT -> 中葡关于澳门问题的第三轮会谈") && r.contains("{planned}")), talks.toString());
    }

    @Test
    void anAbbreviationOfSeveralStatesIsTheOneTheSentenceNames() {
        List<String> round = relations("巴西外长访华期间，双方同意举行第二轮中巴外长级战略对话。");
        assertTrue(round.stream().anyMatch(r -> r.startsWith("TALKS CN+BR") || r.startsWith("TALKS BR+CN")), round.toString());
        List<String> alone = relations("第二轮中巴外长级战略对话在北京举行。");
        assertTrue(alone.stream().anyMatch(r -> r.startsWith("TALKS CN+PK") || r.startsWith("TALKS PK+CN")),
                "with no cue, the reference list's own: " + alone);
    }

    @Test
    void aCompoundStopsWhereAnOrdinaryWordBegins() {
        List<String> talks = relations("双方同意举行新一轮中美法律专家对话。");
        assertTrue(talks.stream().anyMatch(r -> r.startsWith("TALKS CN+US ->") || r.startsWith("TALKS US+CN ->")),
                "法 of 法律 is no third party: " + talks);
        List<String> three = relations("中英法三国外长举行会谈。");
        assertTrue(three.stream().anyMatch(r -> r.contains("CN") && r.contains("GB") && r.contains("FR")), "三国 counts them: " + three);
    }

    @Test
    void aTradeWarOrColdWarWithWhomItIsNamedIsAConflict() {
        List<String> war = relations("中方无意同越南打贸易战。");
        assertTrue(war.stream().anyMatch(r -> r.startsWith("CONFLICT CN+VN") && r.contains("{denied}")), war.toString());
        assertTrue(relations("要警惕中越经贸摩擦升级。").stream().anyMatch(r -> r.startsWith("CONFLICT CN+VN")));
        assertTrue(relations("我们主张和平解决冲突。").stream().noneMatch(r -> r.startsWith("CONFLICT")), "no one named with whom");
        assertEquals(List.of("CONFLICT US+GB+IQ @2020"), relations("去年，美国和英国对伊拉克境内目标进行了空袭。"), "an attack: who attacks and whom");
        assertTrue(relations("以色列对叙利亚发动军事打击。").contains("CONFLICT IL+SY"));
        assertTrue(relations("北约轰炸了南联盟。").stream().anyMatch(r -> r.startsWith("CONFLICT NATO+")), "the one attacked named right after the verb");
        assertTrue(relations("巴黎发生系列恐怖袭击。").stream().noneMatch(r -> r.startsWith("CONFLICT")), "an attack by no named party");
    }

    @Test
    void communicationIsTalksOnlyWithWhomItIsKeptNamed() {
        List<String> kept = relations("中方将继续同越方就此保持沟通。");
        assertTrue(kept.stream().anyMatch(r -> r.startsWith("TALKS CN+VN") || r.startsWith("TALKS VN+CN")), kept.toString());
        assertTrue(relations("中国和越南要加强沟通。").stream().noneMatch(r -> r.startsWith("TALKS")), "no partner named with 同/与: a general word");
        assertTrue(relations("中方同越方加强沟通协调。").stream().noneMatch(r -> r.startsWith("TALKS")), "沟通协调 is coordination, cooperation");
    }

    @Test
    void aPlaceFramedAsTheTopicOpeningASentenceIsNoActor() {
        List<String> topic = relations("在也门问题上，我们支持联合国发挥斡旋作用。");
        assertTrue(topic.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> UN")), topic.toString());
        assertTrue(topic.stream().noneMatch(r -> r.startsWith("SUPPORT YE")), "在也门问题上 says what about, not who: " + topic);
    }

    @Test
    void whatAQuestionAsksAboutIsNoRelationStated() {
        assertEquals(List.of(), relations("您如何看待中越两国的科技合作？"));
        assertTrue(relations("中越两国签署了科技合作协议，您如何看待？").stream().anyMatch(r -> r.startsWith("COOPERATION")),
                "what the question states before asking stays");
    }

    @Test
    void whoIsReceivedIsThePersonAStatesTitleNames() {
        List<String> met = relations("习近平主席在上海会见日本首相安倍晋三。").stream().filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(List.of("MEETING 习近平+安倍晋三 / meets"), met);
        List<String> listed = relations("习近平主席在上海会见了日本首相安倍晋三、韩国总统文在寅和澳大利亚总理特恩布尔。").stream()
                .filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(List.of("MEETING 习近平+安倍晋三 / meets", "MEETING 习近平+文在寅 / meets", "MEETING 习近平+马尔科姆·特恩布尔 / meets"), listed,
                "each office-holder listed after the first, each by their state's title");
    }

    @Test
    void aSummitNamedByItsMeetingWordIsNoMeetingOfTwo() {
        assertTrue(relations("中方支持巴方办好明年的会晤，期待会晤取得丰硕成果。").stream().noneMatch(r -> r.startsWith("MEETING")));
        assertTrue(relations("习近平主席同卢拉总统举行会晤。").stream().anyMatch(r -> r.startsWith("MEETING")), "a meeting stays one");
    }

    @Test
    void aStanceOnAProposalIsOnTheProposalNotItsProposer() {
        List<String> proposal = relations("俄方支持中方提出的“双轨并进”思路。");
        assertTrue(proposal.stream().anyMatch(r -> r.startsWith("SUPPORT RU -> DUAL-TRACK")), proposal.toString());
        assertTrue(relations("成员国重申支持“一带一路”倡议。").stream().noneMatch(r -> r.startsWith("SUPPORT CN")),
                "an unnamed subject before the verb is not the minister's own stance");
        assertTrue(relations("过去一年来，我们坚定维护多边主义，与国际社会共同抵制单边制裁。").contains("OPPOSITION CN / 单边制裁"), "with whom is no subject");
    }

    @Test
    void aTitleNamingTwoGovernmentsGivesTheAgreementsParties() {
        List<String> found = relations("双方签署了《中华人民共和国政府与越南社会主义共和国政府关于海上合作的谅解备忘录》，同意加强对接。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+VN") || r.startsWith("AGREEMENT_PARTY VN+CN")), found.toString());
    }

    @Test
    void agreementsIssuedAndCarriedOut() {
        assertTrue(relations("两国发表了《中俄关于全球战略稳定的联合声明》。").contains(
                "AGREEMENT_ACTION CN+RU -> 中俄关于全球战略稳定的联合声明 / adopted"));
        assertEquals(List.of("AGREEMENT_ACTION CN+FR -> PARIS / implemented {planned}"), relations("中法两国将全面落实《巴黎协定》。"));
        assertTrue(relations("两国外长在万隆签署了《中印尼引渡条约》。").contains("AGREEMENT_PARTY CN+ID -> 中印尼引渡条约"),
                "印尼 in a compound is Indonesia, not India and Nepal");
        List<String> titled = relations("今年是中美《上海公报》发表40周年。");
        assertTrue(titled.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+US -> SHANGHAI-COMMUNIQUE")), titled.toString());
        assertTrue(titled.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN+US -> SHANGHAI-COMMUNIQUE")),
                "a compound right before a title in marks names its parties: " + titled);
        assertTrue(relations("双方领导人在新加坡发表了《中国—东盟战略伙伴关系2030年愿景》。").stream().noneMatch(r -> r.contains(" SG ")
                || r.startsWith("AGREEMENT_ACTION SG")), "the city or state after 在 is where, not who");
        assertEquals(List.of("AGREEMENT_ACTION CN -> PARIS / accession @2016"), relations("中国于2016年加入《巴黎协定》。"));
        assertEquals(List.of("AGREEMENT_ACTION CN -> PARIS / ratified"), relations("中国已经核准《巴黎协定》。"), "核准 ratifies, as 批准 does");
        assertTrue(relations("中方已正式提出加入《巴黎协定》。").stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN -> PARIS / applied to join")),
                relations("中方已正式提出加入《巴黎协定》。").toString());
        List<String> nested = relations("中国和东盟国家外长发表了关于全面有效落实《南海各方行为宣言》的联合声明。");
        assertTrue(nested.stream().noneMatch(r -> r.contains("-> DOC")), "落实 inside the statement's name is nothing done to the declaration: " + nested);
    }

    @Test
    void coordinationIsCooperationAndAVisitTakesEveryPlaceListedAfterItsAspect() {
        assertEquals(List.of("COOPERATION CN+RU -> UN {ongoing}"), relations("中俄在联合国等多边框架内保持密切协调。"));
        assertEquals(List.of("COOPERATION CN+ZA {sought}"), relations("中方愿同南非等非洲国家加强执法合作。"),
                "the region after 等 is the class of the states listed, not a party");
        List<String> visits = relations("去年，李强总理访问了越南、老挝和柬埔寨。");
        assertTrue(visits.containsAll(List.of("VISIT 李强 -> VN / visits @2020", "VISIT 李强 -> LA / visits @2020", "VISIT 李强 -> KH / visits @2020")),
                visits.toString());
    }

    @Test
    void eachListedObjectIsSupportedAndAWeakAbbreviationIsASideWhenTheSegmenterSaysSo() {
        List<String> listed = relations("我们也支持法国、德国为此所作的努力。");
        assertTrue(listed.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> FR")) && listed.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> DE")),
                listed.toString());
        List<String> paris = relations("中方支持法方办好巴黎奥运会。");
        assertTrue(paris.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> FR")), "法方 is France's side: " + paris);
        assertTrue(paris.stream().anyMatch(r -> r.startsWith("HOSTING FR -> PARIS-2024") && r.contains("{planned}")),
                "to host it well is still to come: " + paris);
    }

    @Test
    void visitingChinaIsReadFromTheBoundForm() {
        assertTrue(relations("伊姆兰·汗总理将访华。").contains("VISIT 伊姆兰·汗 -> CN / visits {planned}"), relations("伊姆兰·汗总理将访华。").toString());
        assertTrue(relations("伊姆兰·汗总理是否会访华？").contains("VISIT 伊姆兰·汗 -> CN / visits {planned}"), "asked whether it will be: planned");
        assertTrue(relations("伊姆兰·汗总理何时访华？").contains("VISIT 伊姆兰·汗 -> CN / visits {planned}"), "asked when it will be: planned");
        assertTrue(relations("中方欢迎伊姆兰·汗总理访华。").contains("VISIT 伊姆兰·汗 -> CN / visits {sought}"), "a visit welcomed: sought");
        assertTrue(relations("中方欢迎伊姆兰·汗总理明年访华。").stream().anyMatch(r -> r.startsWith("VISIT 伊姆兰·汗 -> CN / visits {planned}")),
                "a visit welcomed whose time is later: planned, as the time says: " + relations("中方欢迎伊姆兰·汗总理明年访华。"));
        assertTrue(relations("双方邀请伊姆兰·汗总理明年访华。").stream().anyMatch(r -> r.startsWith("VISIT 伊姆兰·汗 -> CN") && r.contains("{sought}")),
                "an invitation seeks the visit");
        List<String> guest = relations("我们欢迎二阶俊博干事长率团来华出席高峰论坛。");
        assertTrue(guest.stream().anyMatch(r -> r.startsWith("VISIT 二阶俊博 -> CN")), guest.toString());
    }

    @Test
    void aRelationReadTwiceAtOnePlaceIsOneWithOneModality() {
        // 此次访问 (done) and 还将前往 (planned) read the visits twice over one span; the graph names a relation by where it
        // stands, and a relation with two modalities would break the shapes and lose the whole document
        String sentence = "习近平主席此次访问还将前往摩洛哥、阿尔及利亚和沙特阿拉伯。";
        List<Relation> found = foundIn(sentence, RelationContext.NONE).relations();
        assertTrue(found.stream().anyMatch(r -> r.kind() == org.w3id.diplokg.extractor.model.RelationKind.VISIT), found.toString());
        assertEquals(found.size(), found.stream().map(r -> java.util.Arrays.asList(r.kind(), r.begin(), r.parties(), r.object(),
                r.objectText(), r.action())).distinct().count(), found.toString());
        assertTrue(found.stream().filter(r -> r.object() != null && r.object().key().equals("MA"))
                .allMatch(r -> r.modality() == RelationModality.PLANNED), "the reading whose words say more: 还将, planned");
    }

    private static String describe(Relation r) {
        return r.kind() + " " + r.parties().stream().map(Entity::key).collect(Collectors.joining("+"))
                + (r.object() != null ? " -> " + r.object().key() : "")
                + (r.objectText() != null ? " / " + r.objectText() : "")
                + (r.action() != null ? " / " + r.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') : "")
                + (r.sinceYear() != null ? " / " + r.sinceYear() : "")
                + (r.modality() != RelationModality.DONE ? " {" + r.modality().name().toLowerCase(java.util.Locale.ROOT) + "}" : "")
                + (r.time() != null ? " @" + r.time().value().lexical() : "");
    }

    @Test
    void aClauseGoingOnWithItsOwnVerbIsAsSureAsTheOneBefore() {
        List<String> planned = relations("江泽民主席将出席在马尼拉举行的亚太经合组织领导人非正式会议，并对菲律宾进行国事访问。");
        assertTrue(planned.stream().anyMatch(r -> r.startsWith("VISIT 江泽民 -> PH") && r.contains("{planned}")), planned.toString());
        List<String> done = relations("江泽民主席出席了在马尼拉举行的亚太经合组织领导人非正式会议，并对菲律宾进行了国事访问。");
        assertTrue(done.stream().anyMatch(r -> r.startsWith("VISIT 江泽民 -> PH") && !r.contains("{")), done.toString());
    }

    @Test
    void whoAcceptsAnInvitationOrComesToACapitalVisits() {
        assertTrue(relations("竹下登首相已经接受了李鹏总理的邀请，将于今年内访问中国。").stream()
                        .anyMatch(r -> r.startsWith("VISIT 竹下登 -> CN") && r.contains("{planned}")),
                relations("竹下登首相已经接受了李鹏总理的邀请，将于今年内访问中国。").toString());
        assertTrue(relations("越南副外长丁儒廉来北京。").stream().anyMatch(r -> r.startsWith("VISIT 丁儒廉 -> CN")),
                relations("越南副外长丁儒廉来北京。").toString());
        assertTrue(relations("这将为世界带来中国机遇。").stream().noneMatch(r -> r.startsWith("VISIT")), "带来 is no coming");
        assertTrue(relations("我们欢迎亚洲各国的运动员来北京参加比赛。").stream().noneMatch(r -> r.startsWith("VISIT")),
                "who is welcomed to come has not come");
    }

    @Test
    void aMeetingOnRequestKeepsTheSubjectBefore() {
        List<String> met = relations("钱其琛外长在出席巴黎会议期间，应约会见了以色列外长阿伦斯。");
        assertTrue(met.stream().anyMatch(r -> r.startsWith("MEETING ") && r.contains("钱其琛") && r.contains("阿伦斯")), met.toString());
    }

    @Test
    void aStateNamedInFullOpensNoCompoundOfParties() {
        List<String> signed = relations("中国代表在马拉喀什签署了《乌拉圭回合多边贸易谈判结果最后文件》。");
        assertTrue(signed.stream().noneMatch(r -> r.matches(".*\\bUA\\b.*") || r.contains("latin-america")), "乌拉圭 is no 乌 and 拉: " + signed);
        assertTrue(signed.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN -> 乌拉圭回合多边贸易谈判结果最后文件")), signed.toString());
    }

    @Test
    void thePartnerNamedAfterTheFieldsOfCooperationCooperates() {
        assertReads("中方愿在能源等领域同俄方开展合作。", "COOPERATION CN+RU / 能源 {sought}"::equals, "the partner after the fields");
    }

    @Test
    void relationsNormalisedInEveryFormAreTheirRelations() {
        assertReads("只要越南从柬埔寨撤出全部军队，中越关系就有可能实现正常化。",
                "RELATIONS_ANNIVERSARY CN+VN / relations normalized {sought}"::equals, "有可能: a hope, not a fact");
        assertReads("我们希望中越关系早日恢复正常。", "RELATIONS_ANNIVERSARY CN+VN / relations normalized {sought}"::equals, "恢复正常");
    }

    @Test
    void aLandNamedByItsAuthoritiesIsASideOfTalks() {
        assertReads("我们愿意同台湾方面进行协商。", "TALKS CN+taiwan {sought}"::equals, "the land by its authorities");
        assertReadsNone("美国同台湾的对话引起关注。", r -> r.startsWith("TALKS"), "a land named alone is no side");
    }

    @Test
    void officialRelationsTwoPartiesSayTheyHaveNotAreTheirRelationsDenied() {
        assertReads("中国同南朝鲜没有官方关系。", "RELATIONS_ANNIVERSARY CN+KR {denied}"::equals, "no official relations");
        assertReadsNone("中国是否考虑同南朝鲜发展官方关系？", r -> r.startsWith("RELATIONS_ANNIVERSARY"), "no negation, none");
        assertReadsNone("中国政府坚决反对任何国家同台湾发展官方关系。", r -> r.startsWith("RELATIONS_ANNIVERSARY"), "no pair named");
    }

    @Test
    void aJointBodyOfStatesNamedByThemIsTheirCooperation() {
        assertReads("中英联合联络小组今年七月在伦敦举行了第一次会议。", "COOPERATION CN+GB -> 中英联合联络小组"::equals, "the body's states");
        assertReads("届时，中葡联合联络小组将开始工作。", "COOPERATION CN+PT -> 中葡联合联络小组 {planned}"::equals,
                "its modality is the words' after it");
        assertReadsNone("应越南共产党中央委员会总书记邀请，他将访华。", r -> r.startsWith("COOPERATION"), "one state's body named in full");
    }

    @Test
    void aDocumentNamedByWhatItIsAboutNamesNoParty() {
        List<String> signed = relations("去年11月，中美两国签署了关于中国加入世界贸易组织的双边协议。");
        assertTrue(signed.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+US -> ")), signed.toString());
        assertTrue(signed.stream().filter(r -> r.startsWith("AGREEMENT_")).noneMatch(r -> r.contains("WTO ->")),
                "the body it is about is no party: " + signed);
    }

    @Test
    void welcomingWhatIsNamedBeforeTheVerbIsSupport() {
        List<String> treaty = relations("中方对约旦和以色列签署《约以和平条约》表示欢迎。");
        assertTrue(treaty.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> ")), treaty.toString());
        assertTrue(treaty.stream().filter(r -> r.startsWith("AGREEMENT_ACTION")).noneMatch(r -> r.contains("CN")),
                "who welcomes the signing did not sign: " + treaty);
        assertTrue(relations("中国政府对安理会的这一决定表示欢迎。").contains("SUPPORT CN -> UNSC"),
                relations("中国政府对安理会的这一决定表示欢迎。").toString());
        assertTrue(relations("我谨对各位嘉宾的到来表示热烈欢迎。").stream().noneMatch(r -> r.startsWith("SUPPORT")), "a greeting");
    }

    @Test
    void whatTalksAreAboutIsNoSide() {
        assertEquals(List.of("TALKS VN+CN"), relations("越南副外长丁儒廉同中国副外长刘述卿就柬埔寨问题进行了磋商。").stream()
                .filter(r -> r.startsWith("TALKS")).toList());
        assertTrue(relations("习近平主席同普京总统通话时，就提出愿看到俄乌双方尽早和谈。").stream().anyMatch(r -> r.startsWith("TALKS RU+UA")),
                "就 before a verb opens no topic");
        assertTrue(relations("目前，中国和巴西两国政府正在就有关问题进行商谈。").stream().anyMatch(r -> r.startsWith("TALKS CN+BR {ongoing}")),
                "商谈 is talks: " + relations("目前，中国和巴西两国政府正在就有关问题进行商谈。"));
    }

    @Test
    void partnershipsNameTheirPartiesAndKind() {
        // as the words that govern it put it: 将…推进, planned
        assertEquals(List.of("PARTNERSHIP CN+RU / 新时代全面战略协作伙伴关系 {planned}"),
                relations("双方将在更大范围、更宽领域、更深层次上推进中俄新时代全面战略协作伙伴关系。"));
        assertEquals(List.of("PARTNERSHIP CN+ASEAN / 全面战略伙伴关系"),
                relations("30年后，中国和东盟建立全面战略伙伴关系，树立了睦邻友好的典范。"));
        // 都将…推向前进: planned (the guidelines take 将 before 不断)
        assertEquals(List.of("PARTNERSHIP CN+RU / 新时代全面战略协作伙伴关系 {planned}"),
                relations("不管国际风云如何险恶，中俄都将保持战略定力，将新时代全面战略协作伙伴关系不断推向前进。"));
    }

    @Test
    void aPartnershipIsAsTheWordsThatGovernItPutIt() {
        assertEquals(List.of("PARTNERSHIP CN+IN / 战略合作伙伴关系 {sought}"), relations("我们愿推动中印战略合作伙伴关系不断向前发展。"));
        // 将 that takes the relationship as its object says no future
        assertEquals(List.of("PARTNERSHIP CN+MX / 全面战略伙伴关系"), relations("中国和墨西哥决定将两国关系提升为全面战略伙伴关系。"));
        List<String> raised = relations("双方决定将中墨战略伙伴关系提升为全面战略伙伴关系。");
        assertTrue(raised.stream().allMatch(r -> !r.contains("{")), "将 sees what its object is made beyond the partnership: " + raised);
        List<String> anniversary = relations("明年将迎来中国—东盟战略伙伴关系建立25周年。");
        assertTrue(anniversary.stream().anyMatch(r -> r.startsWith("PARTNERSHIP CN+ASEAN") && !r.contains("{")), anniversary.toString());
    }

    @Test
    void whoMeetsIsTheSubjectOfAClauseBeforeNotTheTopicAfterJiu() {
        List<String> found = relations("李强总理访问越南期间，将同范明政总理就中越关系交换意见。");
        assertTrue(found.contains("MEETING 李强+范明政 / meets {planned}"), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("MEETING") && (r.contains("CN") || r.contains("VN"))),
                "中越 after 就 is what they discuss: " + found);
        List<String> talks = relations("李强总理此次访越，将同范明政总理举行会谈，就深化中越全面战略合作交换意见。");
        assertEquals(1, talks.stream().filter(r -> r.startsWith("MEETING")).count(), "the clause after 就 continues the talks: " + talks);
    }

    @Test
    void aPartnershipsAnniversaryNamedAsAnEventStillJoinsItsPartners() {
        List<String> found = relations("明年是中国—东盟建立战略伙伴关系25周年，双方将隆重庆祝。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("PARTNERSHIP ") && r.contains("CN") && r.contains("ASEAN")), found.toString());
    }

    @Test
    void aSentenceWithoutPartnersNamesNoPartnership() {
        assertEquals(List.of(), relations("三是不断深化伙伴关系。"));
        assertTrue(relations("推动《区域全面经济伙伴关系协定》全面有效实施。").stream().noneMatch(r -> r.startsWith("PARTNERSHIP")));
    }

    @Test
    void agreementsAndWhatHappenedToThem() {
        assertTrue(relations("习近平主席和欧洲领导人共同宣布完成中欧投资协定谈判。").stream()
                .anyMatch(r -> r.startsWith("AGREEMENT_ACTION") && r.endsWith("-> CAI / concluded")));
        assertEquals(List.of("AGREEMENT_ACTION CN -> RCEP / signed {sought}"),
                relations("我们共同推动签署区域全面经济伙伴关系协定，建立了世界上最大的自贸区。"));
    }

    @Test
    void membershipAndAccession() {
        assertEquals(List.of("PARTNERSHIP CN+RU / 战略伙伴", "MEMBERSHIP CN+RU -> UNSC / member"),
                relations("中俄是联合国安理会常任理事国，也是彼此最重要的紧密邻邦和战略伙伴。"));
        assertEquals(List.of("MEMBERSHIP CN -> WTO / accession / 2001"), relations("今年是中国加入世贸组织20周年。"));
        List<String> lastYear = relations("去年，各方共同纪念中国加入世贸组织19周年。");
        assertTrue(lastYear.contains("MEMBERSHIP CN -> WTO / accession / 2001"),
                "the years count back from 去年 (2020), a clause of its own before: " + lastYear);
        assertTrue(relations("中国加入了世卫组织“新冠疫苗实施计划”，承诺首批提供1000万剂疫苗。").stream()
                .noneMatch(r -> r.startsWith("MEMBERSHIP")), "joining a programme of the WHO is not joining the WHO");
        assertTrue(relations("中俄同为上合组织成员。").stream().anyMatch(r -> r.startsWith("MEMBERSHIP CN+RU -> SCO")));
        assertTrue(relations("本月21日，文莱达鲁萨兰国成为联合国第159个会员国。").stream().anyMatch(r -> r.startsWith("MEMBERSHIP BN -> UN ")),
                "a member counted");
        assertTrue(relations("巴西当选2022年至2023年联合国安理会非常任理事国。").stream()
                .anyMatch(r -> r.startsWith("MEMBERSHIP BR -> UNSC")));
        List<String> chair = relations("王毅会见了东盟轮值主席国柬埔寨外长，双方将加强合作。");
        assertTrue(chair.contains("MEMBERSHIP KH -> ASEAN / member"), "a body's chair by its title is a member, as it is now: " + chair);
        assertTrue(relations("马来西亚将担任东盟轮值主席国。").contains("MEMBERSHIP MY -> ASEAN / member {planned}"),
                "chairing by its verb: only a member chairs (read since session 33; many golds leave it out)");
        assertTrue(relations("中方作为上合组织的一员，将积极参与。").stream().anyMatch(r -> r.startsWith("MEMBERSHIP CN -> SCO")));
        assertReads("埃及是不结盟运动的发起国之一。", r -> r.startsWith("MEMBERSHIP EG -> NAM"), "a founding state is a member");
        assertReads("我们祝贺文莱成为东盟的新成员国。", r -> r.startsWith("MEMBERSHIP BN -> ASEAN"), "a new member");
        assertReads("我们同印尼、新加坡、泰国三个东盟国家保持着友好关系。", r -> r.startsWith("MEMBERSHIP ID+SG+TH -> ASEAN"),
                "states listed and counted as the body's states: one relation of them all");
        List<String> established = relations("中国已经同印尼、新加坡两个东盟国家建立了外交关系。");
        assertTrue(established.containsAll(List.of("RELATIONS_ANNIVERSARY CN+ID / diplomatic relations",
                "RELATIONS_ANNIVERSARY CN+SG / diplomatic relations")), "what the listed states are, between them and the words: " + established);
    }

    @Test
    void aSeatRightsOrRepresentationInABodyAreMembership() {
        assertEquals(List.of("MEMBERSHIP CN -> UN / member @1971"),
                relations("1971年，联合国大会恢复了中华人民共和国在联合国的一切合法权利。"));
        assertEquals(List.of("MEMBERSHIP CN -> UN / member"), relations("那项决议解决了包括台湾在内的全中国在联合国的代表权问题。"),
                "the state nearest 在, not a region before it");
        assertEquals(List.of("MEMBERSHIP CN -> IMF / member @2021-02"), relations("国际货币基金组织上月恢复了中国的合法席位。"),
                "the body restoring the seat, the subject");
        List<String> each = relations("执行董事会决定恢复中国在世界银行及其附属机构国际开发协会的代表权。");
        assertTrue(each.containsAll(List.of("MEMBERSHIP CN -> WB / member", "MEMBERSHIP CN -> IDA / member")), "each body: " + each);
        assertTrue(relations("中国在联合国的立场是一贯的。").stream().noneMatch(r -> r.startsWith("MEMBERSHIP")),
                "a stance in a body says nothing of a seat");
        assertTrue(relations("在中国恢复联合国合法席位50周年之际，我们将继续践行多边主义。").stream()
                .noneMatch(r -> r.startsWith("MEMBERSHIP") && r.contains("{planned}")), "在 opening a time holds no seat: the 将 after is not its");
    }

    @Test
    void callingOnAndSummoningAreMeetingsWithWhomIsNamedAfter() {
        assertTrue(relations("李鹏总理访韩期间，将拜会金泳三总统。").stream().anyMatch(r -> r.startsWith("MEETING 李鹏+金泳三")),
                relations("李鹏总理访韩期间，将拜会金泳三总统。").toString());
        List<String> summoned = relations("钱其琛外长约见了苏联副外长罗高寿。");
        assertTrue(summoned.stream().anyMatch(r -> r.startsWith("MEETING 钱其琛+罗高寿")), "the ambassador the state's office names: " + summoned);
        Entity speaker = Entity.named(EntityType.PERSON, "王毅");
        List<String> mine = relationsIn("此次我应邀访问印尼，将拜会佐科总统。", RelationContext.NONE.spokenBy(speaker));
        assertTrue(mine.stream().anyMatch(r -> r.startsWith("MEETING 王毅+")), "the minister speaking of himself: " + mine);
    }

    @Test
    void aMeetingIsOneWhateverItsWordsAndTheCityItIsHeldInIsNoParty() {
        assertEquals(1, relations("访问期间，中俄两国元首举行会谈，就双边关系交换意见。").stream().filter(r -> r.startsWith("MEETING")).count());
        assertTrue(relations("去年，中美两国元首在美国华盛顿举行会晤。").stream().filter(r -> r.startsWith("MEETING"))
                .allMatch(r -> r.startsWith("MEETING CN+US ")), "华盛顿, where they met, is no party");
        assertTrue(relations("第二十五次中国—欧盟领导人会晤在北京举行。").stream().anyMatch(r -> r.startsWith("MEETING CN+")),
                "a body's summit with China is a meeting of the two");
        assertTrue(relations("第二十六次中国—东盟领导人会议在雅加达举行。").stream().noneMatch(r -> r.startsWith("MEETING")),
                "a body's regular meeting with China is its members' hosting and attendance, no meeting of two");
        assertTrue(relations("金砖国家领导人杭州会晤下月开幕。").stream().noneMatch(r -> r.startsWith("MEETING")),
                "a city named in a meeting's name (杭州) is where it is held: with one party left there is no meeting");
        List<String> signed = relations("2010年，美俄在布拉格签署《新削减战略武器条约》。");
        assertTrue(signed.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION US+RU ") || r.startsWith("AGREEMENT_ACTION RU+US ")),
                "布拉格, where it was signed, is no party to the signing: " + signed);
        assertTrue(relations("中方在杭州成功主办二十国集团领导人峰会。").stream().noneMatch(r -> r.contains("hangzhou") && !r.startsWith("HOSTING")),
                "a city may host, never act otherwise");
        List<String> sea = relations("中国和东盟在南海开展了海上搜救合作。");
        assertTrue(sea.contains("COOPERATION CN+ASEAN") && sea.stream().noneMatch(r -> r.contains("south-china-sea")),
                "a sea is where, never a party: " + sea);
        assertTrue(relations("第二届中国—中亚峰会在阿斯塔纳举行。").stream().noneMatch(r -> r.startsWith("MEETING")),
                "a region's summit with China is its states': the golds read hosting and visits, not a meeting of two");
        List<String> ministers = relations("日本外相岸田文雄同韩国外长尹炳世在东京举行会谈。").stream().filter(r -> r.startsWith("MEETING")).toList();
        assertTrue(!ministers.isEmpty() && ministers.stream().noneMatch(r -> r.contains("JP") || r.contains("KR")),
                "a state before its minister's title names whose minister, not another party: " + ministers);
    }

    @Test
    void whoProposedAnInitiativeIsItsParty() {
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN -> SUSPENSION-FOR-SUSPENSION / proposes",
                        "INITIATIVE_PARTICIPATION CN -> DUAL-TRACK / proposes"),
                relations("中方提出的“双暂停”倡议和“双轨并进”思路正在得到各方理解。"));
        assertTrue(relations("俄方提出了“大欧亚伙伴关系”倡议。").stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION RU") && r.contains("proposes")));
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN -> BRI / proposes"), relations("哈方支持中方提出的“一带一路”倡议。").stream()
                .filter(r -> r.contains("proposes")).toList(), "who proposed it is the one named right before 提出");
        assertTrue(relations("习近平主席在联合国大会上提出全球发展倡议。").stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION")
                && r.contains("-> GDI / proposes") && !r.contains("UNGA")), "where it was proposed is not who proposed it");
        assertEquals(List.of(), relations("提出的问题很多。").stream().filter(r -> r.contains("proposes")).toList());
        assertTrue(relations("中方去年提出了《全球数据安全倡议》。").stream()
                .anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN") && r.contains("proposes")), "a title in 《》 right after 提出");
        assertTrue(relations("中方提出了符合地区实际的亚洲安全观。").stream()
                .anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN -> ASIAN-SECURITY-CONCEPT") && r.contains("proposes")),
                "what the proposal is about, closed by 的, between 提出 and the name");
        assertTrue(relations("巴方提出了建立南亚无核区的主张。").stream()
                .anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION PK") && r.contains("proposes")), "what the proposal would set up");
        assertTrue(relations("美方又提出了所谓“印太战略”。").stream()
                .anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION US") && r.contains("proposes")), "a so-called proposal is proposed too");
        assertTrue(relations("美方抛出“印太战略”。").stream()
                .anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION US") && r.contains("proposes")), "抛出, proposing with disdain");
        assertEquals(List.of(), relations("中方提出，推动构建人类命运共同体。").stream().filter(r -> r.contains("proposes")).toList(),
                "提出 and a comma states a view: no proposal of what follows");
        assertTrue(relations("中国政府今年发布了《全球数据安全倡议》。").stream()
                .anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN") && r.contains("proposes")), "publishing a programme proposes it");
        List<String> twoPlaces = relations("习近平主席在俄罗斯和白俄罗斯先后提出共建全球发展倡议。").stream()
                .filter(r -> r.startsWith("INITIATIVE_PARTICIPATION")).toList();
        assertEquals(List.of("INITIATIVE_PARTICIPATION 习近平 -> GDI / proposes"), twoPlaces,
                "places listed after 在 are where, and 共建 right after 提出 is the proposal's wording, not who builds it");
        List<String> subject = relations("去年，习近平主席出席联合国大会，首次提出全球发展倡议。").stream()
                .filter(r -> r.contains("proposes")).toList();
        assertEquals(List.of("INITIATIVE_PARTICIPATION 习近平 -> GDI / proposes @2020"), subject, "a clause with no subject is the sentence's subject's");
    }

    @Test
    void aCommuniqueNamedByTheRelationsItEstablishedIsNoActOfThem() {
        assertReadsNone("我们希望美方严格遵守中美建交公报。", r -> r.startsWith("RELATIONS_ANNIVERSARY"), "the document's name");
        assertReads("1990年，两国外长在纽约签署了中新建交公报。", r -> r.startsWith("RELATIONS_ANNIVERSARY"), "signing it establishes them");
    }

    @Test
    void anniversariesGiveTheYearRelationsBegan() {
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+ASEAN / dialogue relations / 1991"),
                relations("今年是中国—东盟建立对话关系30周年。"));
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+BR / diplomatic relations / 1974"), relations("2024年是中国和巴西建交50周年。"));
    }

    @Test
    void relationsRestoredOrRaisedToAmbassadorsAreDiplomaticRelations() {
        assertTrue(relations("中葡两国自1979年恢复邦交以来，友好合作不断发展。").stream()
                .anyMatch(r -> r.startsWith("RELATIONS_ANNIVERSARY CN+PT / diplomatic relations")), relations("中葡两国自1979年恢复邦交以来，友好合作不断发展。").toString());
        assertTrue(relations("1972年，中德两国的外交关系升格为大使级。").stream().anyMatch(r -> r.startsWith("RELATIONS_ANNIVERSARY CN+DE")),
                relations("1972年，中德两国的外交关系升格为大使级。").toString());
        assertTrue(relations("中国同东盟自1991年建立正式关系以来合作顺利。").stream().anyMatch(r -> r.startsWith("RELATIONS_ANNIVERSARY CN+ASEAN")),
                relations("中国同东盟自1991年建立正式关系以来合作顺利。").toString());
        assertTrue(relations("日本和朝鲜将恢复邦交正常化谈判。").stream().noneMatch(r -> r.contains("diplomatic relations")),
                "恢复 of talks on normalising relations restores no relations: " + relations("日本和朝鲜将恢复邦交正常化谈判。"));
    }

    @Test
    void aYearInANameSaysNotWhenTheRelationHolds() {
        List<String> found = relations("中方支持非洲联盟实施《2063年议程》。");
        assertTrue(!found.isEmpty() && found.stream().noneMatch(r -> r.contains("@2063") || r.contains("{planned}")), found.toString());
        List<String> event = relations("中方支持法方办好2024年巴黎奥运会。").stream().filter(r -> r.startsWith("HOSTING")).toList();
        assertTrue(!event.isEmpty() && event.stream().allMatch(r -> r.contains("{planned}")), "an event is held in the year its name gives: " + event);
    }

    @Test
    void supportOfWhatAPartyDoesToADocumentIsSupportOfTheDocument() {
        assertTrue(relations("中方支持非洲联盟实施《2063年议程》。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> AU-AGENDA-2063 /")),
                relations("中方支持非洲联盟实施《2063年议程》。").toString());
        assertTrue(relations("中方支持非洲联盟《2063年议程》。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> AU-AGENDA-2063")),
                "the party's own programme named right after it");
        assertTrue(relations("中方支持非洲联盟在地区事务中发挥作用。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> AU ")),
                "no document acted on: the party is supported");
        assertTrue(relations("中方支持非洲联盟正式加入二十国集团。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> AU ")),
                "a body joined: the joiner is supported");
    }

    @Test
    void theOtherPartyKeepingToChinasBilateralDocumentImplementsIt() {
        assertTrue(relations("我们敦促美方恪守中美三个联合公报的原则。").stream()
                .anyMatch(r -> r.startsWith("AGREEMENT_ACTION US -> THREE-COMMUNIQUES / implemented")), "the party urged keeps to it");
        assertTrue(relations("我们要求美方恪守中美三个联合公报。").stream()
                .anyMatch(r -> r.startsWith("AGREEMENT_ACTION US -> THREE-COMMUNIQUES / implemented {sought}")), "asked of them: sought");
        assertTrue(relations("我们敦促美方恪守一个中国原则和中美三个联合公报。").stream()
                .anyMatch(r -> r.startsWith("AGREEMENT_ACTION US -> THREE-COMMUNIQUES / implemented")), "kept to as one of a list");
        assertTrue(relations("我们希望美方恪守在中美三个联合公报中作出的承诺。").stream()
                .anyMatch(r -> r.startsWith("AGREEMENT_ACTION US -> THREE-COMMUNIQUES / implemented")), "what it holds kept to");
        assertTrue(relations("中美双方应当恪守中美三个联合公报的原则。").stream().noneMatch(r -> r.startsWith("AGREEMENT_ACTION")),
                "both sides keeping to it: a pledge, not read");
        assertTrue(relations("各方应恪守《联合国宪章》的宗旨和原则。").stream().noneMatch(r -> r.startsWith("AGREEMENT_ACTION")),
                "a document of many parties: no action");
    }

    @Test
    void supportOfABodysEnvoyIsSupportOfTheEnvoy() {
        List<String> envoy = relations("中方支持联合国和阿拉伯国家联盟联合特使安南的斡旋努力。").stream().filter(r -> r.startsWith("SUPPORT")).toList();
        assertTrue(envoy.size() == 1 && envoy.get(0).startsWith("SUPPORT CN -> 安南"), "the envoy, not the bodies whose he is: " + envoy);
        assertTrue(relations("中方支持联合国在叙利亚问题上发挥作用。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> UN ")),
                "no envoy named: the body");
    }

    @Test
    void aStanceIsTakenWhenSaidWhateverTheTimeOfWhatItIsOn() {
        assertTrue(relations("中方支持意大利担任明年二十国集团主席国。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> IT") && !r.contains("{")),
                relations("中方支持意大利担任明年二十国集团主席国。").toString());
        assertTrue(relations("中方明年将支持意大利担任二十国集团主席国。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> IT") && r.contains("{planned}")),
                "said to come: planned");
        assertTrue(relations("中俄两国共同办好明年的中俄文化年。").stream().anyMatch(r -> r.startsWith("HOSTING CN+RU -> 中俄文化年 {planned}")),
                "an act, not a stance: " + relations("中俄两国共同办好明年的中俄文化年。"));
    }

    @Test
    void anAnswerReadsTheMeetingItsQuestionNamed() {
        String question = "二十国集团领导人杭州峰会即将举行，习近平主席是否出席？";
        List<Mention> asked = resolver.resolve(question, ChineseEntityTagger.shared().tag(question));
        RelationContext context = new RelationFinder(gazetteer).answering(List.of(question), List.of(asked), china);
        List<String> attends = relationsIn("习近平主席将出席峰会并发表讲话。", context);
        assertTrue(attends.stream().anyMatch(r -> r.startsWith("VISIT 习近平 -> G20-SUMMIT-11")), attends.toString());
        assertTrue(relationsIn("习近平主席将出席高峰论坛并发表讲话。", context).stream().noneMatch(r -> r.startsWith("VISIT")),
                "a forum is not the summit the question named");
    }

    @Test
    void aStanceOnThisOpeningItsSentenceIsOnWhatTheSentenceBeforeToldOf() {
        RelationContext afterParties = foundIn("印度和巴基斯坦先后进行了核试验。", RelationContext.NONE).next();
        List<String> against = relationsIn("中国政府对此表示强烈遗憾和反对。", afterParties);
        assertTrue(against.contains("OPPOSITION CN -> IN") && against.contains("OPPOSITION CN -> PK"), against.toString());
        RelationContext afterDocument = foundIn("双方签署了《巴黎协定》。", RelationContext.NONE).next();
        List<String> welcomed = relationsIn("中方对此表示欢迎。", afterDocument);
        assertTrue(welcomed.contains("SUPPORT CN -> PARIS"), "the document made, not who made it: " + welcomed);
        assertTrue(relationsIn("中方对此表示欢迎。", RelationContext.NONE).contains("SUPPORT CN"), "nothing told before: no object");
    }

    @Test
    void supportOfABodysReformIsSupportOfTheBody() {
        assertTrue(relations("中国支持对安理会进行合理、必要的改革。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> UNSC")),
                relations("中国支持对安理会进行合理、必要的改革。").toString());
        assertTrue(relations("中方反对对伊朗实施新的制裁。").stream().noneMatch(r -> r.contains("-> IR")), "the sanctions are opposed, not Iran");
    }

    @Test
    void aStancesObjectMayOpenWithAFillerCharacterOrAQuote() {
        assertTrue(relations("中方支持国际原子能机构对处置方案开展评估。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> IAEA ")),
                "国 of 国际 opens the name, it is no filler here");
        assertTrue(relations("中方支持各国和国际原子能机构开展合作。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> IAEA ")),
                "各国和 before the name is skipped");
        assertTrue(relations("我们坚定支持“两国方案”。").stream().anyMatch(r -> r.startsWith("SUPPORT CN -> TWO-STATE-SOLUTION")),
                "a quoted name is the object");
    }

    @Test
    void aStanceSaidInAClauseOfItsOwnIsOnWhatTheSentenceOpenedWith() {
        assertReads("东盟为政治解决柬埔寨问题作出了积极努力，我们表示支持。", "SUPPORT CN -> ASEAN"::equals, "on the body it opened with");
        assertReads("去年10月德国实现统一，中国政府表示欢迎和祝贺。", "SUPPORT CN -> DE"::equals, "on the state it opened with");
        assertReadsNone("俄罗斯外长下月访华，我们表示欢迎。", r -> r.startsWith("SUPPORT CN -> "), "a coming welcomed is no stance on who comes");
        assertReadsNone("我们表示支持。", r -> r.contains("->"), "nothing before: no object");
    }

    @Test
    void aStanceOnThisIsOnTheOneWhoActsNotWhereItActs() {
        assertReads("近来，以色列在黎巴嫩南部一再进行军事挑衅，我们对此表示谴责。", "OPPOSITION CN -> IL"::equals,
                "the second party is where the first acts (在), not a second actor");
        assertReadsNone("约旦和以色列签署了和平条约，我们对此表示欢迎。", r -> r.equals("SUPPORT CN -> JO"), "two named together: neither alone");
    }

    @Test
    void whoLeadsTheOneSupportedIsSupportedToo() {
        assertReads("我们坚决支持巴勒斯坦人民在巴勒斯坦解放组织领导下进行的正义斗争。", r -> r.startsWith("SUPPORT CN -> PLO"), "the leader");
        assertReads("我们坚决支持巴勒斯坦人民在巴勒斯坦解放组织领导下进行的正义斗争。", r -> r.startsWith("SUPPORT CN -> PS"), "and the people");
    }

    @Test
    void aBodyVisitedAtItsSeatIsVisited() {
        assertReads("赵紫阳总理将于本月底开始对法国进行正式访问，并访问设在布鲁塞尔的欧洲共同体委员会。",
                r -> r.startsWith("VISIT 赵紫阳 -> 欧洲共同体委员会"), "the body named as sitting in a city");
        assertReads("胡锦涛主席在开罗访问阿拉伯国家联盟总部。", r -> r.startsWith("VISIT 胡锦涛 -> LAS"), "its headquarters");
        assertReadsNone("王毅访问东盟时表示。", r -> r.startsWith("VISIT 王毅 -> ASEAN"), "a body named alone is no place visited");
    }

    @Test
    void whatTalksAreAboutAfter关于IsNoSide() {
        assertReads("正在进行的中葡关于澳门问题的会谈进展如何？", "TALKS CN+PT {ongoing}"::equals, "the land talked about is no side");
        assertReads("也希望中美关于中国加入世界贸易组织的谈判取得进展。", "TALKS CN+US {sought}"::equals, "nor the body one would join");
        assertReadsNone("两国政府代表团在北京举行了关于澳门问题的第一轮会谈。", r -> r.contains("macau"),
                "the sides unnamed in the sentence: what they talk about is still none");
    }

    @Test
    void aVisitAnInvitationIsToIsSoughtByTheOneInvited() {
        assertReads("卡瓦科·席尔瓦总理还转达了葡萄牙共和国总统马里奥·苏亚雷斯对李先念主席访问葡萄牙的邀请。", "VISIT 李先念 -> PT / visits {sought}"::equals,
                "the 和 of 共和国 lists no visitors; the visit is what the invitation is to");
        assertReads("南非总统祖马、巴西总统特梅尔、俄罗斯总统普京将出席金砖国家领导人第九次会晤。",
                r -> r.startsWith("VISIT 雅各布·祖马+米歇尔·特梅尔+普京"), "persons listed together still visit together");
    }

    @Test
    void talksBrokenOffAndNotTakenUpAgainAreDenied() {
        assertReads("去年年底，美苏关于限制欧洲中程核力量的谈判和削减战略武器的谈判相继中断，至今未能恢复。",
                r -> r.startsWith("TALKS US+SU") && r.contains("{denied}"), "美苏 before 关于 names the sides; 中断 after the talks");
        assertReads("今年2月和8月，中苏边界谈判在中断9年之后先后在莫斯科和北京举行。",
                r -> r.startsWith("TALKS CN+SU") && !r.contains("{denied}"), "held after a break of nine years");
    }

    @Test
    void opposingWhatAnyoneMightDoIsAStanceOnTheAct() {
        assertReads("我们反对任何外国以任何借口干涉波兰的内政。", r -> r.startsWith("OPPOSITION CN / 任何外国"), "Poland named inside the act");
        assertReads("我国坚持独立自主的对外政策，坚持反对霸权主义、维护世界和平。", r -> r.startsWith("OPPOSITION CN / 霸权主义"),
                "坚持 says how the stance is taken");
    }

    @Test
    void aClauseWithoutASubjectAfterOurOwnIsOurs() {
        assertReads("以色列吞并叙利亚戈兰高地，是对国际法准则的粗暴践踏，我们对此表示强烈谴责，坚决支持叙利亚收复失地的斗争。",
                r -> r.startsWith("SUPPORT CN -> SY"), "the nearer clause's 我们, not the party the sentence opens with");
    }

    @Test
    void upholdingADocumentOrABodysAuthorityIsSupportingIt() {
        assertReads("中方将继续维护《联合国宪章》的宗旨和原则。", r -> r.startsWith("SUPPORT CN -> UN-CHARTER"), "a document upheld");
        assertReads("中方主张维护伊拉克的主权和领土完整。", r -> r.startsWith("SUPPORT CN -> IQ"), "a state's sovereignty upheld");
        assertReadsNone("中方致力于维护朝鲜半岛和平与稳定。", r -> r.contains("->"), "peace of a place is no stance on it");
    }

    @Test
    void supportingTheEffortsOfThoseListedSupportsEachAndNamesNoWar() {
        List<String> efforts = relations("我们支持联合国秘书长德奎利亚尔和不结盟运动、伊斯兰会议组织为结束这场战争所作的斡旋努力。");
        assertTrue(efforts.contains("SUPPORT CN -> NAM") && efforts.contains("SUPPORT CN -> OIC"), efforts.toString());
        assertTrue(efforts.stream().noneMatch(r -> r.startsWith("CONFLICT")), "who works to end a war wages none: " + efforts);
    }

    @Test
    void aStanceOnWhatWasToldIsOnWhoTheSentenceOpenedWith() {
        assertEquals(List.of("SUPPORT CN -> PH"), relations("菲方愿为地区和平发挥建设性作用，中方对此表示赞赏。"));
        assertEquals(List.of("SUPPORT CN"), relations("中方对此表示欢迎和祝贺。"), "told in the sentence before: no object");
        assertTrue(relations("俄乌双方恢复了直接谈判，中方对此表示欢迎。").contains("SUPPORT CN"), "two parties told of: no object");
        assertEquals(List.of("OPPOSITION CN"), relations("我们对此表示强烈不满和反对。"), "不满 is discontent, no negation");
        assertEquals(List.of("OPPOSITION CN -> JP"), relations("日方执意排海，中方对此予以强烈谴责。"));
        assertEquals(List.of("OPPOSITION CN / 这一恐怖主义暴行"), relations("中国政府和人民强烈谴责这一恐怖主义暴行。"),
                "the state's government and people take the stance");
        assertEquals(List.of(), relations("希望香港繁荣稳定的各界朋友都会对此予以理解和支持。"), "who takes it is no party named");
        assertEquals(List.of(), relations("希望香港繁荣稳定的各界朋友都会对此表示欢迎。"), "nor who welcomes it");
    }

    @Test
    void supportAndOppositionNameWhoAndWhat() {
        assertEquals(List.of("SUPPORT CN -> ASEAN / 东盟在东亚区域合作中的中心地位"),
                relations("中方支持东盟在东亚区域合作中的中心地位。"));
        assertEquals(List.of("OPPOSITION CN / 台独"), relations("我们坚决反对“台独”分裂行径。"));
        assertEquals(List.of("SUPPORT CN+RU"), relations("中国和俄罗斯相互支持。"));
        assertEquals(List.of("SUPPORT CN / 台独 {denied}"), relations("中方从不支持“台独”。"));
        assertEquals(List.of("OPPOSITION CN / 世界上的霸权霸道霸凌"), relations("我们坚决反对世界上的霸权霸道霸凌，坚决顶回对中国内政的无理干涉。"));
        assertEquals(List.of("SUPPORT CN -> WHO / 世卫组织在全球抗疫合作中发挥应有作用"),
                relations("特别是促进全球公共卫生治理，支持世卫组织在全球抗疫合作中发挥应有作用。"));
        assertEquals(List.of(), relations("希望大家予以关注支持。"));
    }

    @Test
    void initiativesAndTheirPartners() {
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+ASEAN -> BRI / co building {sought}"), relations("我们愿同东盟共建“一带一路”。"));
    }

    @Test
    void modalitySaysWhetherItIsDoneOngoingPlannedSoughtOrDenied() {
        assertEquals(List.of("MEMBERSHIP CN -> WTO / accession @2001"), relations("2001年，中国加入世贸组织。"));
        assertEquals(List.of("MEMBERSHIP CN -> WTO / accession {planned}"), relations("中国即将加入世贸组织。"));
        assertEquals(List.of("SUPPORT CN -> ASEAN / 东盟 {ongoing}"), relations("中方将继续支持东盟。"));
        assertEquals(List.of("SUPPORT CN -> ASEAN / 东盟 {sought}"), relations("中方愿支持东盟。"));
        assertEquals(List.of("SUPPORT CN -> ASEAN / 东盟 {ongoing}"), relations("中方一贯支持东盟。"), "a stance held all along goes on");
        assertEquals(List.of("SUPPORT CN -> ASEAN / 东盟 {ongoing}"), relations("中方始终支持东盟。"));
        assertEquals(List.of("OPPOSITION CN {ongoing}", "OPPOSITION CN {ongoing}").size(),
                relations("中方将继续坚决反对霸权，反对强权政治。").size(), "the first clause governs the second");
        assertTrue(relations("中方将继续坚决反对霸权，反对强权政治。").stream().allMatch(r -> r.contains("{ongoing}")));
    }

    @Test
    void aRefusalOrPostponementDeniesAndAProposalOrApplicationSeeks() {
        assertReads("瑞士拒绝加入联合国。", r -> r.startsWith("MEMBERSHIP CH -> UN") && r.contains("{denied}"), "拒绝 before the verb");
        assertReads("中方决定推迟举行中苏边界谈判。", r -> r.startsWith("TALKS") && r.contains("{denied}"), "推迟 before the verb");
        assertReads("我们建议举行中苏两国副外长级磋商。", r -> r.startsWith("TALKS CN+SU") && r.contains("{sought}"), "a proposal");
        assertReads("瑞士准备加入联合国。", r -> r.startsWith("MEMBERSHIP CH -> UN") && r.contains("{planned}"), "准备 as a verb plans");
        assertReads("瑞士已经申请加入联合国。", r -> r.startsWith("MEMBERSHIP CH -> UN") && r.contains("{sought}"), "an application");
        assertReads("我们支持朝鲜提出的举行三方会谈的建议。", r -> r.startsWith("SUPPORT CN") && !r.contains("{sought}"),
                "a proposal named as a thing is what the verb acts on");
    }

    @Test
    void thoseWhoFormABodyAreItsMembers() {
        assertReads("由巴西、俄罗斯、印度和中国四国组成的金砖国家已经成为重要的合作机制。",
                r -> r.startsWith("MEMBERSHIP BR+RU+IN+CN -> BRICS"), "each state that forms it");
        assertReadsNone("中国派出由400名官兵组成的工程兵大队。", r -> r.startsWith("MEMBERSHIP"), "a unit of soldiers is no body");
    }

    @Test
    void aTimeLaterThanTheStatementMakesItPlanned() {
        assertEquals(List.of("MEMBERSHIP CN -> WTO / accession {planned} @2022"), relations("明年中国加入世贸组织。"));
        assertEquals(List.of("MEMBERSHIP CN -> WTO / accession @2020-11"), relations("去年11月，中国加入世贸组织。"));
    }

    @Test
    void meetingsAndCallsNameTheirParticipants() {
        assertEquals(List.of("MEETING 习近平+普京 / calls"), relations("习近平主席同普京总统通了电话。"));
        assertTrue(relations("两国外长将于下月在北京举行会谈。").isEmpty(), "两国 with no pair before names no one");
        assertEquals(List.of("MEETING CN+FR / meets"), relations("中法两国领导人上月会晤。").stream().map(r -> r.replaceAll(" @.*", "")).toList());
    }

    @Test
    void aPartyReturningToAnAgreementJoinsItAgain() {
        List<String> back = relations("美方应尽快重返《巴黎协定》。");
        assertTrue(back.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION US -> PARIS") && r.contains("accession {sought}")), back.toString());
    }

    @Test
    void theStateMadeTheFirstStopOfATripIsVisited() {
        List<String> first = relations("德国总理朔尔茨将中国作为就任后首次出访亚洲的第一站。");
        assertTrue(first.stream().anyMatch(r -> r.startsWith("VISIT") && r.contains("-> CN")), first.toString());
        List<String> firstVisit = relations("法国总统马克龙将越南作为首访国家。");
        assertTrue(firstVisit.stream().anyMatch(r -> r.startsWith("VISIT") && r.contains("-> VN / visits") && !r.contains("{")),
                "将 that makes the state the first stop says no future: " + firstVisit);
        List<String> future = relations("法国总统马克龙将于下月访问越南。");
        assertTrue(future.stream().anyMatch(r -> r.startsWith("VISIT") && r.contains("{planned}")), future.toString());
    }

    @Test
    void aMeetingEndedInAPlaceIsHeldByItsState() {
        assertTrue(relations("第二轮六方会谈上周在北京结束。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> ")),
                relations("第二轮六方会谈上周在北京结束。").toString());
        assertTrue(relations("会谈结束后，双方在北京会见记者。").stream().noneMatch(r -> r.startsWith("HOSTING")), "结束后: when, not where it ended");
    }

    @Test
    void aPlaceBeforeThe的OfAMeetingIsThatMeetingsNotTheOneListedBeforeIt() {
        List<String> two = relations("双方期待下月在韩国釜山举行的亚太经合组织第十三次领导人非正式会议和年底在马来西亚吉隆坡举行的首届东亚峰会取得成功。");
        List<String> hosting = two.stream().filter(r -> r.startsWith("HOSTING")).toList();
        assertTrue(hosting.stream().anyMatch(r -> r.startsWith("HOSTING KR -> ")) && hosting.stream().anyMatch(r -> r.startsWith("HOSTING MY -> ")), two.toString());
        assertEquals(2, hosting.stream().map(r -> r.substring(r.indexOf("->"))).distinct().count(), "each its own meeting: " + hosting);
    }

    @Test
    void 分别BetweenOnePartyAndSeveralMakesOneRelationOfEachPair() {
        List<String> calls = relations("习近平主席分别同马克龙总统和默克尔总理通电话。").stream().filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(2, calls.size(), calls.toString());
        assertTrue(calls.stream().allMatch(r -> r.split("->")[0].split("\\+").length == 2), "each a pair: " + calls);
        List<String> met = relations("李克强总理、王岐山副主席分别会见了普京总统。").stream().filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(2, met.size(), "the several before 分别, the one after it: " + met);
        List<String> talks = relations("中方同俄罗斯、美国分别保持着密切沟通。").stream().filter(r -> r.startsWith("TALKS")).toList();
        assertTrue(talks.contains("TALKS CN+RU {ongoing}") && talks.contains("TALKS CN+US {ongoing}") && talks.size() == 2, "split at 同 before 分别: " + talks);
        List<String> together = relations("习近平主席同马克龙总统和默克尔总理通电话。").stream().filter(r -> r.startsWith("MEETING")).toList();
        assertTrue(together.size() == 1 && together.get(0).split("->")[0].split("\\+").length == 3, "without 分别, one meeting of all: " + together);
    }

    @Test
    void aPartyNamedRightBeforeTheVerbTakesAStanceOnWhatTheClauseSaysWhereItNamesNothing() {
        List<String> stance = relations("中方支持适当扩大二十国集团成员范围。");
        assertTrue(stance.stream().noneMatch(r -> r.equals("SUPPORT CN")), "a body named further on: no stance without its object: " + stance);
        List<String> bare = relations("我们反对动辄使用武力或以武力相威胁。");
        assertTrue(bare.contains("OPPOSITION CN / 动辄使用武力或以武力相威胁"), "nothing named: its words are the object's text: " + bare);
        List<String> told = relations("两国领导人表示支持尽快恢复谈判。");
        assertTrue(told.stream().noneMatch(r -> r.startsWith("SUPPORT")), "表示 between: not a party right before the verb: " + told);
    }

    @Test
    void weOpeningItsOwnClauseIsTheSpeakersStateNotTheSentencesFirstParty() {
        List<String> stance = relations("越南和柬埔寨都是中国的好邻居，我们支持两国通过友好协商妥善处理分歧。");
        assertTrue(stance.stream().anyMatch(r -> r.startsWith("SUPPORT CN")) && stance.stream().noneMatch(r -> r.startsWith("SUPPORT VN")),
                stance.toString());
    }

    @Test
    void whatAMeetingAdoptsIsItsHoldersAsItsNameSays() {
        List<String> adopted = relations("1971年，第二十六届联合国大会以压倒性多数通过第2758号决议。");
        assertTrue(adopted.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION UNGA -> UNGA-2758")), "the body the meeting is of: " + adopted);
        List<String> issued = relations("上海合作组织成员国元首理事会第十次会议在塔什干举行，会议签署了《上海合作组织成员国元首理事会第十次会议宣言》。");
        assertTrue(issued.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION SCO -> ")), "会议, the meeting named before: " + issued);
        List<String> during = relations("在第七十届联合国大会期间发表了《中国关于联合国成立70周年的立场文件》。");
        assertTrue(during.stream().noneMatch(r -> r.startsWith("AGREEMENT_ACTION UNGA")), "where it was issued, not who issued it: " + during);
    }

    @Test
    void aStateThatChairsABodyIsItsMember() {
        assertTrue(relations("明年，南非将接任二十国集团主席国。").stream().anyMatch(r -> r.startsWith("MEMBERSHIP ZA -> G20")),
                relations("明年，南非将接任二十国集团主席国。").toString());
        List<String> praised = relations("中方赞赏越南担任东盟轮值主席国期间所作的努力。");
        assertTrue(praised.stream().anyMatch(r -> r.startsWith("MEMBERSHIP VN -> ASEAN")), "the chair, not who praises it: " + praised);
        assertTrue(relations("他曾担任联合国秘书长特别代表。").stream().noneMatch(r -> r.startsWith("MEMBERSHIP")), "an office, no chair of a body");
    }

    @Test
    void whoSpeaksAtANamedMeetingAttendsIt() {
        List<String> spoke = relations("2009年9月22日，胡锦涛主席在联合国气候变化峰会上宣布了中国应对气候变化的新举措。");
        assertTrue(spoke.stream().anyMatch(r -> r.startsWith("VISIT 胡锦涛 -> ") && r.contains("attends")), spoke.toString());
        assertTrue(relations("中方在联合国气候变化峰会上宣布了新举措。").stream().noneMatch(r -> r.startsWith("VISIT")),
                "a state acting at a meeting: no one's attendance named");
        assertTrue(relations("胡锦涛主席在上海会见了普京总统。").stream().noneMatch(r -> r.startsWith("VISIT")), "在上海: a place, no meeting");
    }

    @Test
    void visitsAndAttendanceNameTheVisitorAndWhere() {
        assertTrue(relations("明年，德国总理朔尔茨将访问中国。").stream().anyMatch(r -> r.startsWith("VISIT") && r.endsWith("-> CN / visits {planned} @2022")),
                relations("明年，德国总理朔尔茨将访问中国。").toString());
        assertTrue(relations("中方将派团出席东盟峰会。").stream().noneMatch(r -> r.startsWith("VISIT CN -> ASEAN")),
                "an organization is attended only as an event");
        List<String> visit = relations("习近平主席对哈萨克斯坦进行国事访问，并出席上海合作组织成员国元首理事会第二十二次会议。");
        assertTrue(visit.stream().anyMatch(r -> r.startsWith("VISIT 习近平 -> KZ")), visit.toString());
        assertTrue(visit.stream().anyMatch(r -> r.startsWith("VISIT 习近平 -> SCO-SUMMIT-22")),
                "并出席 goes on with the visitor of the clause before: " + visit);
        List<String> onward = relations("习近平主席首访选择法国，随后前往德国、比利时访问，其间在布鲁塞尔出席第十六次中国—欧盟领导人会晤。")
                .stream().filter(r -> r.startsWith("VISIT")).map(r -> r.replaceAll(" \\{.*| @.*", "")).toList();
        assertTrue(onward.containsAll(List.of("VISIT 习近平 -> DE / visits", "VISIT 习近平 -> BE / visits")), onward.toString());
        assertTrue(onward.stream().anyMatch(r -> r.startsWith("VISIT 习近平 -> ") && r.contains("领导人会晤")), onward.toString());
        assertTrue(onward.stream().noneMatch(r -> r.startsWith("VISIT FR") || r.startsWith("VISIT DE")),
                "a clause going on with no visitor of its own is the sentence's subject's, not a place's: " + onward);
        List<String> guest = relations("普京总统今年2月来华出席北京冬奥会开幕式。");
        assertTrue(guest.stream().anyMatch(r -> r.startsWith("VISIT 普京 -> BEIJING-2022")), "the person visits, not China: " + guest);
    }

    @Test
    void whoAttendsAnEventHeldByOthersIsNoHost() {
        List<String> guest = relations("越方积极参加了11月在上海举办的中国国际进口博览会。");
        assertTrue(guest.stream().noneMatch(r -> r.startsWith("HOSTING VN")), guest.toString());
        assertTrue(guest.stream().anyMatch(r -> r.startsWith("HOSTING CN -> CIIE")), "the place's state hosts: " + guest);
        assertTrue(relations("越方赞赏中方举办的中国国际进口博览会。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> CIIE")),
                "the host named right before 举办的 stays");
    }

    @Test
    void aVisitIsByWhoTravelsAsAStateNotByWhoInvitesNorByStudentsAndTourists() {
        List<String> invited = relations("今年9月，习近平主席将应拜登总统邀请对美国进行国事访问。");
        assertTrue(invited.stream().anyMatch(r -> r.startsWith("VISIT 习近平 -> US")), invited.toString());
        assertTrue(invited.stream().noneMatch(r -> r.startsWith("VISIT 拜登")), "who invites is no visitor: " + invited);
        assertTrue(relations("中方欢迎更多越南青年来华学习。").stream().noneMatch(r -> r.startsWith("VISIT")));
        assertTrue(relations("中方鼓励更多中国游客赴越旅游。").stream().noneMatch(r -> r.startsWith("VISIT")));
        assertTrue(relations("这是越南外长时隔5年再次访华。").stream().noneMatch(r -> r.startsWith("VISIT VN")),
                "a state named for its unnamed minister does not visit");
        assertTrue(relations("欢迎越南企业参加在上海举办的中国国际进口博览会。").stream().anyMatch(r -> r.startsWith("VISIT VN -> CIIE")),
                "a state's firms at an expo are its attendance, as the annotators read it");
    }

    @Test
    void hostingNamesTheHostAndTheEvent() {
        assertTrue(relations("今年秋天，我们将主办进博会。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> ") && r.contains("{planned}")),
                relations("今年秋天，我们将主办进博会。").toString());
    }

    @Test
    void whatAGuestComesToChinaToAttendChinaHosts() {
        List<String> came = relations("普京总统将于5月来华出席亚信峰会。");
        assertTrue(came.stream().anyMatch(r -> r.startsWith("HOSTING CN -> ")), came.toString());
        List<String> went = relations("普京总统将于5月访问印度并出席峰会。");
        assertTrue(went.stream().noneMatch(r -> r.startsWith("HOSTING CN")), went.toString());
    }

    @Test
    void anEventHeldInACityIsHostedByItsState() {
        List<String> beijing = relations("第二十四次中国—欧盟领导人会晤在北京举行。");
        assertTrue(beijing.stream().anyMatch(r -> r.startsWith("HOSTING CN -> ")), beijing.toString());
        List<String> tokyo = relations("第八次中日韩外长会在东京举行。");
        assertTrue(tokyo.stream().anyMatch(r -> r.startsWith("HOSTING JP -> ")), tokyo.toString());
        assertTrue(tokyo.stream().noneMatch(r -> r.startsWith("HOSTING tokyo")), "the city is no party: " + tokyo);
    }

    @Test
    void aPlaceHoldsWhatFollowsItsHeldNotAnEventBefore() {
        List<String> two = relations("今年3月在北京举行的第八次中日韩外长会和今年4月在开罗举行的部长级会议都取得了成果。");
        assertTrue(two.stream().anyMatch(r -> r.startsWith("HOSTING CN -> ")), two.toString());
        assertTrue(two.stream().noneMatch(r -> r.startsWith("HOSTING EG")), "Cairo holds the ministers' meeting, no event named: " + two);
        assertTrue(relations("第八次中日韩外长会是在东京举行的。").stream().anyMatch(r -> r.startsWith("HOSTING JP -> ")), "…举行的。");
    }

    @Test
    void whoConvenesAnEventHostsItButWhoBacksConveningItDoesNot() {
        assertTrue(relations("1981年7月，联合国召开了柬埔寨问题国际会议。").stream().anyMatch(r -> r.startsWith("HOSTING UN -> ")),
                relations("1981年7月，联合国召开了柬埔寨问题国际会议。").toString());
        assertTrue(relations("中国支持召开柬埔寨问题国际会议。").stream().noneMatch(r -> r.startsWith("HOSTING CN")),
                relations("中国支持召开柬埔寨问题国际会议。").toString());
        assertTrue(relations("我们支持在联合国主持下，召开中东问题国际和平会议。").stream().noneMatch(r -> r.startsWith("HOSTING CN")),
                "the clause before backs it");
    }

    @Test
    void thePlacesVisitedAreThoseListedAfterTheVerbNotThoseTheClauseNamesLater() {
        List<String> visits = relations("赵紫阳总理访问日本时提出了发展中日关系的原则。").stream().filter(r -> r.startsWith("VISIT")).toList();
        assertEquals(List.of("VISIT 赵紫阳 -> JP / visits"), visits, "中日 later in the clause is no place visited");
        assertEquals(3, relations("李鹏总理将访问日本、韩国和越南。").stream().filter(r -> r.startsWith("VISIT 李鹏")).count(), "each listed");
    }

    @Test
    void whoAttendsWithTheVisitorIsAPartyToo() {
        List<String> found = relations("王毅同东盟十国外长共同出席第五届中国—南亚博览会。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("VISIT 王毅+ASEAN -> ")), found.toString());
    }

    @Test
    void talksAreHeldByStatesAndBodiesNotPlaces() {
        List<String> found = relations("以希腊比雷埃夫斯港为例，中希双方经过平等协商，共同推进港口建设。");
        assertTrue(found.stream().noneMatch(r -> r.contains("比雷埃夫斯港") && r.startsWith("TALKS")), found.toString());
    }

    @Test
    void aidNamesDonorAndRecipient() {
        assertEquals(List.of("AID CN -> PK"), relations("中方向巴基斯坦捐赠了一批医疗物资。"));
        assertEquals(List.of("AID CN -> PK {ongoing}"), relations("我们将继续帮助巴基斯坦。"));
    }

    @Test
    void talksAndConflictNeedTwoNamedParties() {
        assertEquals(List.of("TALKS IN+PK {sought}"), relations("希望印度和巴基斯坦早日恢复对话。"));
        assertEquals(List.of("TALKS KP+US"), relations("中方支持朝美双方继续对话。").stream().filter(r -> r.startsWith("TALKS"))
                .map(r -> r.replaceAll(" \\{.*", "")).toList(), "who supports the talks is not a side of them");
        assertEquals(List.of("CONFLICT CN+EU {denied}"), relations("中欧之间不存在根本利害冲突。"));
        assertEquals(List.of(), relations("地缘冲突此起彼伏。"));
    }

    @Test
    void exchangesInNamedFieldsOrStrengthenedAreCooperation() {
        List<String> grown = relations("中蒙两国在经济、文化和体育等领域的交往有所增加。");
        assertTrue(grown.stream().anyMatch(r -> r.startsWith("COOPERATION CN+MN")), grown.toString());
        List<String> bare = relations("我们欢迎各国记者来华交流。");
        assertTrue(bare.stream().noneMatch(r -> r.startsWith("COOPERATION")), "a bare exchange: " + bare);
    }

    @Test
    void cooperationNamesPartiesAndField() {
        assertEquals(List.of("COOPERATION CN+NZ / 农业 {sought}"), relations("中方愿同新西兰在农业领域开展合作。"));
        assertTrue(relations("上海合作组织是重要平台。").stream().noneMatch(r -> r.startsWith("COOPERATION")));
    }

    @Test
    void cooperationInNamedFrameworksNamesEachFramework() {
        List<String> found = relations("中俄两国在联合国、二十国集团等多边框架内密切协调。").stream().filter(r -> r.startsWith("COOPERATION")).toList();
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("COOPERATION CN+") && found.get(0).contains("-> UN") && found.get(1).contains("-> G20"),
                found.toString());
        assertTrue(relations("中菲双方愿在亚太经合组织框架内加强协调。").stream().anyMatch(r -> r.startsWith("COOPERATION CN+PH -> APEC")));
        assertTrue(relations("中俄双方在《联合国气候变化框架公约》框架下加强合作。").contains("COOPERATION CN+RU"),
                "a document as the framework: no object");
    }

    @Test
    void cooperationNamedAsANounIsGoingOnOrToBeAsTheWordsAfterItSay() {
        assertReads("十年来，中法两国在各方面的交往不断扩大。", r -> r.startsWith("COOPERATION CN+FR") && r.contains("{ongoing}"), "it goes on");
        assertReads("中意经济合作关系一定会继续向前发展。", r -> r.startsWith("COOPERATION CN+IT") && r.contains("{ongoing}"), "it goes on");
        assertReads("今后，中德两国的技术合作一定会取得更大的成就。", r -> r.startsWith("COOPERATION CN+DE") && r.contains("{planned}"), "it is to be");
        assertReads("中加两国的贸易额有望超过二十亿美元。", r -> r.startsWith("COOPERATION CN+CA") && r.contains("{planned}"), "it is to be");
        assertReads("中法两国在各方面的合作取得了丰硕成果。", r -> r.equals("COOPERATION CN+FR"), "done: nothing after it says otherwise");
        assertReads("中方愿同法方一道，推动两国合作不断深入。", r -> r.startsWith("COOPERATION CN+FR") && r.contains("{sought}"), "the words before it win");
    }

    @Test
    void tradeBetweenNamedPartiesIsCooperation() {
        assertTrue(relations("去年，中美贸易额达到1696亿美元。").stream().anyMatch(r -> r.startsWith("COOPERATION CN+US @")));
        assertTrue(relations("去年，中国同东盟的贸易额突破1000亿美元。").stream().anyMatch(r -> r.startsWith("COOPERATION CN+ASEAN @")));
        assertTrue(relations("中俄两国元首会晤，双方同意力争到2010年使双边贸易额达到600亿美元。").stream()
                .anyMatch(r -> r.startsWith("COOPERATION CN+RU") && r.contains("{sought}")), "双边贸易 is the pair's trade, sought");
        assertTrue(relations("全球贸易额下降。").stream().noneMatch(r -> r.startsWith("COOPERATION")), "no named parties: none");
    }

    @Test
    void anAgreementsNameGivesItsParties() {
        List<String> found = relations("今年是《中俄睦邻友好合作条约》签署20周年。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+RU -> ")), found.toString());
        assertTrue(found.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN+RU -> ") && r.endsWith("/ signed / 2001")), found.toString());
    }

    @Test
    void aDocumentNamedByTwoStatesJoinedWith和IsOneNameAndTheirs() {
        List<String> found = relations("中华人民共和国和日本国联合声明发表以来，两国关系发展顺利。");
        assertTrue(found.contains("AGREEMENT_PARTY CN+JP -> 中华人民共和国和日本国联合声明"), found.toString());
        List<String> three = relations("三国签署了《中华人民共和国政府、日本国政府及大韩民国政府关于促进、便利和保护投资的协定》。");
        assertTrue(three.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+JP+KR -> ")), "及 joins the last of three: " + three);
        List<String> british = relations("两国签署了《中华人民共和国政府和大不列颠及北爱尔兰联合王国政府关于文化合作的协定》。");
        assertTrue(british.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+GB -> ")), "及 inside a state's name joins no two: " + british);
        assertTrue(relations("中国和美国签署了协定。").stream().noneMatch(r -> r.startsWith("AGREEMENT_PARTY")), "no document named");
    }

    @Test
    void relationsInEveryForm() {
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+NR / relations restored / 2021 @2021-01-24"),
                relations("1月24日，中国同瑙鲁恢复外交关系。"));
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+JP / relations normalized / 1972"), relations("明年是中日邦交正常化50周年。"));
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+BN / diplomatic relations / 1991 @1991-09"),
                relations("1991年9月，中国同文莱建立了外交关系。"));
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+ID / relations restored / 1990 @1990-08"),
                relations("1990年8月，中国同印度尼西亚恢复了外交关系。"));
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+IN / diplomatic relations / 1950 @1950", "RELATIONS_ANNIVERSARY CN+MM / diplomatic relations / 1950 @1950"),
                relations("1950年，中国同印度、缅甸建立了外交关系。"), "one before 同 and each listed after it");
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+LV / diplomatic relations", "RELATIONS_ANNIVERSARY CN+LT / diplomatic relations",
                "RELATIONS_ANNIVERSARY CN+EE / diplomatic relations"),
                relations("到目前为止，中国已先后同拉脱维亚、立陶宛和爱沙尼亚建立了外交关系。"), "an adverb before 同");
        assertEquals(List.of("RELATIONS_ANNIVERSARY FR+CN / diplomatic relations / 1964 @1964"),
                relations("1964年，法国同中国建立大使级外交关系。"));
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+US / diplomatic relations / 1979 @1979-01-01"),
                relations("1979年1月1日，中美正式建立外交关系。"), "a compound before 正式");
        assertTrue(relations("中国同老挝的关系实现正常化以来，两国合作不断扩大。").stream()
                .anyMatch(r -> r.startsWith("RELATIONS_ANNIVERSARY CN+LA / relations normalized")));
    }

    @Test
    void bothSidesAreThePairNamedBeforeOrAskedAbout() {
        RelationFinder finder = new RelationFinder(gazetteer);
        String question = "今年是中韩建交30周年，您如何看待两国关系？";
        List<Mention> questionMentions = resolver.resolve(question, ChineseEntityTagger.shared().tag(question));
        RelationContext asked = finder.answering(List.of(question), List.of(questionMentions), china);
        String answer = "双方将加强在经贸领域的合作。";
        List<Mention> mentions = resolver.resolve(answer, ChineseEntityTagger.shared().tag(answer));
        List<String> found = finder.find(answer, mentions, List.of(), SAID, china, asked).relations().stream()
                .map(RelationFinderTest::describe).toList();
        assertEquals(List.of("COOPERATION CN+KR / 经贸 {planned}"), found);
        assertEquals(List.of(), finder.find(answer, mentions, List.of(), SAID, china), "read alone, 双方 is no one");
    }

    @Test
    void theMinisterSpeakingOfHimselfIsTheSpeakerOfTheTurn() {
        Entity minister = new Entity("王毅", EntityType.PERSON, "王毅", "Wang Yi", List.of(), null, true, null);
        RelationContext turn = RelationContext.NONE.spokenBy(minister);
        String visits = "下周，我将先后访问埃及、约旦和阿曼三国。";
        List<String> found = relationsIn(visits, turn).stream().map(r -> r.replaceAll(" @.*", "")).toList();
        assertEquals(List.of("VISIT 王毅 -> EG / visits {planned}", "VISIT 王毅 -> JO / visits {planned}", "VISIT 王毅 -> OM / visits {planned}"),
                found);
        List<String> arrived = relationsIn("很高兴来到美丽的吉隆坡，同各位朋友见面。", turn);
        assertTrue(arrived.stream().anyMatch(r -> r.startsWith("VISIT 王毅 -> MY")), "glad to have come: the speaker visits " + arrived);
        assertTrue(relationsIn("欢迎各位来到北京。", turn).stream().noneMatch(r -> r.startsWith("VISIT 王毅")), "whom he welcomes come, not he");
        assertTrue(relationsIn("我们欢迎意大利积极参与，也欢迎更多国家来到北京。", turn).stream().noneMatch(r -> r.startsWith("VISIT")),
                "those welcomed come, not a state named before");
        String talks = "我同阿卜杜拉外长举行会谈。";
        List<String> met = relationsIn(talks, turn);
        assertTrue(met.stream().anyMatch(r -> r.startsWith("MEETING 王毅+")), "我 is the minister, not China: " + met);
        assertTrue(relations("我们将访问埃及。").stream().allMatch(r -> r.startsWith("VISIT CN")), "我们 stays China");
        List<String> occasion = relationsIn("此次我应法伊萨尔外长邀请访问沙特，是为了落实两国元首共识。", turn);
        assertTrue(occasion.stream().anyMatch(r -> r.startsWith("VISIT 王毅 -> SA")), "此次 before 我: " + occasion);
    }

    @Test
    void twoStatesNamedBesideTheSpeakersOwnAreThePair两国StandsFor() {
        List<String> found = relationsIn("沙特和伊朗都是中国的好朋友，我们支持两国通过对话协商解决分歧。", RelationContext.NONE);
        assertTrue(found.contains("TALKS IR+SA") || found.contains("TALKS SA+IR"), found.toString());
    }

    @Test
    void aStateVisitBegunIsAVisitOfTheStateAfter对() {
        List<String> found = relations("马克龙总统明天将抵达北京，开始对中国的国事访问。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("VISIT 马克龙 -> CN")), found.toString());
    }

    @Test
    void arrivingInACityIsVisitingItsState() {
        List<String> found = relations("马克龙总统明天将抵达北京。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("VISIT 马克龙 -> CN") && r.contains("{planned}")), found.toString());
    }

    @Test
    void aVisitAtSomeonesInvitationIsNotSought() {
        List<String> found = relations("王毅外长应泰国外长的邀请，对泰国进行了正式访问。");
        assertTrue(found.contains("VISIT 王毅 -> TH / visits"), "应X的邀请 is at X's invitation, no wish: " + found);
        List<String> planned = relations("王毅外长将应泰国外长邀请对泰国进行正式访问。");
        assertTrue(planned.contains("VISIT 王毅 -> TH / visits {planned}"), planned.toString());
    }

    @Test
    void anEventClosingSomewhereIsHeldThere() {
        List<String> found = relations("第十届中美战略与经济对话今天在华盛顿闭幕。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("HOSTING US -> ")), found.toString());
    }

    @Test
    void twoStatesAreNeverAPairOfACompanyAndACity() {
        RelationContext context = foundIn("中国国药集团在贝尔格莱德建厂。", RelationContext.NONE).next();
        List<String> found = relationsIn("两国互免签证协定正式生效。", context);
        assertTrue(found.stream().noneMatch(r -> r.contains("贝尔格莱德") || r.contains("BELGRADE")), found.toString());
    }

    @Test
    void whoSupportsOthersTalksIsNoSideEvenWhereOnlyOneSideIsNamed() {
        List<String> found = relations("中方支持哥伦比亚政府和反政府武装通过谈判实现持久和平。");
        assertTrue(found.stream().noneMatch(r -> r.startsWith("TALKS")), "the sides are Colombia's government and a group no entity names: " + found);
        assertTrue(relations("中方支持朝美双方继续对话。").stream().anyMatch(r -> r.startsWith("TALKS KP+US") || r.startsWith("TALKS US+KP")),
                "the two named after the stance talk");
    }

    @Test
    void bothSidesAfterAStateAndAPlaceAreNotThatPair() {
        // 双方 of the next sentence are states and bodies, never a place the sentence before named (what was
        // talked about, or where): here the pair comes from the question, China and Vietnam
        Entity vietnam = gazetteer.byKey(EntityType.COUNTRY, "VN").orElseThrow();
        RelationContext context = foundIn("美方在朝鲜半岛部署反导系统。", RelationContext.answering(List.of(china, vietnam))).next();
        List<String> found = relationsIn("双方将加强务实合作。", context);
        assertTrue(found.stream().noneMatch(r -> r.contains("korean-peninsula")), found.toString());
        assertTrue(found.stream().anyMatch(r -> r.startsWith("COOPERATION CN+VN")), found.toString());
    }

    @Test
    void togetherWithANamedPartnerIsCooperationButNotWithEveryone() {
        assertTrue(relations("中方愿同埃及一道，推动两国关系不断向前发展。").stream().anyMatch(r -> r.startsWith("COOPERATION CN+EG") && r.contains("{sought}")),
                relations("中方愿同埃及一道，推动两国关系不断向前发展。").toString());
        assertTrue(relations("中方支持埃及办好本次峰会，愿同各方一道加强合作。").stream().noneMatch(r -> r.startsWith("COOPERATION")),
                "各方 is no named partner, and 埃及 of the clause before is no partner of 一道");
    }

    @Test
    void anInitiativeTheMinisterSpeaksOfWithNoSubjectIsChinasButNotOneHeNamesAsATopic() {
        assertTrue(relations("推动构建人类命运共同体。").stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN -> ")),
                relations("推动构建人类命运共同体。").toString());
        assertTrue(relations("共建“一带一路”是开放包容的合作平台。").stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION")),
                "the endeavour as a topic names no one who does it");
        assertTrue(relations("博鳌亚洲论坛年会将于下月举行，推动构建亚洲命运共同体。").stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN")),
                "a meeting is the subject, not China");
    }

    @Test
    void programmesAlignedWithEachOtherHaveBothSidesAsParties() {
        List<String> aligned = relations("我们愿推动“一带一路”倡议同韩方“欧亚倡议”深入对接。");
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+KR -> BRI / participates {sought}",
                "INITIATIVE_PARTICIPATION CN+KR -> 欧亚倡议 / participates {sought}"), aligned);
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+ASEAN -> BRI / participates {planned}"),
                relations("我们将加强“一带一路”倡议与东盟发展规划对接。"), "the other side's plan, named by its owner only");
        assertTrue(relations("我们将推进“一带一路”建设同欧亚经济联盟建设对接。").stream().noneMatch(r -> r.contains("EAEU")),
                "a union aligned with is no party of the initiative");
    }

    @Test
    void upholdingTheSystemABodyIsTheCoreOfSupportsTheBody() {
        assertEquals(List.of("SUPPORT CN -> UN / 以联合国为核心的国际体系 {ongoing}"), relations("中方将继续维护以联合国为核心的国际体系。"));
        assertEquals(List.of(), relations("中方将继续维护以规则为基础的国际秩序。"), "upholding what no body names");
        assertEquals(List.of(), relations("中方将继续维护地区和平稳定。"), "维护 alone is no support");
    }

    @Test
    void bodiesOfAVenueOpeningAClauseAreWhereTheSubjectActsNotWhoActs() {
        List<String> found = relations("中俄两国将加强战略沟通，在联合国、上合组织等多边机制中密切协作。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("COOPERATION CN+RU")), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("COOPERATION UN")), found.toString());
    }

    @Test
    void aStateVisitToStatesListedAfter对IsAVisitToEach() {
        assertEquals(List.of("VISIT 习近平 -> FR / visits {planned}", "VISIT 习近平 -> RS / visits {planned}", "VISIT 习近平 -> HU / visits {planned}"),
                relations("习近平主席将对法国、塞尔维亚和匈牙利进行国事访问。"));
    }

    @Test
    void 访BoundToAStatesAbbreviationIsAVisitButFirmsGoingToInvestAreNot() {
        assertEquals(List.of("VISIT 李克强 -> VN / visits"), relations("李克强总理访越期间，双方签署了协议。").stream()
                .filter(r -> r.startsWith("VISIT")).toList());
        assertEquals(List.of(), relations("我们欢迎中国企业赴意投资。").stream().filter(r -> r.startsWith("VISIT")).toList(),
                "firms going to invest pay no state's visit");
        assertEquals(List.of("VISIT 胡耀邦 -> JP / visits"), relations("胡耀邦访日时提出了中日关系原则。").stream().filter(r -> r.startsWith("VISIT")).toList(),
                "what the clause names later (中日关系) is not visited");
        assertEquals(3, relations("李鹏将访越、老、柬三国。").stream().filter(r -> r.startsWith("VISIT")).count(), "each listed after 访");
    }

    @Test
    void theDonorIsTheLastPartyBeforeOtherThanTheRecipient() {
        assertTrue(relations("中方将派遣农业专家赴尼开展示范，帮助尼方提高粮食产量。").contains("AID CN -> NP {planned}"));
    }

    @Test
    void aCompoundOfAbbreviationsBeforeCoBuildingNamesTheBuilders() {
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+latin-america -> BRI / co building"), relations("这为中拉共建“一带一路”提供了有力支撑。"));
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+africa -> BRI / co building"), relations("中非高质量共建“一带一路”。"));
    }

    @Test
    void aWorkNamedByItsPartiesStatedAsBuiltOrGoingAheadIsTheirs() {
        List<String> built = relations("今年1月1日，中国—东盟自由贸易区全面建成。");
        assertTrue(built.contains("INITIATIVE_PARTICIPATION CN+ASEAN -> CHINA-ASEAN-FTA / participates @2021-01-01"), built.toString());
        List<String> opened = relations("两国总理将出席中缅油气管道工程开工仪式。");
        assertTrue(opened.stream().anyMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION CN+MM -> CHINA-MYANMAR-PIPELINES")), opened.toString());
        assertTrue(relations("亚吉铁路去年正式通车。").stream().noneMatch(r -> r.startsWith("INITIATIVE_PARTICIPATION")),
                "a name of places says no parties");
    }

    @Test
    void twoPartiesDashedAtTheHeadOfAListedNameAreItsParties() {
        List<String> found = relations("双方同意推动《中国—东盟全面经济合作框架协议》全面落实。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("AGREEMENT_PARTY CN+ASEAN")), found.toString());
    }

    @Test
    void takingADocumentAsTheBasisSupportsIt() {
        List<String> found = relations("各方应当以《联合国气候变化框架公约》和《京都议定书》为基础推进谈判。");
        assertTrue(found.containsAll(List.of("SUPPORT CN -> UNFCCC {sought}", "SUPPORT CN -> KYOTO {sought}")), found.toString());
        List<String> both = relations("中俄双方将继续以《联合国宪章》为基础开展合作。");
        assertTrue(both.contains("SUPPORT CN+RU -> UN-CHARTER {ongoing}"), both.toString());
        assertTrue(relations("两国应以三个联合公报为指导处理分歧。").stream().noneMatch(r -> r.startsWith("SUPPORT")),
                "a guide is not read as support: the annotators leave it out");
        assertTrue(relations("各方应以1967年边界为基础解决问题。").stream().noneMatch(r -> r.startsWith("SUPPORT")),
                "no document or principle named between 以 and 为基础");
    }

    @Test
    void whoIsWelcomedToJoinAnInitiativeTakesPartNotWhoWelcomes() {
        List<String> found = relations("中方欢迎哥伦比亚加入共建“一带一路”合作。").stream().filter(r -> r.startsWith("INITIATIVE")).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("INITIATIVE_PARTICIPATION CO -> BRI"), found.toString());
    }

    @Test
    void anAgreementReferredToByItsKindIsTheOneNamedBefore() {
        RelationContext before = foundIn("1993年，中俄两国签署了《中俄边境管理协定》和《中俄边境口岸协定》。", RelationContext.NONE).next();
        List<String> both = relationsIn("中俄双方将认真履行上述两个协定。", before).stream().filter(r -> r.startsWith("AGREEMENT_ACTION")).toList();
        assertEquals(2, both.size(), both.toString());
        assertTrue(both.stream().anyMatch(r -> r.contains("中俄边境管理协定")) && both.stream().anyMatch(r -> r.contains("中俄边境口岸协定")), both.toString());
        RelationContext treaty = foundIn("《不扩散核武器条约》是国际核不扩散体系的基石。", RelationContext.NONE).next();
        List<String> joined = relationsIn("中国于1992年加入该条约。", treaty);
        assertTrue(joined.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN -> NPT")), joined.toString());
        assertTrue(relationsIn("中国于1992年加入该协定。", treaty).stream().noneMatch(r -> r.startsWith("AGREEMENT")),
                "a treaty is no 协定");
        assertTrue(relationsIn("中国早在1974年即批准该条约第二附加议定书。", treaty).stream().noneMatch(r -> r.contains("NPT")),
                "该条约第二附加议定书 names another document");
        RelationContext amity = foundIn("中国正式加入了《东南亚友好合作条约》。", RelationContext.NONE).next();
        List<String> first = relationsIn("中国是第一个加入该条约的东盟域外大国。", amity);
        assertTrue(first.stream().anyMatch(r -> r.startsWith("AGREEMENT_ACTION CN -> ")), "ASEAN, what China is outside of, is no party: " + first);
    }

    @Test
    void 他InAMeetingIsThePersonNamedLastBeforeOtherThanWhoMeetsHim() {
        List<String> found = relations("奥巴马总统将于下周访华，习近平主席将同他举行会晤。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("MEETING 习近平+贝拉克·奥巴马")), found.toString());
        RelationContext before = foundIn("埃及总统塞西将出席峰会。", RelationContext.NONE).next();
        List<String> next = relationsIn("习近平主席将同他举行双边会见。", before);
        assertTrue(next.stream().anyMatch(r -> r.startsWith("MEETING 习近平+塞西")), next.toString());
        assertTrue(relations("习近平主席将同他们举行会谈。").stream().noneMatch(r -> r.startsWith("MEETING")), "他们 is a group");
    }

    @Test
    void 他UsedBeforeInTheSentenceIsStillTheGuestNotWhoMetHim() {
        RelationContext before = foundIn("应王毅外长邀请，法国外长勒德里昂于3月5日至7日访问了中国。", RelationContext.NONE).next();
        List<String> found = relationsIn("其间，习近平主席和李克强总理分别会见了他，王毅外长同他举行了会谈。", before);
        assertTrue(found.stream().anyMatch(r -> r.startsWith("MEETING 习近平+让-伊夫·勒德里昂")), found.toString());
        assertTrue(found.stream().anyMatch(r -> r.startsWith("MEETING 李克强+让-伊夫·勒德里昂")), found.toString());
        assertTrue(found.stream().anyMatch(r -> r.startsWith("MEETING 王毅+让-伊夫·勒德里昂")), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("MEETING 王毅+李克强")), "李克强 met him; he is not 他");
    }

    @Test
    void opposingAnActOnAPartyIsAStanceOnTheActNotTheParty() {
        List<String> found = relations("中方反对对伊朗实施单边制裁。").stream().filter(r -> r.startsWith("OPPOSITION")).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("OPPOSITION CN / 对伊朗实施单边制裁"), found.toString());
    }

    @Test
    void valuingABodysRoleSupportsIt() {
        List<String> found = relations("中方重视东盟和非洲联盟在地区事务中发挥的积极作用。");
        assertTrue(found.containsAll(List.of("SUPPORT CN -> ASEAN", "SUPPORT CN -> AU")), found.toString());
        assertTrue(relations("中方重视同东盟的合作。").stream().noneMatch(r -> r.startsWith("SUPPORT")), "no role valued: " + relations("中方重视同东盟的合作。"));
    }

    @Test
    void welcomingADocumentOthersMadeSupportsItNotTheWelcomersOwn() {
        List<String> others = relations("中方欢迎美俄双方签署《新削减战略武器条约》。");
        assertTrue(others.contains("SUPPORT CN -> NEW-START"), others.toString());
        List<String> inForce = relationsIn("双方欢迎《巴黎协定》于11月4日正式生效。", RelationContext.answering(List.of(china,
                gazetteer.byKey(EntityType.COUNTRY, "FR").orElseThrow())));
        assertTrue(inForce.stream().anyMatch(r -> r.startsWith("SUPPORT CN+FR -> ")), inForce.toString());
        List<String> own = relations("中越双方高度评价今年签署的《中华人民共和国和越南社会主义共和国陆地边界条约》。");
        assertTrue(own.stream().noneMatch(r -> r.startsWith("SUPPORT")), "their own treaty: " + own);
    }

    @Test
    void welcomingOthersSigningIsSupportNotSigning() {
        RelationContext pair = RelationContext.answering(List.of(china, gazetteer.byKey(EntityType.COUNTRY, "MN").orElseThrow()));
        List<String> counted = relationsIn("双方欢迎美国和苏联在华盛顿签署的《美苏关于削减两国战略武器的条约》。", pair);
        assertTrue(counted.contains("SUPPORT CN+MN -> 美苏关于削减两国战略武器的条约"),
                "两国 inside the treaty's name says nothing of the welcomers: " + counted);
        List<String> unnamed = relationsIn("双方欢迎上月在日内瓦签署的关于柬埔寨问题的协议。", pair);
        assertTrue(unnamed.stream().noneMatch(r -> r.startsWith("AGREEMENT_ACTION CN+MN") || r.startsWith("AGREEMENT_PARTY CN+MN")),
                "who welcome a signing did not sign: " + unnamed);
    }

    @Test
    void welcomingAMeetingHeldSomewhereSupportsTheMeeting() {
        List<String> held = relations("中方对上月在泰国举行的曼谷非正式会晤表示欢迎。");
        assertTrue(held.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> 曼谷非正式会晤")), held.toString());
        assertTrue(held.stream().noneMatch(r -> r.startsWith("SUPPORT CN -> TH")), "where it was held is not welcomed: " + held);
        RelationContext pair = RelationContext.answering(List.of(china, gazetteer.byKey(EntityType.COUNTRY, "MN").orElseThrow()));
        assertTrue(relationsIn("双方对上月在泰国举行的曼谷非正式会晤表示欢迎。", pair).stream()
                .anyMatch(r -> r.startsWith("SUPPORT CN+MN -> 曼谷非正式会晤")), "双方 welcome it together");
    }

    @Test
    void hopingAMeetingHeldNowBringsResultsSupportsIt() {
        List<String> hoped = relations("我们希望正在纽约举行的第三次联合国海洋法会议取得积极成果。");
        assertTrue(hoped.stream().anyMatch(r -> r.startsWith("SUPPORT CN -> 第三次联合国海洋法会议") && r.contains("{sought}")), hoped.toString());
    }

    @Test
    void aRoundNamedFirstIsPlannedByTheWordsAfterIt() {
        List<String> round = found("中葡两国政府代表团关于澳门问题的第二轮会谈将于下月在北京举行。", LocalDate.of(1986, 7, 1));
        assertTrue(round.stream().anyMatch(r -> r.startsWith("TALKS CN+PT -> 中葡两国政府代表团关于澳门问题的第二轮会谈") && r.contains("{planned}")),
                round.toString());
        List<String> done = found("中葡关于澳门问题的第一轮会谈上月在北京结束。", LocalDate.of(1986, 7, 1));
        assertTrue(done.stream().anyMatch(r -> r.startsWith("TALKS CN+PT -> 中葡关于澳门问题的第一轮会谈") && !r.contains("{")), done.toString());
    }

    @Test
    void aStateGoneToInTheClauseBeforeHostsWhatIsAttended() {
        List<String> found = relations("王毅外长应邀赴印度尼西亚雅加达，出席了东盟地区论坛外长会。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("HOSTING ID -> ")), found.toString());
        List<String> elsewhere = relations("习近平主席到访俄罗斯和坦桑尼亚，并出席在南非德班举行的金砖国家领导人第五次会晤。");
        assertTrue(elsewhere.stream().noneMatch(r -> r.startsWith("HOSTING RU") || r.startsWith("HOSTING TZ")), elsewhere.toString());
    }

    @Test
    void aStatePartyToADocumentIsItsParty() {
        assertTrue(relations("中国是《联合国海洋法公约》的缔约国。").contains("AGREEMENT_PARTY CN -> UNCLOS"),
                relations("中国是《联合国海洋法公约》的缔约国。").toString());
        assertTrue(relations("作为《联合国海洋法公约》的缔约国，菲律宾应当履行公约义务。").contains("AGREEMENT_PARTY PH -> UNCLOS"),
                "作为 opening the clause: who the next clause names");
        assertTrue(relations("我们希望《联合国海洋法公约》缔约国全面履行义务。").stream().noneMatch(r -> r.startsWith("AGREEMENT_PARTY")),
                "the parties in general, who are asked");
        assertTrue(relations("印度是非《不扩散核武器条约》缔约国。").stream().noneMatch(r -> r.startsWith("AGREEMENT_PARTY")), "outside it");
    }

    @Test
    void theBodyWhoseSeatTheSubjectHoldsIsNoParty() {
        List<String> found = relations("中国作为安理会常任理事国同俄罗斯进行了磋商。");
        assertTrue(found.stream().anyMatch(r -> r.startsWith("TALKS CN+RU")), found.toString());
        assertTrue(found.stream().noneMatch(r -> r.startsWith("TALKS") && r.contains("UNSC")), "作为安理会常任理事国 says what China is: " + found);
    }

    @Test
    void statesInRoundsOrMoreThanTwoHoldingTalksNegotiate() {
        List<String> rounds = relations("中越两国政府就边界问题举行了12轮会谈。");
        assertTrue(rounds.stream().anyMatch(r -> r.startsWith("TALKS CN+VN")), rounds.toString());
        assertTrue(rounds.stream().noneMatch(r -> r.startsWith("MEETING")), rounds.toString());
        List<String> three = relations("伊朗同法国、德国和英国在日内瓦就核问题进行了会谈。");
        assertTrue(three.stream().anyMatch(r -> r.startsWith("TALKS IR+FR+DE+GB")), three.toString());
        assertEquals(List.of("TALKS CN+VN @2020-03"), relations("去年3月，中越两国政府就2025年和2026年的边界勘定安排举行了两轮会谈。"),
                "years that qualify what is talked about (…的边界勘定安排) do not date the talks, nor make them planned");
        List<String> leaders = relations("美国、巴勒斯坦和以色列三方领导人在戴维营举行了会谈。");
        assertTrue(leaders.stream().anyMatch(r -> r.startsWith("MEETING")) && leaders.stream().noneMatch(r -> r.startsWith("TALKS")),
                "their leaders meet: " + leaders);
    }

    @Test
    void statesCountedAfterTheirListAreEachVisited() {
        List<String> found = relations("应老挝、柬埔寨和泰国三国政府的邀请，李强总理将于下月对上述三国进行正式访问。").stream()
                .filter(r -> r.startsWith("VISIT")).toList();
        assertEquals(List.of("VISIT 李强 -> LA / visits {planned} @2021-04", "VISIT 李强 -> KH / visits {planned} @2021-04",
                "VISIT 李强 -> TH / visits {planned} @2021-04"), found);
        assertTrue(relations("应老挝和泰国政府的邀请，李强总理将于下月对上述三国进行正式访问。").stream().noneMatch(r -> r.startsWith("VISIT")),
                "a count no list matches visits no one");
    }

    @Test
    void whoWithdrawsFromATreatyIsWhoActsRightBeforeNotWhoNoticesIt() {
        List<String> found = relations("中方注意到美方宣布将退出《中导条约》的有关报道。").stream()
                .filter(r -> r.startsWith("AGREEMENT_ACTION")).toList();
        assertEquals(List.of("AGREEMENT_ACTION US -> INF / withdrawn {planned}"), found);
    }

    @Test
    void anAgreementNamedForItsPartiesIsTheirsWhenOneOfThemActs() {
        List<String> found = relations("我们愿推进中日韩自由贸易协定谈判。").stream().filter(r -> r.startsWith("AGREEMENT_ACTION")).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("AGREEMENT_ACTION CN+JP+KR"), found.toString());
    }

    @Test
    void whoIsBackedToCarryOutAnAgreementCarriesItOut() {
        List<String> found = relations("中方支持东盟落实“五点共识”。").stream().filter(r -> r.startsWith("AGREEMENT_ACTION")).toList();
        assertEquals(List.of("AGREEMENT_ACTION ASEAN -> 五点共识 / implemented"), found);
    }

    @Test
    void upholdingInsideAQuotedThemeIsNoOnesStance() {
        assertTrue(relations("王毅出席联合国安理会“维护以联合国为核心的国际体系”高级别会议。").stream().noneMatch(r -> r.startsWith("SUPPORT")));
    }

    @Test
    void theAidSaidFirstIsTheOneKeptForADonorAndRecipient() {
        List<String> aid = relations("我们将继续帮助非洲抗击疫情，并考虑向非洲派遣医疗专家组。").stream().filter(r -> r.startsWith("AID")).toList();
        assertEquals(List.of("AID CN -> africa {ongoing}"), aid);
    }

    @Test
    void anInitiativeNamedForTwoStatesIsBothStatesWhenOneOfThemActs() {
        List<String> found = relations("我们将推动中巴经济走廊建设迈向新阶段。").stream().filter(r -> r.startsWith("INITIATIVE")).toList();
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+PK -> CPEC / participates {planned}"), found);
    }

    @Test
    void anEventNamedForItsCityIsHostedByTheCitysStateWhenItIsHeld() {
        assertTrue(relations("二十国集团领导人杭州峰会本周日就要开幕了。").contains("HOSTING CN -> G20-SUMMIT-11 {planned} @2021-03-07"),
                relations("二十国集团领导人杭州峰会本周日就要开幕了。").toString());
        assertTrue(relations("中方将在北京举行中非合作论坛北京峰会。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> ")),
                "在X举行 and the event right after: held by X's state");
        assertTrue(relations("中非合作论坛第二届部长级会议在埃塞俄比亚首都亚的斯亚贝巴举行。").stream().anyMatch(r -> r.startsWith("HOSTING ET -> ")),
                "a capital named with its state, a long place");
        assertTrue(relations("胡锦涛主席将在乌兹别克斯坦首都塔什干出席上海合作组织成员国元首理事会第四次会议。").stream()
                .anyMatch(r -> r.startsWith("HOSTING UZ -> ")), "attended in a capital named with its state: held by that state");
        assertTrue(relations("明年，二十国集团领导人杭州峰会将如期举行。").stream().anyMatch(r -> r.startsWith("HOSTING CN -> G20-SUMMIT-11")),
                "如期 (as scheduled) is no 期间");
        assertTrue(relations("习近平主席出席了杭州峰会开幕式。").stream().noneMatch(r -> r.startsWith("HOSTING")),
                "attending the opening ceremony says nothing of who holds it");
        assertTrue(relations("两国元首在杭州峰会期间举行会晤。").stream().noneMatch(r -> r.startsWith("HOSTING")),
                "what is done during it says nothing of who holds it");
    }

    @Test
    void attendingWithNoEventNamedAttendsTheGatheringNamedLastBefore() {
        RelationContext before = foundIn("博鳌亚洲论坛2015年年会将于3月26日至29日在海南举行。", RelationContext.NONE).next();
        List<String> next = relationsIn("习近平主席将出席开幕式并发表主旨演讲。", before);
        assertTrue(next.stream().anyMatch(r -> r.startsWith("VISIT 习近平 -> ") && r.contains("attends")), next.toString());
        RelationContext war = foundIn("今年是世界反法西斯战争胜利70周年。", RelationContext.NONE).next();
        assertTrue(relationsIn("各国领导人将出席并发表讲话。", war).stream().noneMatch(r -> r.startsWith("VISIT")),
                "an anniversary's year is no gathering attended");
        assertTrue(relations("出席会议的各国外长表示支持。").stream().noneMatch(r -> r.startsWith("VISIT")), "出席会议的: who they are, not an act");
    }

    @Test
    void whoMeets他IsWhoTheClauseNamesBefore同() {
        RelationContext minister = RelationContext.NONE.spokenBy(gazetteer.byName("王毅").orElseThrow());
        List<String> found = relationsIn("上月，美国国务卿布林肯访华，我同他举行了会谈。", minister).stream()
                .filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("MEETING 王毅+") && found.get(0).contains("布林肯") && !found.get(0).contains("US"), found.toString());
    }

    @Test
    void theSpeakerWhoWillMeetSeveralMeetsEachOfThem() {
        List<String> found = relationsIn("访问期间，我将同施密特总理、密特朗总统和贝蒂诺·克拉克西总理举行会谈。",
                RelationContext.NONE.spokenBy(gazetteer.byName("王毅").orElseThrow())).stream().filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(3, found.size(), found.toString());
        assertTrue(found.stream().allMatch(r -> r.startsWith("MEETING 王毅+") && r.contains("{planned}")), "each with the speaker: " + found);
    }

    @Test
    void thoseWhoMeetSomeoneApartEachMeetHimNotEachOther() {
        List<String> after = relations("普京总统访华期间，李强总理、赵乐际委员长分别会见了普京总统。").stream()
                .filter(r -> r.startsWith("MEETING")).toList();
        assertTrue(after.stream().anyMatch(r -> r.startsWith("MEETING 李强+") && r.contains("普京")), after.toString());
        assertTrue(after.stream().anyMatch(r -> r.startsWith("MEETING 赵乐际+") && r.contains("普京")), after.toString());
        assertTrue(after.stream().noneMatch(r -> r.contains("李强") && r.contains("赵乐际")), "never each other: " + after);
        List<String> listedAfterTong = relationsIn("会议期间，我同法国、德国、意大利代表分别会谈。",
                RelationContext.NONE.spokenBy(gazetteer.byName("王毅").orElseThrow())).stream().filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(3, listedAfterTong.size(), listedAfterTong.toString());
        assertTrue(listedAfterTong.stream().allMatch(r -> r.matches("MEETING (王毅|CN)\\+(FR|DE|IT) .*")), listedAfterTong.toString());
    }

    @Test
    void aLegislatureSittingIsHostedByNoOneWhileASummitAtTheSameVenueIsHostedByItsState() {
        assertTrue(relations("十四届全国人大五次会议在人民大会堂举行。").stream().noneMatch(r -> r.startsWith("HOSTING")),
                relations("十四届全国人大五次会议在人民大会堂举行。").toString());
        List<String> summit = relations("第二届中国—中亚峰会在人民大会堂举行。");
        assertTrue(summit.stream().anyMatch(r -> r.startsWith("HOSTING CN -> ")), summit.toString());
    }

    @Test
    void statesSpecialRepresentativesMeetingIsARoundOfTalks() {
        List<String> round = relations("中越两国边界问题特别代表上月在河内举行第八次会晤。").stream()
                .filter(r -> r.startsWith("MEETING") || r.startsWith("TALKS")).toList();
        assertTrue(round.stream().anyMatch(r -> r.startsWith("TALKS CN+VN") || r.startsWith("TALKS VN+CN")), round.toString());
        assertTrue(round.stream().noneMatch(r -> r.startsWith("MEETING")), round.toString());
    }

    @Test
    void aMeetingOfTwoNamedAsAnEventHasTheEventAsItsObject() {
        List<String> summit = relations("第三十次中国—欧盟领导人会晤将在北京举行。").stream().filter(r -> r.startsWith("MEETING")).toList();
        assertEquals(1, summit.size(), summit.toString());
        assertTrue(summit.get(0).contains("-> 第三十次中国—欧盟领导人会晤"), summit.toString());
    }

    @Test
    void aProspectiveFoundingMemberIsAMember() {
        assertTrue(relations("印度是亚投行的意向创始成员国之一。").contains("MEMBERSHIP IN -> AIIB / member"),
                relations("印度是亚投行的意向创始成员国之一。").toString());
    }

    @Test
    void aSeatRestoredInABodyIsMembershipOfTheStateNamedBetween() {
        assertTrue(relations("1971年，联大恢复了中华人民共和国在联合国的合法席位。").stream()
                .anyMatch(r -> r.startsWith("MEMBERSHIP CN -> UN / member")), relations("1971年，联大恢复了中华人民共和国在联合国的合法席位。").toString());
    }

    @Test
    void aStanceOnWhatTheClauseBeforeSaidIsOnWhoItOpenedWith() {
        assertEquals(List.of("OPPOSITION CN -> US"), relations("美方的做法完全是出于政治目的，中方对此坚决反对。"));
        assertEquals(List.of("OPPOSITION CN"), relations("中方对此强烈谴责、坚决反对。"), "condemning and opposing the same thing: one stance");
        assertEquals(List.of(), relations("我们坚决反对。").stream().filter(r -> r.startsWith("OPPOSITION")).toList(), "opposing nothing named, and not 对此");
    }
}
