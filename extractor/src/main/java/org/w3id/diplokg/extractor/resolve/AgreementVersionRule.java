package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A named version of a known agreement (中国—东盟自贸区3.0版, …升级版) is an agreement of its own,
 * negotiated and signed apart from the one it upgrades. It is named by the agreement's canonical name
 * and the version, so every way of writing the agreement gives the same version entity.
 */
final class AgreementVersionRule {
    static final double CONFIDENCE = 0.8;
    private static final Pattern VERSION = Pattern.compile("升级版|[0-9０-９][.．][0-9０-９]版");
    /** The longest agreement name looked for before the version. */
    private static final int LONGEST_NAME = 20;

    private final Gazetteer gazetteer;

    AgreementVersionRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher version = VERSION.matcher(sentence);
        while (version.find()) {
            agreementEndingAt(sentence, version.start()).ifPresent(named -> {
                int begin = version.start() - named.length;
                String name = named.agreement.zhLabel() + version.group();
                Mention mention = new Mention(begin, version.end(), sentence.substring(begin, version.end()),
                        NewNames.named(EntityType.AGREEMENT, name), CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(begin, version.end(), Candidate.RULE, List.of(mention)));
            });
        }
        return found;
    }

    private record Named(Entity agreement, int length) {}

    private Optional<Named> agreementEndingAt(String sentence, int end) {
        for (int begin = Math.max(0, end - LONGEST_NAME); begin < end - 1; begin++) {
            Optional<Entity> known = gazetteer.byName(sentence.substring(begin, end)).filter(e -> e.type() == EntityType.AGREEMENT);
            if (known.isPresent()) {
                return Optional.of(new Named(known.get(), end - begin));
            }
        }
        return Optional.empty();
    }
}
