package org.w3id.diplokg.extractor.resolve;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
        List<Entity> people = Stream.concat(persons(mentions, lead.start("hosts"), lead.end("hosts")).stream(),
                persons(mentions, lead.start("guests"), lead.end("guests")).stream()).distinct().toList();
        return people.size() >= 2 ? people : List.of();
    }

    /**
     * The one person the lead names as the guest where the hosts are a government or a body, no person
     * (应哈萨克斯坦共和国政府的邀请，中华人民共和国国务院总理李鹏于…进行了正式访问), if so.
     */
    public static Optional<Entity> soleGuest(String sentence, List<Mention> mentions) {
        Matcher lead = LEAD.matcher(sentence);
        if (!lead.find()) {
            return Optional.empty();
        }
        List<Entity> hosts = persons(mentions, lead.start("hosts"), lead.end("hosts"));
        List<Entity> guests = persons(mentions, lead.start("guests"), lead.end("guests"));
        return hosts.isEmpty() && guests.size() == 1 ? Optional.of(guests.get(0)) : Optional.empty();
    }

    /** A clause that holds talks: 举行 (了) then 会谈, maybe qualified (举行了正式会谈). */
    private static final Pattern HOLDS_TALKS = Pattern.compile("举行了?[^，。；]{0,4}会谈");
    private static final Pattern CLAUSE = Pattern.compile("[^，。；]+");
    private static final Pattern WITH = Pattern.compile("[同与和]");

    /**
     * The person who holds talks with the guest (访问期间，…总理卡热格尔金同李鹏总理举行了会谈): the host who issues
     * the joint document with the guest, where the invitation named no host person. One clause must name the two,
     * joined by 同, 与 or 和, and say they held talks.
     */
    public static Optional<Entity> talksHost(String sentence, List<Mention> mentions, Entity guest) {
        Matcher clause = CLAUSE.matcher(sentence);
        while (clause.find()) {
            if (!HOLDS_TALKS.matcher(clause.group()).find()) {
                continue;
            }
            List<Mention> people = mentions.stream()
                    .filter(m -> m.entity().type() == EntityType.PERSON && within(m, clause.start(), clause.end())).toList();
            if (people.size() == 2 && people.stream().anyMatch(m -> m.entity().equals(guest))
                    && WITH.matcher(sentence.substring(people.get(0).end(), people.get(1).begin())).find()) {
                return people.stream().map(Mention::entity).filter(e -> !e.equals(guest)).findFirst();
            }
        }
        return Optional.empty();
    }

    private static List<Entity> persons(List<Mention> mentions, int begin, int end) {
        return mentions.stream().filter(m -> m.entity().type() == EntityType.PERSON && within(m, begin, end))
                .map(Mention::entity).distinct().toList();
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
