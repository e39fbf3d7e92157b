package org.w3id.diplokg.extractor.resolve;

import java.util.List;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Resolves the outlet a question is introduced by (中央广播电视总台央视, 《环球时报》特约) to a news
 * organization: a known name, else the longest known outlet name it ends with (新加坡《海峡时报》),
 * else a new news organization named as written.
 */
public final class OutletResolver {
    private final Gazetteer gazetteer;

    public OutletResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Entity resolve(String outletAsWritten) {
        String outlet = outletAsWritten.replace("《", "").replace("》", "").replaceAll("特约$", "").trim();
        for (int begin = 0; begin < outlet.length() - 1; begin++) {
            Entity known = gazetteer.byName(outlet.substring(begin)).orElse(null);
            if (known != null && known.type() == EntityType.NEWS_ORGANIZATION) {
                return known;
            }
        }
        return new Entity(outlet, EntityType.NEWS_ORGANIZATION, outlet, null, List.of(), null, true, null);
    }
}
