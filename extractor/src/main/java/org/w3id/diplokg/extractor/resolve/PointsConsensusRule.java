package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A consensus named by its count of points (“五点共识”, 六点共识) is a document its parties issue and
 * others are asked to carry out: an agreement. The count is its name; a plain 共识 (两国元首达成的重要共识)
 * names nothing.
 */
final class PointsConsensusRule {
    static final double CONFIDENCE = 0.75;
    private static final Pattern POINTS = Pattern.compile("(?<name>[一二三四五六七八九十两0-9０-９]{1,2}点共识)");

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher points = POINTS.matcher(sentence);
        while (points.find()) {
            String name = points.group("name");
            Mention mention = new Mention(points.start(), points.end(), name, NewNames.named(EntityType.AGREEMENT, name),
                    CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(points.start(), points.end(), Candidate.RULE, List.of(mention)));
        }
        return found;
    }
}
