package org.w3id.diplokg.eval;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.w3id.diplokg.eval.GoldSet.GoldEntity;
import org.w3id.diplokg.eval.SystemOutput.SystemEntity;

/**
 * Finds the gold entity an extracted entity stands for: the same Wikidata item where both have one
 * (decisive either way), else a shared name: the gold's canonical name among the entity's labels, the
 * entity's canonical name among the gold's surfaces of two or more characters, or the same English
 * name; quotation and title marks do not count. A gold entity of the same type is preferred, so a type error still shows as one.
 */
final class EntityMatcher {
    private final List<GoldEntity> gold;

    EntityMatcher(List<GoldEntity> gold) {
        this.gold = gold;
    }

    Optional<GoldEntity> match(SystemEntity entity) {
        Optional<GoldEntity> sameType = gold.stream()
                .filter(g -> g.type().equals(entity.type()) && same(g, entity)).findFirst();
        return sameType.isPresent() ? sameType : gold.stream().filter(g -> same(g, entity)).findFirst();
    }

    static boolean same(GoldEntity gold, SystemEntity entity) {
        if (gold.wikidata() != null && entity.wikidata() != null) {
            return gold.wikidata().equals(entity.wikidata());
        }
        String goldName = name(gold.zh());
        if (entity.labels().stream().map(EntityMatcher::name).anyMatch(goldName::equals)) {
            return true;
        }
        String zh = name(entity.zh());
        if (zh != null && zh.codePointCount(0, zh.length()) >= 2
                && gold.surfaces().stream().map(EntityMatcher::name).anyMatch(zh::equals)) {
            return true;
        }
        return gold.en() != null && entity.en() != null
                && gold.en().toLowerCase(Locale.ROOT).equals(entity.en().toLowerCase(Locale.ROOT));
    }

    /** A name as compared: quotation and title marks are typography (“十二五”规划 is 十二五规划). */
    static String name(String text) {
        String normal = MatchText.of(text);
        return normal == null ? null : normal.replaceAll("[“”‘’\"《》〈〉「」『』]", "");
    }
}
