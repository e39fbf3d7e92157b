package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A meeting named by its venue (坎昆会议, 伦敦会议, 茂物会议) after the document told a meeting held there (合作与发展国际会议
 * 在墨西哥坎昆举行, 在伦敦举行的利比亚问题国际会议) is that meeting, as the ministry calls a conference by its city: not a new
 * one, nor one the reference list knows by that name from another year. Where the document told two meetings held at one
 * place, its name names neither. One instance reads one document, in order, after the mentions are read as of its day.
 * ({@link DefinedShortForms} reads a gathering named by the tail of its full name, 杭州峰会 after …杭州峰会; this reads where
 * the document told it held, which the name need not say.)
 */
public final class MeetingsByVenue {
    private static final double CONFIDENCE = 0.85;
    private static final String HEAD = "(?:会议|峰会|会晤)";
    private static final Pattern KIND = Pattern.compile(HEAD);
    /** A meeting named by where it is held: the place, then the kind of meeting. */
    private static final Pattern VENUE_NAMED = Pattern.compile("^(?<place>.{2,5}?)" + HEAD + "$");
    /** An event held at a place named after it, in its clause: …国际会议在墨西哥坎昆举行, …会议将于明年在巴格达召开. */
    private static final Pattern HELD_AT_AFTER = Pattern.compile("^[^，。；在]{0,20}在[^，。；]{0,8}$");
    private static final Pattern HOLDING = Pattern.compile("^(?:隆重)?(?:举行|召开|开幕)");
    /** 在…坎昆举行的 right before the event. */
    private static final Pattern HELD_AT_BEFORE = Pattern.compile("^(?:隆重)?(?:举行|召开|举办)的$");
    /** How far before the place 在 may open the words telling where it is held (在墨西哥坎昆). */
    private static final int AT_REACH = 10;

    /** The meetings the document told held at a place, by the place's name as written. */
    private final Map<String, Entity> heldAt = new HashMap<>();
    /** Places the document told two meetings held at. */
    private final Set<String> heldAtTwice = new HashSet<>();

    /** The sentence's mentions with the meetings named by their venue read as the ones held there; learns this sentence's. */
    public List<Mention> apply(String sentence, List<Mention> mentions) {
        List<Mention> read = new ArrayList<>();
        for (Mention mention : mentions) {
            Entity entity = mention.entity();
            Matcher venue = VENUE_NAMED.matcher(mention.surface());
            // a name of the document's own or as written (坎昆会议 of 1981, not 2010's), not one the reference list gives
            boolean newName = entity.key().equals(entity.zhLabel());
            Entity held = entity.type() == EntityType.EVENT && newName && venue.matches() ? heldAt.get(venue.group("place")) : null;
            read.add(held == null || held.equals(entity) ? mention
                    : new Mention(mention.begin(), mention.end(), mention.surface(), held, CONFIDENCE, Annotator.RULE));
        }
        heldAt.forEach((place, meeting) -> withNamedByPlace(sentence, place, meeting, read));
        read.sort(Comparator.comparingInt(Mention::begin));
        learn(sentence, read);
        return read;
    }

    /**
     * 惠灵顿会议 that no rule read as a meeting, only its place: the meeting held there is meant. Not 在纽约会晤, where 会晤 is
     * what two do there.
     */
    private static void withNamedByPlace(String sentence, String place, Entity meeting, List<Mention> read) {
        for (int begin = sentence.indexOf(place); begin >= 0; begin = sentence.indexOf(place, begin + place.length())) {
            Matcher kind = KIND.matcher(sentence).region(begin + place.length(), sentence.length());
            if (!kind.lookingAt() || begin > 0 && "在于".indexOf(sentence.charAt(begin - 1)) >= 0) {
                continue;
            }
            int at = begin;
            int end = kind.end();
            List<Mention> inside = read.stream().filter(m -> m.begin() < end && at < m.end()).toList();
            if (inside.stream().allMatch(m -> m.begin() == at && m.end() == at + place.length()
                    && m.entity().type() == EntityType.REGION)) {
                read.removeAll(inside);
                read.add(new Mention(at, end, sentence.substring(at, end), meeting, CONFIDENCE, Annotator.RULE));
            }
        }
    }

    /** The meetings this sentence tells held at a place named in its clause. */
    private void learn(String sentence, List<Mention> mentions) {
        for (Mention event : mentions) {
            if (event.entity().type() != EntityType.EVENT) {
                continue;
            }
            for (Mention place : mentions) {
                if (place.entity().type() == EntityType.REGION && heldAt(sentence, event, place)) {
                    told(place.surface(), event.entity());
                }
            }
        }
    }

    private static boolean heldAt(String sentence, Mention event, Mention place) {
        if (event.end() <= place.begin()) {
            return HELD_AT_AFTER.matcher(sentence.substring(event.end(), place.begin())).matches()
                    && HOLDING.matcher(sentence.substring(place.end())).find();
        }
        return place.end() <= event.begin() && HELD_AT_BEFORE.matcher(sentence.substring(place.end(), event.begin())).matches()
                && sentence.substring(Math.max(0, place.begin() - AT_REACH), place.begin()).contains("在");
    }

    private void told(String place, Entity meeting) {
        if (heldAtTwice.contains(place)) {
            return;
        }
        Entity known = heldAt.putIfAbsent(place, meeting);
        if (known != null && !known.equals(meeting)) {
            heldAt.remove(place);
            heldAtTwice.add(place);
        }
    }
}
