package org.w3id.diplokg.gazetteer;

import java.util.List;
import java.util.Objects;
import org.w3id.diplokg.vocab.DKG;

/**
 * One real thing the graph knows: a country, organization, agreement, initiative, region, outlet
 * or person.
 *
 * @param key           stable local name under the type's path, e.g. "CN" for China, "UN" for the
 *                      United Nations, or the canonical Chinese label for an entity a rule found
 * @param type          what kind of thing it is
 * @param zhLabel       canonical Chinese label
 * @param enLabel       English label, or null where not known
 * @param aliases       other names and abbreviations (not including zhLabel)
 * @param wikidata      Wikidata item id such as "Q148", or null
 * @param wikidataExact true for skos:exactMatch, false for skos:closeMatch (regions)
 * @param iso2          ISO 3166-1 alpha-2 code for countries, else null
 */
public record Entity(String key, EntityType type, String zhLabel, String enLabel, List<String> aliases,
                     String wikidata, boolean wikidataExact, String iso2) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(zhLabel, "zhLabel");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /**
     * An entity found in a text that no gazetteer lists: its key and Chinese label are its name as
     * written, with no English label, alias or Wikidata item (none is guessed).
     */
    public static Entity named(EntityType type, String name) {
        return new Entity(name, type, name, null, List.of(), null, true, null);
    }

    /** The entity's IRI: {@code https://w3id.org/diplokg/id/<type>/<key>}. */
    public String iri() {
        return DKG.id(type.pathSegment(), key);
    }
}
