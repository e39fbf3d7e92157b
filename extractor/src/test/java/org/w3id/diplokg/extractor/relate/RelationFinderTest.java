package org.w3id.diplokg.extractor.relate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.annotate.ChineseEntityTagger;
import org.w3id.diplokg.extractor.dates.TimeExpressionFinder;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.TimeMention;
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

    /** The relations of an answer's sentence, each written as "Kind parties -> object / text / qualifier / since". */
    private List<String> relations(String sentence) {
        List<Mention> mentions = resolver.resolve(sentence, ChineseEntityTagger.shared().tag(sentence));
        List<TimeMention> times = new TimeExpressionFinder().find(sentence, SAID);
        return new RelationFinder().find(sentence, mentions, times, SAID, china).stream().map(RelationFinderTest::describe).toList();
    }

    private static String describe(Relation r) {
        return r.kind() + " " + r.parties().stream().map(Entity::key).collect(Collectors.joining("+"))
                + (r.object() != null ? " -> " + r.object().key() : "")
                + (r.objectText() != null ? " / " + r.objectText() : "")
                + (r.qualifier() != null ? " / " + r.qualifier() : "")
                + (r.sinceYear() != null ? " / " + r.sinceYear() : "");
    }

    @Test
    void partnershipsNameTheirPartiesAndKind() {
        assertEquals(List.of("PARTNERSHIP CN+RU / 新时代全面战略协作伙伴关系"),
                relations("双方将在更大范围、更宽领域、更深层次上推进中俄新时代全面战略协作伙伴关系。"));
        assertEquals(List.of("PARTNERSHIP CN+ASEAN / 全面战略伙伴关系"),
                relations("30年后，中国和东盟建立全面战略伙伴关系，树立了睦邻友好的典范。"));
        assertEquals(List.of("PARTNERSHIP CN+RU / 新时代全面战略协作伙伴关系"),
                relations("不管国际风云如何险恶，中俄都将保持战略定力，将新时代全面战略协作伙伴关系不断推向前进。"));
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
        assertEquals(List.of("AGREEMENT_ACTION CN -> RCEP / signed"),
                relations("我们共同推动签署区域全面经济伙伴关系协定，建立了世界上最大的自贸区。"));
    }

    @Test
    void membershipAndAccession() {
        assertEquals(List.of("MEMBERSHIP CN+RU -> UNSC / member"),
                relations("中俄是联合国安理会常任理事国，也是彼此最重要的紧密邻邦和战略伙伴。"));
        assertEquals(List.of("MEMBERSHIP CN -> WTO / accession"), relations("今年是中国加入世贸组织20周年。"));
        assertTrue(relations("中国加入了世卫组织“新冠疫苗实施计划”，承诺首批提供1000万剂疫苗。").stream()
                .noneMatch(r -> r.startsWith("MEMBERSHIP")), "joining a programme of the WHO is not joining the WHO");
    }

    @Test
    void anniversariesGiveTheYearRelationsBegan() {
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+ASEAN / 建立对话关系 / 1991"),
                relations("今年是中国—东盟建立对话关系30周年。"));
        assertEquals(List.of("RELATIONS_ANNIVERSARY CN+BR / 建交 / 1974"), relations("2024年是中国和巴西建交50周年。"));
    }

    @Test
    void supportAndOppositionNameWhoAndWhat() {
        assertEquals(List.of("SUPPORT CN -> ASEAN / 东盟在东亚区域合作中的中心地位"),
                relations("中方支持东盟在东亚区域合作中的中心地位。"));
        assertEquals(List.of("OPPOSITION CN / 台独"), relations("我们坚决反对“台独”分裂行径。"));
        assertEquals(List.of(), relations("中俄相互支持。"));
        assertEquals(List.of("OPPOSITION CN / 世界上的霸权霸道霸凌"), relations("我们坚决反对世界上的霸权霸道霸凌，坚决顶回对中国内政的无理干涉。"));
        assertEquals(List.of("SUPPORT CN -> WHO / 世卫组织在全球抗疫合作中发挥应有作用"),
                relations("特别是促进全球公共卫生治理，支持世卫组织在全球抗疫合作中发挥应有作用。"));
        assertEquals(List.of(), relations("希望大家予以关注支持。"));
    }

    @Test
    void initiativesAndTheirPartners() {
        assertEquals(List.of("INITIATIVE_PARTICIPATION CN+ASEAN -> BRI / co-building"), relations("我们愿同东盟共建“一带一路”。"));
    }
}
