package org.w3id.diplokg.extractor.resolve;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Resolve stage for who issues a joint document (a joint statement or communiqué, which no one person speaks): the
 * people its lead sentence names as inviting and invited (应中华人民共和国主席胡锦涛邀请，大韩民国总统李明博于…进行国事访问)
 * or as proposing the occasion together (应…习近平和…普京共同倡议，…), read from the persons the resolver found there, so
 * 弗·弗·普京 is the same person as 普京 elsewhere.
 */
public final class IssuerFinder {
    /** 应 hosts (的) 邀请, then the guests up to 于 (the visit's dates) or the clause's end; an enumerator may open it. */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、)?应(?<hosts>[^，。；]{2,80}?)的?(?:共同)?(?:邀请|倡议)，(?<guests>[^，。；]{0,60}?)(?:于|，|。|$)");

    private IssuerFinder() {}

    /** The people the sentence names as the occasion's hosts and guests, in order; none unless it names two or more. */
    public static List<Entity> find(String sentence, List<Mention> mentions) {
        Matcher lead = LEAD.matcher(sentence);
        if (!lead.find()) {
            return List.of();
        }
        List<Entity> people = mentions.stream()
                .filter(m -> m.entity().type() == EntityType.PERSON)
                .filter(m -> within(m, lead.start("hosts"), lead.end("hosts")) || within(m, lead.start("guests"), lead.end("guests")))
                .map(Mention::entity).distinct().toList();
        return people.size() >= 2 ? people : List.of();
    }

    private static boolean within(Mention mention, int begin, int end) {
        return mention.begin() >= begin && mention.end() <= end;
    }
}
