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
 * A resolution named by its number alone after the body that adopts it, earlier in the sentence (安理会本月2日通过了
 * 第2270号决议, 第二十六届联合国大会通过第2758号决议): the body's resolution, named in full as the ministry writes it
 * (联合国安理会第2270号决议). Written right after its body (安理会第2231号决议), the head-word rule reads it.
 */
final class NumberedResolutionRule {
    static final double CONFIDENCE = 0.8;
    private static final Pattern RESOLUTION = Pattern.compile("(?<![会大])第(?<number>\\d{3,4})号决议");
    private static final Pattern BODY = Pattern.compile("(?<council>安理会)|(?<assembly>联合国大会|联大)");

    private final Gazetteer gazetteer;

    NumberedResolutionRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher resolution = RESOLUTION.matcher(sentence);
        while (resolution.find()) {
            String body = lastBodyBefore(sentence, resolution.start());
            if (body == null) {
                continue; // whose resolution the sentence does not say
            }
            String name = body + "第" + resolution.group("number") + "号决议";
            Entity resolved = gazetteer.byName(name).orElseGet(() -> NewNames.named(EntityType.AGREEMENT, name));
            Mention mention = new Mention(resolution.start(), resolution.end(), resolution.group(), resolved, CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(resolution.start(), resolution.end(), Candidate.RULE, List.of(mention)));
        }
        return found;
    }

    /** The full name of the last body named before {@code end} that adopts numbered resolutions, or null. */
    private static String lastBodyBefore(String sentence, int end) {
        Matcher body = BODY.matcher(sentence).region(0, end);
        String last = null;
        while (body.find()) {
            last = body.group("council") != null ? "联合国安理会" : "联合国大会";
        }
        return last;
    }
}
