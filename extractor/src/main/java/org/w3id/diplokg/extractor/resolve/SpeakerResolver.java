package org.w3id.diplokg.extractor.resolve;

import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Resolve stage for the people who speak: a turn's speaker as the transcript names them (王毅, 毛宁)
 * becomes the gazetteer's person of that name, or else a new person entity named as written, so a
 * spokesperson the gazetteer does not list still has one stable IRI across documents and builds.
 */
public final class SpeakerResolver {
    private final Gazetteer gazetteer;

    public SpeakerResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Entity resolve(String speakerName) {
        return gazetteer.byName(speakerName)
                .filter(entity -> entity.type() == EntityType.PERSON)
                .orElseGet(() -> Entity.named(EntityType.PERSON, speakerName));
    }
}
