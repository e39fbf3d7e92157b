package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Cooperation frameworks China names by a quoted formula of numbers (“1+4”合作布局, “1+3+6”合作新框架,
 * “461”合作框架, “2+7合作框架”): the quoted formula is the framework's name, read only where a word for a
 * framework follows it or closes the quotation, so a hotline's number (“12308”热线) names nothing.
 */
final class FormulaFrameworkRule {
    static final double CONFIDENCE = 0.65;
    /** A framework's kind: 框架, 布局, 格局, 模式. */
    private static final String FRAMEWORK = "(?:框架|布局|格局|模式)";
    /**
     * “formula” then (务实)(合作)(新)framework; or “formula (合作)framework” whole inside the quotation. A formula
     * is numbers joined by + (1+3+6), or three digits (461) that only a following framework word makes a name.
     */
    private static final Pattern FORMULA = Pattern.compile(
            "“(?<name>(?:[0-9]+(?:\\+[0-9]+)+|[0-9]{3})(?<inner>(?:务实)?(?:合作)?新?" + FRAMEWORK + ")?)”"
                    + "(?<outer>(?:务实)?(?:合作)?新?" + FRAMEWORK + ")?");

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher formula = FORMULA.matcher(sentence);
        while (formula.find()) {
            if (formula.group("inner") == null && formula.group("outer") == null) {
                continue; // “12308”热线: a number, not a framework
            }
            int begin = formula.start("name");
            int end = formula.end("name");
            String name = formula.group("name");
            Mention mention = new Mention(begin, end, name, NewNames.named(EntityType.INITIATIVE, name), CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(begin, end, Candidate.RULE, List.of(mention)));
        }
        return found;
    }
}
