package org.w3id.diplokg.extractor.resolve;

import java.util.Optional;
import java.util.function.Predicate;
import org.w3id.diplokg.extractor.model.OutletCountry;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Resolves the outlet a question is introduced by (中央广播电视总台央视, 《环球时报》特约) to a news
 * organization: a known name, else the longest known outlet name it ends with (新加坡《海峡时报》),
 * else a new news organization named as written, without the country (or place inside one) it is introduced with.
 */
public final class OutletResolver {
    private final Gazetteer gazetteer;

    public OutletResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The outlet's name without what its introduction adds: title marks, 特约 (《环球时报》特约 → 环球时报). */
    public static String name(String outletAsWritten) {
        return outletAsWritten.replace("《", "").replace("》", "").replaceAll("特约$", "").trim();
    }

    public Entity resolve(String outletAsWritten) {
        String outlet = name(outletAsWritten);
        for (int begin = 0; begin < outlet.length() - 1; begin++) {
            Entity known = gazetteer.byName(outlet.substring(begin)).orElse(null);
            if (known != null && known.type() == EntityType.NEWS_ORGANIZATION) {
                return known;
            }
        }
        // A new outlet introduced with where it is based, a country or a place inside one (印度《印度教徒报》,
        // 香港《大公报》), is named without it: the same paper named alone elsewhere is the same outlet. A world region
        // belongs to no state and stays in the name (亚洲新闻台).
        String named = placeOpening(outletAsWritten, e -> e.type() == EntityType.COUNTRY
                        || e.type() == EntityType.REGION && gazetteer.stateOf(e).isPresent())
                .map(place -> name(outletAsWritten.substring(place.surface().length()))).filter(rest -> rest.length() >= 2).orElse(outlet);
        return Entity.named(EntityType.NEWS_ORGANIZATION, named);
    }

    /** The country the outlet's introduction opens with (新加坡《联合早报》, 埃及中东通讯社), if any: the longest known name. */
    public Optional<OutletCountry> country(String outletAsWritten) {
        return placeOpening(outletAsWritten, e -> e.type() == EntityType.COUNTRY);
    }

    /** The longest name the introduction opens with of a place {@code accepted}, with the surface as written. */
    private Optional<OutletCountry> placeOpening(String outletAsWritten, Predicate<Entity> accepted) {
        for (int end = Math.min(outletAsWritten.length() - 1, LONGEST_COUNTRY_NAME); end >= 2; end--) {
            String prefix = outletAsWritten.substring(0, end);
            if (!Character.isLetter(prefix.charAt(prefix.length() - 1))) {
                continue; // the gazetteer reads 新加坡《 as 新加坡; the surface must not
            }
            Optional<Entity> place = gazetteer.byName(prefix).filter(accepted);
            if (place.isPresent()) {
                return Optional.of(new OutletCountry(prefix, place.get()));
            }
        }
        return Optional.empty();
    }

    private static final int LONGEST_COUNTRY_NAME = 8;
}
