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
        Entity unknown = speakers.resolve("李小明");
        assertEquals(EntityType.PERSON, unknown.type());
        assertEquals("李小明", unknown.zhLabel());
        assertNull(unknown.enLabel(), "no English name is guessed");
        assertEquals("https://w3id.org/diplokg/id/person/李小明", unknown.iri());
        assertEquals(unknown.iri(), new SpeakerResolver(Gazetteer.load()).resolve("李小明").iri(), "the same IRI in another build");
    }
}
