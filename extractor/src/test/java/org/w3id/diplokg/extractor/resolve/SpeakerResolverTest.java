package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Speakers' names to person entities: the gazetteer's where it lists them, a stable new one where not. */
class SpeakerResolverTest {
    private final SpeakerResolver speakers = new SpeakerResolver(Gazetteer.load());

    @Test
    void aSpeakerTheGazetteerKnowsIsItsPerson() {
        Entity wangYi = speakers.resolve("王毅");
        assertEquals(EntityType.PERSON, wangYi.type());
        assertEquals("Wang Yi", wangYi.enLabel());
    }

    @Test
    void aSpeakerTheGazetteerDoesNotKnowIsANewPersonWithAStableIri() {
        Entity maoNing = speakers.resolve("毛宁");
        assertEquals(EntityType.PERSON, maoNing.type());
        assertEquals("毛宁", maoNing.zhLabel());
        assertNull(maoNing.enLabel(), "no English name is guessed");
        assertEquals("https://w3id.org/diplokg/id/person/毛宁", maoNing.iri());
        assertEquals(maoNing.iri(), new SpeakerResolver(Gazetteer.load()).resolve("毛宁").iri(), "the same IRI in another build");
    }
}
