package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A named version of a known agreement or free-trade area (中国—东盟自贸区3.0版, …升级版) is an agreement of
 * its own, negotiated and signed apart from the one it upgrades. It is named by the canonical name of what it
 * upgrades and the version, so every way of writing that gives the same version entity.
 */
final class AgreementVersionRule {
    static final double CONFIDENCE = 0.8;
    private static final Pattern VERSION = Pattern.compile("升级版|[0-9０-９][.．][0-9０-９]版");
    /** What a version upgrades: an agreement, or a free-trade area, which the reference lists as a programme. */
    private static final Set<EntityType> UPGRADED = EnumSet.of(EntityType.AGREEMENT, EntityType.INITIATIVE);
    /** The longest name looked for before the version. */
    private static final int LONGEST_NAME = 20;

    private final Gazetteer gazetteer;

    AgreementVersionRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher version = VERSION.matcher(sentence);
        while (version.find()) {
            int begin = gazetteer.nameEndingAt(sentence, version.start(), LONGEST_NAME, UPGRADED);
            if (begin < 0) {
                continue;
            }
            Entity agreement = gazetteer.byName(sentence.substring(begin, version.start())).orElseThrow();
            Mention mention = new Mention(begin, version.end(), sentence.substring(begin, version.end()),
                    NewNames.named(EntityType.AGREEMENT, agreement.zhLabel() + version.group()), CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(begin, version.end(), Candidate.RULE, List.of(mention)));
        }
        return found;
    }
}
