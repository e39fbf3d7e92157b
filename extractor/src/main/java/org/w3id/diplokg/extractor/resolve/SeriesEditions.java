package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * An edition named by its ordinal and the bare kind of meeting (第四轮会谈, 第二届峰会, 首届高峰论坛) after the
 * document has named a series of that kind (六方会谈, 中国—中亚峰会, “一带一路”国际合作高峰论坛): that edition
 * of the series, named as annotators name it (第四轮六方会谈). Where the document has named two series of the
 * kind, the ordinal alone names neither. A forum's ministerial meeting named by its edition alone (第六届部长级会议)
 * after the document named one forum is that forum's; a listed series named after 这届 or 本届 is the edition of it the
 * document named last. One instance reads one document, in order.
 */
public final class SeriesEditions {
    /** An edition's ordinal, as the meeting rules read it (第四轮, 第二届, 首届). */
    private static final String ORDINAL = MeetingRule.EDITION;
    /** The kinds of meeting a series is named by, longest first. */
    private static final String KINDS = "高峰论坛|会谈|峰会";
    private static final Pattern EDITION_ALONE = Pattern.compile(ORDINAL + "(?<kind>" + KINDS + ")");
    private static final Pattern SERIES_KIND = Pattern.compile("(?<kind>" + KINDS + ")$");
    private static final Pattern LEADING_ORDINAL = Pattern.compile("^" + ORDINAL);
    /** A name that is itself one edition (第三次东亚峰会) or one year's meeting is no series. */
    private static final Pattern EDITION_INSIDE = Pattern.compile(ORDINAL + "|[0-9]{4}年");
    private static final double CONFIDENCE = 0.9;
    /** A forum's meeting named by its edition alone (第六届部长级会议, 论坛首届部长级会议), the forum unnamed before it. */
    private static final Pattern FORUM_EDITION_ALONE = Pattern.compile("^(?:首届|第[一二三四五六七八九十0-9]+届)部长级会议$");
    private static final String FORUM = "论坛";

    /** The forum the document has named (as written at its longest, as annotators name its meetings), while it has named only one. */
    private Entity forum;
    private String forumAsWritten;
    private boolean forumsAmbiguous;

    /** The names of the series the document has named, by their kind of meeting. */
    private final Map<String, Set<String>> seriesByKind = new HashMap<>();

    /** The sentence's mentions, with each edition named by its ordinal alone read as the series' edition. */
    public List<Mention> apply(String sentence, List<Mention> mentions) {
        mentions = withThisEdition(sentence, withForumsEditions(sentence, mentions));
        learn(mentions);
        Matcher edition = EDITION_ALONE.matcher(sentence);
        if (!edition.find()) {
            return mentions;
        }
        List<Mention> read = new ArrayList<>(mentions);
        do {
            Set<String> series = seriesByKind.getOrDefault(edition.group("kind"), Set.of());
            boolean described = edition.start() > 0 && sentence.charAt(edition.start() - 1) == '的'; // 扩员后的首次峰会
            if (series.size() != 1 || described || precededByName(sentence, edition.start(), read)) {
                continue;
            }
            int begin = edition.start();
            int end = edition.end();
            String ordinal = sentence.substring(begin, end - edition.group("kind").length());
            Entity named = NewNames.named(EntityType.EVENT, series.iterator().next().replace(ORDINAL_SLOT, ordinal));
            // the ordinal alone, read by no rule or as an event of its own (第二届高峰论坛), gives way
            boolean blocked = read.stream().anyMatch(m -> m.begin() < end && begin < m.end()
                    && !(m.begin() == begin && m.end() == end && m.entity().type() == EntityType.EVENT));
            if (blocked) {
                continue;
            }
            read.removeIf(m -> m.begin() == begin && m.end() == end);
            read.add(new Mention(begin, end, sentence.substring(begin, end), named, CONFIDENCE, Annotator.RULE));
        } while (edition.find());
        read.sort(Comparator.comparingInt(Mention::begin));
        return read;
    }

    /** The edition of each listed series (ASIAN-GAMES of ASIAN-GAMES-1990) the document named last, by the series' key. */
    private final Map<String, Entity> lastEditions = new HashMap<>();
    /** 这届, 本届, 此届, 该届 right before a series' name: the edition the document speaks of. */
    private static final Pattern THIS_EDITION = Pattern.compile("(?:这|本|此|该)一?届$");

