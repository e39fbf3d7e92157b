package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.diplokg.extractor.resolve.MentionKeys.keyAt;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Short forms a document defines after a full name, read through the sentences that follow. */
class DefinedShortFormsTest {
    private final MentionResolver resolver = new MentionResolver(Gazetteer.load());

    private List<Mention> read(DefinedShortForms shortForms, String sentence) {
        List<Mention> mentions = shortForms.apply(sentence, resolver.resolve(sentence, Tagging.NONE));
        mentions.forEach(m -> assertEquals(sentence.substring(m.begin(), m.end()), m.surface()));
        return mentions;
    }


    @Test
    void aShortFormDefinedAfterATreatysOfficialTitleNamesThatTreatyFromThenOn() {
        DefinedShortForms document = new DefinedShortForms();
        List<Mention> defining = read(document, "双方隆重纪念《中华人民共和国和日本国和平友好条约》（以下简称《条约》）缔结45周年。");
        assertEquals("AGREEMENT:CN-JP-1978-TREATY", keyAt(defining, "中华人民共和国和日本国和平友好条约"));
        assertEquals("AGREEMENT:CN-JP-1978-TREATY", keyAt(defining, "条约"));
        List<Mention> later = read(document, "双方将继续恪守《条约》确立的各项原则，条约精神历久弥新。");
        assertEquals(2, later.stream().filter(m -> m.entity().key().equals("CN-JP-1978-TREATY")).count(), later.toString());
    }

    @Test
    void aQuotedShortFormAfterABodysNameNamesThatBody() {
        DefinedShortForms document = new DefinedShortForms();
        read(document, "中国和东南亚国家联盟（简称“十国集团”）外长举行会议。");
        assertEquals("ORGANIZATION:ASEAN", keyAt(read(document, "十国集团各国欢迎中方的倡议。"), "十国集团"));
    }

    @Test
    void aShortFormAfterAListOfNamesNamesNoneOfThem() {
        DefinedShortForms document = new DefinedShortForms();
        read(document, "中华人民共和国和大韩民国（以下称“双方”）发表联合声明如下：");
        List<Mention> later = read(document, "双方同意加强合作。");
        assertEquals("none", keyAt(later, "双方"), later.toString());
    }

    @Test
    void withoutADefinitionTheShortFormIsNotTheTreatyAndDefinitionsStayInTheirDocument() {
        DefinedShortForms first = new DefinedShortForms();
        read(first, "双方隆重纪念《中华人民共和国和日本国和平友好条约》（以下简称《条约》）缔结45周年。");
        List<Mention> elsewhere = read(new DefinedShortForms(), "双方将继续恪守《条约》确立的各项原则。");
        assertEquals(0, elsewhere.stream().filter(m -> m.entity().key().equals("CN-JP-1978-TREATY")).count(), elsewhere.toString());
    }

    @Test
    void aHeadUsedAloneAfterItsFullNameNamesTheOneThingNamedSo() {
        DefinedShortForms document = new DefinedShortForms();
        read(document, "中方致力于实现朝鲜半岛无核化。");
        assertEquals("REGION:korean-peninsula", keyAt(read(document, "我们希望半岛局势保持稳定。"), "半岛"));
        read(document, "中巴经济走廊建设稳步推进。");
        assertEquals("INITIATIVE:CPEC", keyAt(read(document, "走廊建设进入新阶段。"), "走廊"));
    }

    @Test
    void aHeadUsedAloneNamesNothingBeforeItsFullNameOrAfterTwo() {
        DefinedShortForms fresh = new DefinedShortForms();
        assertEquals("none", keyAt(read(fresh, "走廊建设进入新阶段。"), "走廊"), "no full name before");
        // 半岛 alone needs no full name before: the reference list reads it as the Korean Peninsula
        assertEquals("REGION:korean-peninsula", keyAt(read(new DefinedShortForms(), "我们希望半岛局势保持稳定。"), "半岛"));
        DefinedShortForms arabian = new DefinedShortForms();
        read(arabian, "中方关注阿拉伯半岛的局势。");
        assertEquals("REGION:arabian-peninsula", keyAt(read(arabian, "我们希望半岛局势保持稳定。"), "半岛"), "the one the document named");
        DefinedShortForms two = new DefinedShortForms();
        read(two, "中方关注阿拉伯半岛和中南半岛的局势。");
        assertEquals("REGION:korean-peninsula", keyAt(read(two, "我们希望半岛局势保持稳定。"), "半岛"),
                "two peninsulas named: the document defines neither, and the reference list reads it");
    }

