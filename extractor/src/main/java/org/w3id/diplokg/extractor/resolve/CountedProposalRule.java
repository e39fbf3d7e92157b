package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A proposal named by its count of points and what it is (八点建议, 九条方针, 十项原则, 八项主张, 六点意见), right after the
 * verb that puts it forward, with what it is about before the count or not (提出了实现和平统一的九条方针, 提出的八点建议):
 * known by the count and head, as the ministry names it again (九条方针), the whole phrase an alias and, without a
 * leading 关于, its key (so two proposals of one count on two matters stay two, and one written with or without 关于 is one). A speaker announcing points (我提出三点建议) or one
 * proposal (提出了一项建议) names nothing. Measures counted are named as written from the verb on (宣布的对非合作八项举措),
 * as are principles named by the parties' relations they govern (中日关系四项原则) and a peace proposal by its count of
 * points (八点和平建议). A consensus by its count is an agreement ({@link PointsConsensusRule}). A slogan quoted by its
 * count alone is a programme or proposal too, but a count of a state (“两个中国”) is a position the text rejects.
 */
final class CountedProposalRule {
    static final double CONFIDENCE = 0.75;
    /**
     * A proposal put forward: what it is about, then its count of two or more and what it is (提出实现中东安全稳定的五点倡议);
     * by its count alone only where it is referred to as made (提出了, 提出的), not where a speaker announces points (我提出三点建议).
     */
    private static final Pattern COUNTED = Pattern.compile(
            "(?:提出|宣布)(?:(?:了|过)?的?(?:所谓)?(?<topic>(?:关于)?[^，。；“”《》]{2,30}?的)|(?:了|的|过的?)(?:所谓)?)"
                    + "(?<named>[二三四五六七八九十两][一二三四五六七八九十]*(?:点|项|条)(?:原则)?(?:倡议|主张|建议|方针|原则|意见|方案))");
    private static final Pattern PROPOSAL = Pattern.compile(
            "(?:提出了?的?|宣布了?的?)(?<name>[^，。；、“”《》和]{2,20}?的?[一二三四五六七八九十两]+项(?:新|政策|重大)?(?:举措|措施))"
                    // 提出的八点和平建议, …长期稳定的中日关系四项原则: a count named by the parties' relations it governs, or a
                    // peace proposal by its count
                    + "|(?:提出了?的?|的)(?<counted>(?<parties>\\p{IsHan}{2})关系[一二三四五六七八九十两]+(?:点|项)(?:倡议|主张|建议|原则)"
                    + "|[一二三四五六七八九十两]+(?:点|项)和平(?:倡议|建议|方案))");

    /**
     * A slogan quoted by its count (“四个应该”, “三大网络”, “九项工程”): the programme or proposal it names; a counted
     * consensus (“五点共识”) is an agreement, read by {@link PointsConsensusRule}.
     */
    private static final Pattern QUOTED_COUNT = Pattern.compile("“(?<name>[一二三四五六七八九十两]+(?:个|大|项|点)(?<counted>[\\p{IsHan}]{1,6}))”");

    private final Gazetteer gazetteer;

    CountedProposalRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher quoted = QUOTED_COUNT.matcher(sentence);
        while (quoted.find()) {
            String name = quoted.group("name");
            if (!name.endsWith("共识") && !countsAState(quoted.group("counted"))) {
                int begin = quoted.start("name");
                Mention mention = new Mention(begin, quoted.end("name"), name, NewNames.named(EntityType.INITIATIVE, name),
                        CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(begin, quoted.end("name"), Candidate.RULE, List.of(mention)));
            }
        }
        Matcher counted = COUNTED.matcher(sentence);
        while (counted.find()) {
            String named = counted.group("named");
            String written = counted.group("topic") == null ? named : NewNames.normalized(counted.group("topic") + named);
            if (gazetteer.byName(written).isPresent() || gazetteer.byName(named).isPresent()) {
                continue; // a known name is the name matcher's
            }
            // 关于实现中东安全稳定的五点倡议 and 实现中东安全稳定的五点倡议 are one proposal, known by both
            String key = written.startsWith("关于") ? written.substring(2) : written;
            List<String> aliases = written.equals(named) ? List.of() : written.equals(key) ? List.of(written) : List.of(written, key);
            Entity proposal = new Entity(key, EntityType.INITIATIVE, named, null, aliases, null, true, null);
            int begin = counted.start("named");
            found.add(new Candidate(begin, counted.end("named"), Candidate.RULE,
                    List.of(new Mention(begin, counted.end("named"), named, proposal, CONFIDENCE, Annotator.RULE)), true));
        }
        Matcher proposal = PROPOSAL.matcher(sentence);
        while (proposal.find()) {
            String group = proposal.group("name") != null ? "name" : "counted";
            String name = proposal.group(group);
            if (gazetteer.byName(name).isPresent()
                    || proposal.group("parties") != null && !gazetteer.isCompoundOfAbbreviations(proposal.group("parties"))) {
                continue; // 和平共处五项原则: a known name, the name matcher's; 中日关系四项原则, not 双边关系四项原则
            }
            int begin = proposal.start(group);
            Mention mention = new Mention(begin, proposal.end(group), name, NewNames.named(EntityType.INITIATIVE, name),
                    CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(begin, proposal.end(group), Candidate.RULE, List.of(mention), true));
        }
        return found;
    }

    private boolean countsAState(String counted) {
        return gazetteer.byName(counted).filter(entity -> entity.type() == EntityType.COUNTRY).isPresent();
    }
}
