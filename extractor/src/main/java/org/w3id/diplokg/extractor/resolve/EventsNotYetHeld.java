package org.w3id.diplokg.extractor.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A listed event of a year the text's day could not yet speak of is not the one it names: 洛杉矶奥运会 in a text of
 * 1984 is that year's Games, not 2028's, and 美国大选 in 1988 no election of 2020. Such a mention becomes an event named
 * as written. The year is the one the event's key ends with (LOS-ANGELES-2028); an edition is known at most seven years
 * ahead (the Olympic Games' hosts are chosen so).
 */
final class EventsNotYetHeld {
    private static final Pattern YEAR_OF_KEY = Pattern.compile("-((?:19|20)\\d\\d)$");
    private static final int YEARS_FORESEEN = 7;

    List<Mention> asOf(List<Mention> found, LocalDate day) {
        return found.stream().map(m -> {
            if (m.entity().type() != EntityType.EVENT) {
                return m;
            }
            Matcher year = YEAR_OF_KEY.matcher(m.entity().key());
            if (!year.find() || Integer.parseInt(year.group(1)) <= day.getYear() + YEARS_FORESEEN) {
                return m;
            }
            return m.naming(NewNames.named(EntityType.EVENT, m.surface()));
        }).toList();
    }
}
