package org.w3id.diplokg.extractor.resolve;

import java.util.Optional;
import org.w3id.diplokg.extractor.model.OutletCountry;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Resolves the outlet a question is introduced by (中央广播电视总台央视, 《环球时报》特约) to a news
 * organization: a known name, else the longest known outlet name it ends with (新加坡《海峡时报》),
 * else a new news organization named as written, without the country it is introduced with.
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
        // A new outlet introduced with its country (印度《印度教徒报》) is named without it: the country is
        // where it is based, and the same paper named alone elsewhere is the same outlet.
        String named = country(outletAsWritten).map(OutletCountry::surface).or(() -> regionBeforeTitle(outletAsWritten))
                .map(place -> name(outletAsWritten.substring(place.length()))).filter(rest -> rest.length() >= 2).orElse(outlet);
        return Entity.named(EntityType.NEWS_ORGANIZATION, named);
    }

    /**
     * A place inside a state opening the introduction (香港《大公报》, 台湾《中国时报》, read without their marks): where the
     * paper is based, not part of its name. World regions have no state (亚洲新闻台 keeps its name whole).
     */
    private Optional<String> regionBeforeTitle(String outletAsWritten) {
        for (int end = Math.min(outletAsWritten.length() - 2, LONGEST_COUNTRY_NAME); end >= 2; end--) {
            String prefix = outletAsWritten.substring(0, end);
            Optional<Entity> place = gazetteer.byName(prefix).filter(e -> e.type() == EntityType.REGION);
            if (place.isPresent() && gazetteer.stateOf(place.get()).isPresent()) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    /** The country the outlet's introduction opens with (新加坡《联合早报》, 埃及中东通讯社), if any: the longest known name. */
    public Optional<OutletCountry> country(String outletAsWritten) {
        for (int end = Math.min(outletAsWritten.length() - 1, LONGEST_COUNTRY_NAME); end >= 2; end--) {
            String prefix = outletAsWritten.substring(0, end);
            if (!Character.isLetter(prefix.charAt(prefix.length() - 1))) {
                continue; // the gazetteer reads 新加坡《 as 新加坡; the surface must not
            }
            Optional<Entity> country = gazetteer.byName(prefix).filter(e -> e.type() == EntityType.COUNTRY);
            if (country.isPresent()) {
                return Optional.of(new OutletCountry(prefix, country.get()));
            }
        }
        return Optional.empty();
    }

    private static final int LONGEST_COUNTRY_NAME = 8;
}
