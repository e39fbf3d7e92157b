package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A proposal named by what it is about and its count of points or measures, right after the verb that puts it
 * forward (提出了实现中东安全稳定的五点倡议, 宣布的对非合作八项举措): an initiative named as written from the
 * verb on, as are principles named by the parties' relations they govern (中日关系四项原则) and a peace proposal by its count
 * of points (八点和平建议). The count alone names nothing (三点建议 of a speech), and a consensus by its count is an agreement
 * ({@link PointsConsensusRule}). A slogan quoted by its count alone is a programme or proposal too, but a count of a
 * state (“两个中国”) is a position the text rejects, not a programme.
 */
final class CountedProposalRule {
    static final double CONFIDENCE = 0.75;
    private static final Pattern PROPOSAL = Pattern.compile(
            "(?:提出了?的?|宣布了?的?)(?<name>(?:关于)?[^，。；、“”《》]{2,20}?的[一二三四五六七八九十两]点(?:倡议|主张)"
                    + "|[^，。；、“”《》和]{2,20}?的?[一二三四五六七八九十两]+项(?:新|政策|重大)?(?:举措|措施))"
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
