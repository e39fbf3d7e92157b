package org.w3id.diplokg.extractor.resolve;

import java.time.LocalDate;
import java.util.List;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A state named in a text dated before it became one is the land it then was, a region: 纳米比亚 in a speech of
 * 1987 (South West Africa under South African rule), 巴勒斯坦 before the State of Palestine was proclaimed. The days
 * are the gazetteer's (new-states.tsv).
 */
final class TerritoriesBeforeStatehood {
    private final Gazetteer gazetteer;

    TerritoriesBeforeStatehood(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Mention> asOf(List<Mention> found, LocalDate day) {
        return found.stream().map(m -> {
            if (m.entity().type() != EntityType.COUNTRY) {
                return m;
            }
            Entity meant = gazetteer.asOf(m.entity(), day);
            return meant == m.entity() ? m : m.naming(meant);
        }).toList();
    }
}
