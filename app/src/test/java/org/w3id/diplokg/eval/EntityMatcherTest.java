package org.w3id.diplokg.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.eval.GoldSet.GoldEntity;
import org.w3id.diplokg.eval.SystemOutput.SystemEntity;

class EntityMatcherTest {

    private static SystemEntity extracted(String zh, String wikidata, String... labels) {
        return new SystemEntity("https://w3id.org/diplokg/id/initiative/x", "initiative", zh, null, wikidata, Set.of(labels));
    }

    @Test
    void quotationAndTitleMarksAreNoPartOfAName() {
        GoldEntity plan = new GoldEntity("initiative", "“十二五”规划", null, null, List.of("“十二五”规划"));
        assertTrue(EntityMatcher.same(plan, extracted("十二五规划", null, "十二五规划", "十二五")));
        GoldEntity treaty = new GoldEntity("agreement", "巴黎协定", null, null, List.of("《巴黎协定》"));
        assertTrue(EntityMatcher.same(treaty, extracted("《巴黎协定》", null, "《巴黎协定》")));
    }

    @Test
    void otherNamesDoNotMatch() {
        GoldEntity plan = new GoldEntity("initiative", "“十二五”规划", null, null, List.of("“十二五”规划"));
        assertFalse(EntityMatcher.same(plan, extracted("十三五规划", null, "十三五规划")));
    }

    @Test
    void wikidataItemsDecideEitherWay() {
        GoldEntity china = new GoldEntity("country", "中国", null, "Q148", List.of("中国"));
        assertFalse(EntityMatcher.same(china, extracted("中国", "Q865", "中国")));
        assertTrue(EntityMatcher.same(china, extracted("中华人民共和国", "Q148", "中华人民共和国")));
    }
}
