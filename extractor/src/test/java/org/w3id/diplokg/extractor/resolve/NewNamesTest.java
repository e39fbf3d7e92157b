package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.w3id.diplokg.gazetteer.EntityType;

class NewNamesTest {
    @Test
    void oneThingWrittenTwoWaysIsOneEntity() {
        assertEquals(NewNames.named(EntityType.EVENT, "第二十六届联合国大会").iri(), NewNames.named(EntityType.EVENT, "第26届联合国大会").iri());
        assertEquals("第十次中欧领导人会晤", NewNames.normalized("第10次中欧领导人会晤"));
        assertEquals("数字金砖计划", NewNames.normalized("“数字金砖”计划"));
        assertEquals("联合国大会第2758号决议", NewNames.normalized("联合国大会第2758号决议"), "a resolution's number stays as written");
    }

    @Test
    void aSessionIsKnownByItsNumberInFiguresToo() {
        assertEquals(NewNames.named(EntityType.EVENT, "第六十三届联合国大会"), NewNames.named(EntityType.EVENT, "第63届联合国大会"),
                "one entity, aliases and all, whoever wrote it first");
        assertEquals(java.util.List.of("第63届联合国大会"), NewNames.named(EntityType.EVENT, "第六十三届联合国大会").aliases());
        assertEquals(java.util.List.of(), NewNames.named(EntityType.EVENT, "中欧领导人会晤").aliases());
    }
}