    @Test
    void anAgreementsHeadQuotedAloneAfterItsFullNameIsThatAgreement() {
        DefinedShortForms document = new DefinedShortForms();
        read(document, "2002年，中国和东盟各国签署了《南海各方行为宣言》。");
        assertEquals("AGREEMENT:DOC", keyAt(read(document, "各方应全面有效落实《宣言》。"), "宣言"));
        DefinedShortForms defined = new DefinedShortForms();
        read(defined, "各方发表了《中国—太平洋岛国合作宣言》（以下简称《宣言》）。");
        String definedDeclaration = keyAt(read(defined, "《宣言》确立的原则历久弥新。"), "宣言");
        assertTrue(definedDeclaration.startsWith("AGREEMENT:") && !definedDeclaration.endsWith(":宣言"), definedDeclaration);
        read(defined, "双方还谈到了《南海各方行为宣言》。");
        assertEquals(definedDeclaration, keyAt(read(defined, "各方将继续落实《宣言》。"), "宣言"),
                "a short form defined in words stands when another declaration is named");
    }

    @Test
    void aGatheringNamedByItsPlaceAfterItsFullNameIsThatGathering() {
        DefinedShortForms document = new DefinedShortForms();
        Entity full = Entity.named(EntityType.EVENT, "二十国集团领导人杭州峰会");
        document.apply("二十国集团领导人杭州峰会即将举行。", List.of(new Mention(0, 12, "二十国集团领导人杭州峰会", full, 0.65, Annotator.RULE)));
        List<Mention> later = document.apply("杭州峰会将取得成功。",
                List.of(new Mention(0, 4, "杭州峰会", Entity.named(EntityType.EVENT, "杭州峰会"), 0.65, Annotator.RULE)));
        assertEquals(full, later.get(0).entity());
        List<Mention> fresh = new DefinedShortForms().apply("杭州峰会将取得成功。",
                List.of(new Mention(0, 4, "杭州峰会", Entity.named(EntityType.EVENT, "杭州峰会"), 0.65, Annotator.RULE)));
        assertEquals("杭州峰会", fresh.get(0).entity().zhLabel(), "no full name before: a name of its own");
    }

    @Test
    void aGatheringNamedByThePlaceOfHowTheDocumentWroteItIsThatGathering() {
        DefinedShortForms document = new DefinedShortForms();
        Entity numbered = new Entity("SUMMIT-9", EntityType.EVENT, "某组织领导人第九次峰会", null, List.of("某组织领导人青城峰会"), null, true, null);
        document.apply("某组织领导人青城峰会即将举行。", List.of(new Mention(0, 10, "某组织领导人青城峰会", numbered, 0.95, Annotator.GAZETTEER)));
        List<Mention> later = document.apply("青城峰会将取得成功。",
                List.of(new Mention(0, 4, "青城峰会", Entity.named(EntityType.EVENT, "青城峰会"), 0.65, Annotator.RULE)));
        assertEquals(numbered, later.get(0).entity(), "the tail of the name as written, not of the reference name");
    }

    @Test
    void aForeignNameGivenInFullDefinesItsSurname() {
        DefinedShortForms document = new DefinedShortForms();
        Entity full = Entity.named(EntityType.PERSON, "沙夫卡特·米尔济约耶夫");
        String first = "应沙夫卡特·米尔济约耶夫总统邀请。";
        document.apply(first, List.of(new Mention(1, 12, "沙夫卡特·米尔济约耶夫", full, 0.7, Annotator.NER)));
        String later = "米尔济约耶夫总统表示欢迎。";
        List<Mention> read = document.apply(later, List.of(new Mention(0, 6, "米尔济约耶夫",
                Entity.named(EntityType.PERSON, "米尔济约耶夫"), 0.7, Annotator.NER)));
        assertEquals(full, read.get(0).entity(), "the surname alone is the person named in full before");
    }

