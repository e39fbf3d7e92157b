package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A proposal named by what it is about and its count of points, right after the verb that puts it forward
 * (提出了实现中东安全稳定的五点倡议, 提出的政治解决叙利亚问题的四点倡议): an initiative named as written from the
 * verb on. The count alone names nothing (三点建议 of a speech), and a consensus by its count is an agreement
 * ({@link PointsConsensusRule}).
 */
final class CountedProposalRule {
    static final double CONFIDENCE = 0.75;
    private static final Pattern PROPOSAL = Pattern.compile(
            "(?:提出了?的?|宣布了?的?)(?<name>(?:关于)?[^，。；、“”《》]{2,20}?的[一二三四五六七八九十两]点(?:倡议|主张))");

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher proposal = PROPOSAL.matcher(sentence);
        while (proposal.find()) {
            String name = proposal.group("name");
            int begin = proposal.start("name");
            Mention mention = new Mention(begin, proposal.end("name"), name, NewNames.named(EntityType.INITIATIVE, name),
                    CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(begin, proposal.end("name"), Candidate.RULE, List.of(mention), true));
        }
        return found;
    }
}