    /**
     * A listed series named after 这届 or 本届 (印度尼西亚将派体育代表团参加这届亚运会) is the edition of it the document named
     * last (第十一届亚洲运动会); the list's keys say which editions are a series' (ASIAN-GAMES-1990 of ASIAN-GAMES).
     */
    private List<Mention> withThisEdition(String sentence, List<Mention> mentions) {
        List<Mention> read = new ArrayList<>();
        for (Mention mention : mentions) {
            Entity edition = lastEditions.get(mention.entity().key());
            if (edition != null && mention.entity().type() == EntityType.EVENT
                    && THIS_EDITION.matcher(sentence.substring(0, mention.begin())).find()) {
                read.add(new Mention(mention.begin(), mention.end(), mention.surface(), edition, CONFIDENCE, Annotator.RULE));
                continue;
            }
            read.add(mention);
            int dash = mention.entity().key().lastIndexOf('-');
            if (mention.entity().type() == EntityType.EVENT && dash > 0) {
                lastEditions.put(mention.entity().key().substring(0, dash), mention.entity());
            }
        }
        return read;
    }

    /**
     * 第六届部长级会议 after the document named 中阿合作论坛 (and no other forum) is the forum's sixth ministerial
     * meeting, named with the forum as the document writes it; a bare 论坛 before the edition is the forum too.
     */
    private List<Mention> withForumsEditions(String sentence, List<Mention> mentions) {
        List<Mention> read = new ArrayList<>();
        for (Mention mention : mentions) {
            if (forum != null && !forumsAmbiguous && mention.entity().type() == EntityType.EVENT
                    && FORUM_EDITION_ALONE.matcher(mention.surface()).matches() && mention.entity().zhLabel().equals(mention.surface())) {
                int begin = sentence.startsWith(FORUM, mention.begin() - FORUM.length()) ? mention.begin() - FORUM.length() : mention.begin();
                Entity edition = NewNames.named(EntityType.EVENT, forumAsWritten + mention.surface());
                read.add(new Mention(begin, mention.end(), sentence.substring(begin, mention.end()), edition, CONFIDENCE, Annotator.RULE));
            } else {
                read.add(mention);
            }
            if (mention.entity().type() == EntityType.ORGANIZATION && mention.entity().zhLabel().endsWith(FORUM)) {
                forumsAmbiguous |= forum != null && !forum.equals(mention.entity());
                if (forumAsWritten == null || mention.surface().length() > forumAsWritten.length()) {
                    forum = mention.entity();
                    forumAsWritten = mention.surface();
                }
            }
        }
        return read;
    }

    /**
     * Records the series the mentions name, as the name an edition of each takes, its ordinal's place marked: events
     * whose name ends in a kind of meeting, named without an edition (六方会谈) or with one at its head (首届“一带一路”国际合作
     * 高峰论坛 names the forum's series), and rounds named with their ordinal right before the kind (中英关于香港问题的第四轮会谈:
     * the fifth is 中英关于香港问题的第五轮会谈).
     */
    private void learn(List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.entity().type() != EntityType.EVENT) {
                continue;
            }
            Matcher round = ROUND_NAMED.matcher(mention.entity().zhLabel());
            if (round.matches()) {
                seriesByKind.computeIfAbsent(round.group("kind"), k -> new LinkedHashSet<>())
                        .add(round.group("series") + ORDINAL_SLOT + round.group("kind"));
                continue;
            }
            String name = LEADING_ORDINAL.matcher(mention.entity().zhLabel()).replaceFirst("");
            Matcher kind = SERIES_KIND.matcher(name);
            if (!kind.find() || name.length() <= kind.group().length() + 1 || EDITION_INSIDE.matcher(name).find()) {
                continue;
            }
            seriesByKind.computeIfAbsent(kind.group("kind"), k -> new LinkedHashSet<>()).add(ORDINAL_SLOT + name);
        }
    }

    /** Where an edition's ordinal goes in the name its series gives it. */
    private static final String ORDINAL_SLOT = "\u0000";
    /** A round named by who holds it and on what, its ordinal right before the kind (中英关于香港问题的第四轮会谈). */
    private static final Pattern ROUND_NAMED = Pattern.compile("(?<series>[^第首]{2,30}?)" + ORDINAL + "(?<kind>会谈)");

    /** Whether a name ends right before the ordinal (六方会谈第四轮会谈 is read by the meeting rules). */
    private static boolean precededByName(String sentence, int begin, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.end() == begin);
    }
}
