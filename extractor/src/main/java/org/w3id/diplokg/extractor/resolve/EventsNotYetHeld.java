package org.w3id.diplokg.extractor.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A listed event of a year the text's day could not yet speak of is not the one it names: 洛杉矶奥运会 in a text of
 * 1984 is that year's Games, not 2028's, 美国大选 in 1988 no election of 2020, and 坎昆会议 in 1981 no climate
 * conference of 2010. Such a mention becomes an event named as written. The year is the one the event's key ends with
 * (LOS-ANGELES-2028), else the first its English label gives (COP16, Cancún, 2010); an edition is known at most seven
 * years ahead (the Olympic Games' hosts are chosen so).
 */
final class EventsNotYetHeld {
    private static final Pattern YEAR_OF_KEY = Pattern.compile("-((?:19|20)\\d\\d)$");
    /** The first year an English label gives: 16th UN Climate Change Conference (COP16, Cancún, 2010), 2008 financial crisis. */
    private static final Pattern YEAR_OF_LABEL = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
    private static final int YEARS_FORESEEN = 7;

    List<Mention> asOf(List<Mention> found, LocalDate day) {
        return found.stream().map(m -> {
            if (m.entity().type() != EntityType.EVENT) {
                return m;
            }
            Matcher year = YEAR_OF_KEY.matcher(m.entity().key());
            if (!year.find()) {
                year = YEAR_OF_LABEL.matcher(m.entity().enLabel() == null ? "" : m.entity().enLabel());
                if (!year.find()) {
                    return m;
                }
            }
            if (Integer.parseInt(year.group(1)) <= day.getYear() + YEARS_FORESEEN) {
                return m;
            }
            return m.naming(NewNames.named(EntityType.EVENT, m.surface()));
        }).toList();
    }
}
