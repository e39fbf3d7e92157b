package org.w3id.diplokg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.util.EnumSet;
import java.util.Set;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.data.DataFile;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.load();

    private Entity named(String name) {
        return gazetteer.byName(name).orElseThrow(() -> new AssertionError("no entity named " + name));
    }

    @Test
    void everyCountryHasIsoCodeWikidataItemAndBothLabels() {
        List<Entity> countries = gazetteer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).toList();
        assertTrue(countries.size() >= 190, "countries: " + countries.size());
        List<String> formerStates = List.of("SU", "YU", "CS", "DD", "YD");
        // Denmark: the reference data this project's items come from has no row for it, and none is written from memory
        List<String> noItemInTheReferenceData = List.of("DK");
        for (Entity country : countries) {
            assertNotNull(country.iso2(), country.key());
            // a state that no longer exists has an item only where one is sure (the USSR's)
            boolean mayLackAnItem = formerStates.contains(country.key()) || noItemInTheReferenceData.contains(country.key());
            assertTrue(mayLackAnItem || country.wikidata() != null && country.wikidata().matches("Q[1-9][0-9]*"), country.key());
            assertTrue(country.enLabel() != null && !country.enLabel().isBlank(), country.key());
            assertTrue(country.zhLabel().codePoints().anyMatch(Character::isIdeographic), country.key());
        }
        assertEquals("Q148", named("中国").wikidata());
        assertEquals("Q159", named("俄罗斯").wikidata());
    }

    @Test
    void taiwanHongKongAndMacauAreRegionsNeverCountries() {
        for (String name : List.of("台湾", "香港", "澳门", "新疆", "西藏")) {
            assertEquals(EntityType.REGION, named(name).type(), name);
        }
        assertTrue(gazetteer.byKey(EntityType.COUNTRY, "TW").isEmpty());
        assertEquals("Q865", named("台湾").wikidata());
        assertEquals(false, named("台湾").wikidataExact());
    }

    @Test
    void theUnitedStatesArmedForcesAreNamedByTheirShortNameOnly() {
        assertEquals("US-MILITARY", named("美军").key());
        assertTrue(gazetteer.byName("美国军队").isEmpty(), "美国军队 written out names the troops, which no gold lists");
    }

    @Test
    void namesAliasesAndAbbreviationsReachTheSameEntity() {
        assertEquals(named("美国"), named("美利坚合众国"));
        assertEquals(named("美国"), gazetteer.byAbbreviation("美").orElseThrow());
        assertEquals(named("欧洲联盟"), named("欧盟"));
        assertEquals(named("欧洲联盟"), gazetteer.byAbbreviation("欧").orElseThrow());
        assertEquals(named("世界贸易组织"), named("世贸组织"));
        assertEquals(named("联合国安全理事会"), named("安理会"));
        assertEquals(named("一带一路"), named("“一带一路”倡议"));
        assertEquals("阿联酋", named("阿拉伯联合酋长国").zhLabel());
        assertEquals("巴勒斯坦", gazetteer.byKey(EntityType.COUNTRY, "PS").orElseThrow().zhLabel());
    }

    @Test
    void wikidataItemsComeFromTheReferenceData() {
        assertEquals("Q458", named("欧盟").wikidata());
        assertEquals("Q1065", named("联合国").wikidata());
        assertEquals("Q171328", named("联合国宪章").wikidata());
        assertEquals("Q204839", named("新华社").wikidata());
    }

    @Test
    void everyNameIsTwoCharactersOrMoreAndOneCharacterFormsAreAbbreviationsOnly() {
        for (String name : gazetteer.names().keySet()) {
            assertTrue(name.codePointCount(0, name.length()) >= 2, "a one-character name: " + name);
        }
        // Compounds of two abbreviations, never names: China–EU and China–Africa.
        assertTrue(gazetteer.byName("中欧").isEmpty());
        assertTrue(gazetteer.byName("中非").isEmpty());
    }

    @Test
    void categoriesAreListedCompletely() {
        List<String> unPrincipalOrgansAndSpecializedAgencies = List.of("联合国大会", "安理会", "经社理事会", "托管理事会",
                "国际法院", "联合国秘书处", "粮农组织", "国际民航组织", "农发基金", "国际劳工组织", "国际货币基金组织", "国际海事组织",
                "国际电信联盟", "教科文组织", "工发组织", "万国邮政联盟", "世界银行集团", "世卫组织", "世界知识产权组织", "世界气象组织",
                "联合国世界旅游组织");
        for (String name : unPrincipalOrgansAndSpecializedAgencies) {
            assertEquals(EntityType.ORGANIZATION, named(name).type(), name);
        }
        List<String> provincialLevel = List.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏",
                "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃",
                "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");
        assertEquals(34, provincialLevel.size());
        for (String name : provincialLevel) {
            assertEquals(EntityType.REGION, named(name).type(), name);
        }
        assertEquals(named("上海合作组织"), named("上合"));
        assertEquals(named("联合国粮食及农业组织"), named("粮农组织"));
        assertEquals(named("中美三个联合公报"), named("三个联合公报"));
        assertEquals(EntityType.AGREEMENT, named("八一七公报").type());
        assertEquals(EntityType.INITIATIVE, named("和平共处五项原则").type());
        assertEquals(EntityType.INITIATIVE, named("2030年可持续发展议程").type());
        assertEquals(EntityType.ORGANIZATION, named("全球发展倡议之友小组").type());
        assertEquals(named("台湾海峡"), named("台海"));
        // the climate conferences' texts are agreements, the mandates they opened programmes
        for (String text : List.of("京都议定书", "哥本哈根协议", "坎昆协议", "多哈修正案", "巴黎协定", "格拉斯哥气候公约", "阿联酋共识")) {
            assertEquals(EntityType.AGREEMENT, named(text).type(), text);
        }
        for (String mandate : List.of("巴厘路线图", "德班平台", "沙姆沙伊赫实施计划")) {
            assertEquals(EntityType.INITIATIVE, named(mandate).type(), mandate);
        }
        for (String emergency : List.of("SARS疫情", "甲型H1N1流感疫情", "西非埃博拉病毒疫情", "寨卡病毒疫情", "新冠肺炎疫情", "猴痘疫情")) {
            assertEquals(EntityType.EVENT, named(emergency).type(), emergency);
        }
        assertEquals(named("欧洲主权债务危机"), named("欧债危机"));
        assertEquals(EntityType.EVENT, named("大萧条").type());
        for (String games : List.of("悉尼奥运会", "雅典奥运会", "北京奥运会", "伦敦奥运会", "里约热内卢奥运会", "东京奥运会", "巴黎奥运会",
                "洛杉矶奥运会")) {
            assertEquals(EntityType.EVENT, named(games).type(), games);
        }
        assertEquals(named("北京奥运会"), named("第二十九届夏季奥林匹克运动会"));
        assertEquals(false, named("北京奥运会").equals(named("北京冬奥会")), "the 2008 Summer and the 2022 Winter Games are two");
        assertEquals(named("民主进步党"), named("民进党"));
        for (String rulingParty : List.of("越南共产党", "老挝人民革命党", "朝鲜劳动党", "古巴共产党")) {
            assertEquals(EntityType.ORGANIZATION, named(rulingParty).type(), rulingParty);
        }
    }

    @Test
    void aStateTheReferenceDataLacksIsKnownWithoutAnItem() {
        Entity denmark = gazetteer.byName("丹麦").orElseThrow();
        assertEquals(EntityType.COUNTRY, denmark.type());
        assertEquals("DK", denmark.iso2());
        assertEquals(denmark, gazetteer.byName("丹麦王国").orElseThrow());
        assertNull(denmark.wikidata(), "no item is written from memory");
    }

    @Test
    void countryLabelsAreTheOnesInCountriesTsvAndFormerStatesTsv() {
        Map<String, DataFile.Row> rows = java.util.stream.Stream.of("countries.tsv", "former-states.tsv")
                .flatMap(file -> DataFile.read("/org/w3id/diplokg/gazetteer/" + file).stream())
                .collect(Collectors.toMap(row -> row.cell(0), Function.identity()));
        List<Entity> countries = gazetteer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).toList();
        assertEquals(rows.size(), countries.size());
        for (Entity country : countries) {
            DataFile.Row row = rows.get(country.iso2());
            assertNotNull(row, country.iso2());
            assertEquals(row.cell(1), country.zhLabel(), country.iso2());
            assertEquals(row.cell(2), country.enLabel(), country.iso2());
        }
        assertCountry("TR", "土耳其", "Turkey");
        assertCountry("KP", "朝鲜", "North Korea");
        assertCountry("KR", "韩国", "South Korea");
        assertCountry("AE", "阿联酋", "United Arab Emirates");
        assertCountry("CD", "刚果（金）", "Democratic Republic of the Congo");
        assertCountry("CZ", "捷克", "Czech Republic");
        assertCountry("LC", "圣卢西亚", "Saint Lucia");
        assertEquals(named("巴勒斯坦"), named("巴勒斯坦领土"));
    }

    private void assertCountry(String iso2, String zh, String en) {
        Entity country = gazetteer.byKey(EntityType.COUNTRY, iso2).orElseThrow();
        assertEquals(zh, country.zhLabel(), iso2);
        assertEquals(en, country.enLabel(), iso2);
    }

    @Test
    void countryNamesDoNotDependOnTheJdksLocaleData() throws IOException {
        Locale before = Locale.getDefault();
        Gazetteer underTurkish;
        Gazetteer underJapanese;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            underTurkish = Gazetteer.read();
            Locale.setDefault(Locale.JAPAN);
            underJapanese = Gazetteer.read();
        } finally {
            Locale.setDefault(before);
        }
        for (Entity country : gazetteer.entities().stream().filter(e -> e.type() == EntityType.COUNTRY).toList()) {
            assertEquals(country, underTurkish.byKey(EntityType.COUNTRY, country.key()).orElseThrow());
            assertEquals(country, underJapanese.byKey(EntityType.COUNTRY, country.key()).orElseThrow());
        }
        // The labels of another JDK's CLDR release (Türkiye) cannot come in: the loader never asks the JDK for names.
        try (InputStream in = Gazetteer.class.getResourceAsStream("Gazetteer.class")) {
            String classFile = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            for (String call : List.of("getDisplayCountry", "getDisplayName", "getISOCountries")) {
                assertTrue(!classFile.contains(call), "Gazetteer calls Locale." + call);
            }
        }
    }

    @Test
    void statesThatNoLongerExistAreCountriesOfTheirTime() {
        assertEquals(EntityType.COUNTRY, named("苏联").type());
        assertEquals("Q15180", named("苏联").wikidata());
        assertEquals(named("苏联"), gazetteer.byAbbreviation("苏").orElseThrow(), "美苏 is the US and the USSR");
        assertEquals(named("民主德国"), named("东德"));
    }

    @Test
    void aNameWithAShortFormInsideIsKnownWrittenOut() {
        assertEquals(named("拉美和加勒比国家共同体"), named("拉丁美洲和加勒比国家共同体"));
    }

    @Test
    void editionsOfRecurringSummitsAreNamedByNumberCityAndYear() {
        Entity xiamen = named("金砖国家领导人第九次会晤");
        assertEquals("BRICS-SUMMIT-9", xiamen.key());
        assertEquals(xiamen, named("厦门会晤"));
        assertEquals(xiamen, named("2017年金砖国家领导人会晤"));
        assertEquals(named("二十国集团领导人第十一次峰会"), named("杭州峰会"));
        assertEquals(named("亚太经合组织第二十二次领导人非正式会议"), named("亚太经济合作组织第二十二次领导人非正式会议"));
        assertTrue(gazetteer.byName("约翰内斯堡会晤").isEmpty(), "two BRICS meetings were held there: the city alone names neither");
        assertTrue(gazetteer.byName("阿斯塔纳峰会").isEmpty(), "nor does a city of several SCO summits");
        assertTrue(gazetteer.byName("亚太经合组织利马会议").isEmpty(), "nor of several APEC meetings");
        Entity copenhagen = named("联合国气候变化框架公约第十五次缔约方大会");
        assertEquals(copenhagen, named("哥本哈根会议"));
        assertEquals(copenhagen, named("《联合国气候变化框架公约》第十五次缔约方大会"));
        assertEquals(named("联合国气候变化框架公约第二十一次缔约方大会"), named("巴黎气候大会"));
        assertTrue(gazetteer.byName("马拉喀什气候大会").isEmpty(), "two COPs met in Marrakesh: the city alone names neither");
    }

    @Test
    void placesSayTheirState() {
        Entity china = gazetteer.byKey(EntityType.COUNTRY, "CN").orElseThrow();
        for (String place : List.of("重庆", "澳门", "青岛", "湖北", "乌鲁木齐")) {
            assertEquals(china, gazetteer.stateOf(named(place)).orElseThrow(), place);
        }
        assertEquals(named("瑞士"), gazetteer.stateOf(named("日内瓦")).orElseThrow(), "a world city");
        assertEquals(named("巴西"), gazetteer.stateOf(named("巴西利亚")).orElseThrow(), "a capital");
        assertEquals(named("日本"), gazetteer.stateOf(named("东京")).orElseThrow());
        assertEquals(named("美国"), gazetteer.stateOf(named("白宫")).orElseThrow(), "a seat of government lies in its state");
        for (String venue : List.of("人民大会堂", "中南海", "瀛台", "钓鱼台国宾馆")) {
            assertEquals(china, gazetteer.stateOf(named(venue)).orElseThrow(), "China's venues of state: " + venue);
        }
        assertTrue(gazetteer.stateOf(named("西亚北非")).isEmpty(), "regions named jointly lie in no one state");
        assertEquals(named("西亚北非"), named("中东北非"));
        assertTrue(gazetteer.stateOf(named("耶路撒冷")).isEmpty(), "no state is given where it is disputed");
        assertTrue(gazetteer.isFormerState(named("南斯拉夫")) && gazetteer.isFormerState(named("苏联")));
        assertFalse(gazetteer.isFormerState(named("俄罗斯")));
        assertTrue(gazetteer.stateOf(named("亚太")).isEmpty(), "a world region lies in no one state");
    }

    @Test
    void aTitleFromItsAboutOnNamesTheOneAgreementWhoseFullTitleEndsSo() {
        assertEquals("SINO-BRITISH-DECLARATION", gazetteer.agreementTitled("关于香港问题的联合声明").orElseThrow().key());
        assertEquals("SINO-BRITISH-DECLARATION", gazetteer.agreementTitled("《关于香港问题的联合声明》").orElseThrow().key(), "marks aside");
        assertTrue(gazetteer.agreementTitled("关于建立外交关系的联合公报").isEmpty(), "a tail many titles share names none");
        assertTrue(gazetteer.agreementTitled("香港问题的联合声明").isEmpty(), "only from 关于 on");
    }

    @Test
    void everyFiveYearPlanIsOneEntityByEachOfItsNames() {
        assertEquals("FIVE-YEAR-7", named("第七个五年计划").key());
        assertEquals(named("第八个五年计划"), named("“八五”计划"));
        assertEquals(named("第八个五年计划"), named("中华人民共和国国民经济和社会发展第八个五年计划纲要"));
        assertEquals(named("第一个五年计划"), named("发展国民经济的第一个五年计划"));
        assertEquals("FIVE-YEAR-14", named("“十四五”规划").key(), "规划 since the eleventh");
        assertEquals("CSCE", named("欧安会").key());
        assertFalse(named("欧安会").equals(named("欧安组织")), "the CSCE became the OSCE in 1995: two entities");
    }

    @Test
    void placesSayTheStateTheyLayInOnADay() {
        LocalDate before = LocalDate.of(1988, 4, 1);
        assertEquals(named("苏联"), gazetteer.stateOf(named("莫斯科"), before).orElseThrow(), "Moscow in 1988");
        assertEquals(named("苏联"), gazetteer.stateOf(named("基辅"), LocalDate.of(1991, 12, 25)).orElseThrow(), "the day before the end");
        assertEquals(named("俄罗斯"), gazetteer.stateOf(named("莫斯科"), LocalDate.of(1991, 12, 26)).orElseThrow(), "from the day it ended");
        assertEquals(named("爱沙尼亚"), gazetteer.stateOf(named("塔林"), LocalDate.of(1991, 10, 1)).orElseThrow(), "a state that left earlier");
        assertEquals(named("捷克斯洛伐克"), gazetteer.stateOf(named("布拉格"), before).orElseThrow());
        assertEquals(named("南斯拉夫"), gazetteer.stateOf(named("贝尔格莱德"), LocalDate.of(1999, 5, 8)).orElseThrow());
        assertEquals(named("塞尔维亚"), gazetteer.stateOf(named("贝尔格莱德"), LocalDate.of(2010, 1, 1)).orElseThrow());
        assertEquals(named("日本"), gazetteer.stateOf(named("东京"), before).orElseThrow(), "no succession, no change");
    }

    @Test
    void theLongestNameOfATypeEndingAtAPlaceIsFoundLookingBackNoFurtherThanAsked() {
        String text = "推进中国—东盟自贸区3.0版谈判";
        int version = text.indexOf("3.0版");
        Set<EntityType> programmes = EnumSet.of(EntityType.AGREEMENT, EntityType.INITIATIVE);
        assertEquals(text.indexOf("中国—东盟自贸区"), gazetteer.nameEndingAt(text, version, 20, programmes));
        assertEquals(-1, gazetteer.nameEndingAt(text, version, 4, programmes), "too far back");
        assertEquals(-1, gazetteer.nameEndingAt(text, version, 20, EnumSet.of(EntityType.COUNTRY)), "no country ends there");
    }
}
