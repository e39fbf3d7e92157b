package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A named storm, an event: its kind and its name in quotation marks, either way round (台风“海燕”,
 * “伊代”热带气旋). Each storm has its own name, so no list holds them; the quotation marks say which
 * word is the name, which CoreNLP otherwise reads as a person (海燕). The event is named kind first
 * (台风海燕, 热带气旋伊代), however the text orders them.
 */
final class StormRule {
    static final double CONFIDENCE = 0.7;
    private static final String KIND = "(?<kind>超强台风|台风|飓风|热带气旋|热带风暴)";
    private static final String NAME = "“(?<name>\\p{IsHan}{1,4})”";
    private static final Pattern KIND_FIRST = Pattern.compile(KIND + NAME);
    private static final Pattern NAME_FIRST = Pattern.compile(NAME + KIND);

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        for (Pattern pattern : List.of(KIND_FIRST, NAME_FIRST)) {
            Matcher storm = pattern.matcher(sentence);
            while (storm.find()) {
                String name = storm.group("kind") + storm.group("name");
                Mention mention = new Mention(storm.start(), storm.end(), storm.group(), NewNames.named(EntityType.EVENT, name),
                        CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(storm.start(), storm.end(), Candidate.RULE, List.of(mention)));
            }
        }
        return found;
    }
}
