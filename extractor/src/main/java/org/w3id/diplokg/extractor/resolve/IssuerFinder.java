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
 * 弗·弗·普京 is the same person as 普京 elsewhere; and the body that issues a statement in its own name (中华人民共和国外交部
 * 关于…的声明).
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

    /** A statement's title: the body, what it is about (关于…的), then 声明 or 公告. */
    private static final Pattern BODY_TITLE = Pattern.compile("^(?:关于[^。；]{2,80}的)?(?:声明|公告)$");

    /**
     * The body a statement's title names as issuing it (中华人民共和国外交部关于…的声明: the ministry), where the title
     * opens with that body and is nothing but its statement; else none.
     */
    public static List<Entity> bodyOfTitle(String title, List<Mention> mentions) {
        String line = title.strip();
        return mentions.stream()
                .filter(m -> m.begin() == title.indexOf(line) && m.entity().type() == EntityType.ORGANIZATION)
                .filter(m -> BODY_TITLE.matcher(line.substring(m.end() - title.indexOf(line))).matches())
                .map(Mention::entity).findFirst().stream().toList();
    }

    private static boolean within(Mention mention, int begin, int end) {
        return mention.begin() >= begin && mention.end() <= end;
    }
}