    @Test
    void aForeignNameGivenInFullIsThePersonLaterNamedByItsTailHeadOrAMiddlePart() {
        DefinedShortForms document = new DefinedShortForms();
        String first = "葡萄牙共和国总理阿尼巴尔·卡瓦科·席尔瓦对中国进行了正式访问。";
        Mention full = person(first, "阿尼巴尔·卡瓦科·席尔瓦");
        document.apply(first, List.of(full));
        String later = "赵紫阳总理和卡瓦科·席尔瓦总理签署了联合声明。";
        assertEquals(full.entity(), document.apply(later, List.of(person(later, "卡瓦科·席尔瓦"))).get(0).entity(), "its tail");
        assertEquals(List.of("阿尼巴尔", "阿尼巴尔·卡瓦科", "卡瓦科", "卡瓦科·席尔瓦", "席尔瓦"),
                DefinedShortForms.partsOfForeignName("阿尼巴尔·卡瓦科·席尔瓦"));
        String elsewhere = "他在阿尼巴尔港口发表讲话。";
        assertTrue(document.apply(elsewhere, List.of()).isEmpty(), "a part alone makes no mention where no person was read");
    }

    @Test
    void aPartTwoForeignNamesShareNamesNeither() {
        DefinedShortForms document = new DefinedShortForms();
        String first = "约翰·克里和约翰·博尔顿都出席了会议。";
        document.apply(first, List.of(person(first, "约翰·克里"), person(first, "约翰·博尔顿")));
        String later = "约翰表示欢迎。";
        Mention john = person(later, "约翰");
        assertEquals(john.entity(), document.apply(later, List.of(john)).get(0).entity());
    }

    /** A person as CoreNLP would propose them: a new person named as written. */
    private static Mention person(String sentence, String name) {
        int at = sentence.indexOf(name);
        return new Mention(at, at + name.length(), name, Entity.named(EntityType.PERSON, name), 0.7, Annotator.NER);
    }

    @Test
    void aPersonNamedInFullIsNamedByTheFirstTwoCharactersLater() {
        DefinedShortForms document = new DefinedShortForms();
        String full = "主席会见了野田佳彦首相。";
        document.apply(full, List.of(person(full, "野田佳彦")));
        String later = "总理也同野田首相举行了会晤。";
        assertEquals("PERSON:野田佳彦", keyAt(document.apply(later, List.of(person(later, "野田"))), "野田"));
        assertEquals("PERSON:野田", keyAt(new DefinedShortForms().apply(later, List.of(person(later, "野田"))), "野田"),
                "not named in full in this document");
    }

    @Test
    void aFamilyNameWithATitleAfterItNamesThePersonNamedInFull() {
        DefinedShortForms document = new DefinedShortForms();
        String full = "应海部俊树首相和江泽民总书记的邀请。";
        document.apply(full, List.of(person(full, "海部俊树"), person(full, "江泽民")));
        String later = "海部首相表示，江主席和李副总理的讲话很重要。";
        List<Mention> read = document.apply(later, List.of());
        assertEquals("PERSON:海部俊树", keyAt(read, "海部"), "no mention before: the family name and title name him");
        assertEquals("PERSON:江泽民", keyAt(read, "江"), "one character of a Chinese name, with a title");
        assertEquals("none", keyAt(read, "李"), "nobody named 李… in full here");
        String untitled = "海部访华期间，江在上海。";
        assertEquals("none", keyAt(document.apply(untitled, List.of()), "江"), "no title after it");
    }

    @Test
    void aFamilyNameTwoPeopleShareOrAMentionReachingOutsideItNamesNeither() {
        DefinedShortForms document = new DefinedShortForms();
        String full = "李鹏总理会见了李先念主席。";
        document.apply(full, List.of(person(full, "李鹏"), person(full, "李先念")));
        assertEquals("none", keyAt(document.apply("李总理说。", List.of()), "李"), "李 begins both names");
        DefinedShortForms other = new DefinedShortForms();
        String named = "中曾根康弘首相访华。";
        other.apply(named, List.of(person(named, "中曾根康弘")));
        String later = "中总理和中曾根首相会谈。";
        Mention china = new Mention(0, 1, "中", Entity.named(EntityType.COUNTRY, "中"), 0.9, Annotator.GAZETTEER);
        List<Mention> read = other.apply(later, List.of(china));
        assertEquals("COUNTRY:中", keyAt(read, "中"), "a mention of a country stands");
        assertEquals("PERSON:中曾根康弘", keyAt(read, "中曾根"), read.toString());
        DefinedShortForms misread = new DefinedShortForms();
        String cut = "日本首相海部俊树希望访华。";
        misread.apply(cut, List.of(person(cut, "海部俊"))); // a span cut short inside the name, no title after it
        assertEquals("none", keyAt(misread.apply("我们欢迎海部首相访华。", List.of()), "海部"), "where the name ends is not sure");
    }
}
