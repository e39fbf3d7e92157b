package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Titles in 《…》: a known name resolves to its entity; an unknown title ending like a treaty,
 * charter or declaration (title-suffixes.txt), or signed (签署了《…》),
 * becomes a new agreement (but a plan one party issues an initiative), one ending like a party's programme or
 * policy paper (title-initiative-suffixes.txt) a new initiative; newspapers and books are left alone. Unknown quoted initiatives (“…倡议”) become new initiatives.
 */
final class TitleRule {
    static final double NEW_AGREEMENT_CONFIDENCE = 0.8;
    static final double NEW_INITIATIVE_CONFIDENCE = 0.75;
    private static final Pattern TITLE = Pattern.compile("《([^《》]{2,80})》"); // joint statements' official titles run past 50 characters
    private static final Pattern QUOTED_INITIATIVE = Pattern.compile("“([^“”]{2,20}倡议)”");

    private final Gazetteer gazetteer;
    private final Set<String> agreementSuffixes;
    private final Set<String> initiativeSuffixes;

    TitleRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.agreementSuffixes = WordList.load("title-suffixes.txt");
        this.initiativeSuffixes = WordList.load("title-initiative-suffixes.txt");
    }

    /** A plan's kinds, which one party's programme and two parties' agreed plan share. */
    private static final Pattern PLAN = Pattern.compile("(?:规划|计划|纲要)$");
    /** Words of a plan parties adopt together: cooperation, joint action, two governments. */
    private static final Pattern TOGETHER = Pattern.compile("合作|共同|联合|对接|双边|两国|政府|和|与|—");

    /**
     * A plan that names no cooperation and opens with no compound of parties (《汶川地震灾后恢复重建总体规划》,
     * 《东盟互联互通总体规划》) is one party's programme, an initiative; 《中马经贸合作五年规划》 and
     * 《中巴2022年至2031年战略规划》 are plans two parties agreed.
     */
    private boolean onePartysPlan(String name) {
        return PLAN.matcher(name).find() && !TOGETHER.matcher(name).find()
                && !gazetteer.isCompoundOfAbbreviations(name.substring(0, 2));
    }

    /** A verb of signing right before a title (签署了《在中美洲建立稳固和持久和平的程序》): what is signed is an agreement, whatever its last word. */
    private static final Pattern SIGNED = Pattern.compile("(?:签署|签订|草签|缔结)了?$");

    private static boolean signedRightBefore(String sentence, int titleStart) {
        return SIGNED.matcher(sentence.substring(Math.max(0, titleStart - 3), titleStart)).find();
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher title = TITLE.matcher(sentence);
        while (title.find()) {
            String name = title.group(1);
            // a title from its 关于 on names the one known agreement whose full title ends so (《关于香港问题的联合声明》)
            Optional<Entity> known = gazetteer.byName(name).or(() -> gazetteer.agreementTitled(name));
            Entity entity;
            double confidence;
            if (known.isPresent()) {
                if (known.get().type() == EntityType.NEWS_ORGANIZATION) {
                    continue;
                }
                entity = known.get();
                confidence = NameMatcher.CONFIDENCE;
            } else if (onePartysPlan(name)) {
                entity = NewNames.named(EntityType.INITIATIVE, name);
                confidence = NEW_INITIATIVE_CONFIDENCE;
            } else if (agreementSuffixes.stream().anyMatch(name::endsWith) || signedRightBefore(sentence, title.start())) {
                entity = NewNames.named(EntityType.AGREEMENT, name);
                confidence = NEW_AGREEMENT_CONFIDENCE;
            } else if (initiativeSuffixes.stream().anyMatch(name::endsWith)) {
                entity = NewNames.named(EntityType.INITIATIVE, name);
                confidence = NEW_INITIATIVE_CONFIDENCE;
            } else {
                continue;
            }
            Annotator annotator = known.isPresent() ? Annotator.GAZETTEER : Annotator.RULE;
            Mention mention = new Mention(title.start(1), title.end(1), name, entity, confidence, annotator);
            // The brackets make the reading certain: it outranks any shorter name inside the title.
            found.add(new Candidate(title.start(), title.end(), Candidate.GAZETTEER, List.of(mention)));
        }
        Matcher initiative = QUOTED_INITIATIVE.matcher(sentence);
        while (initiative.find()) {
            String name = initiative.group(1);
            if (gazetteer.byName(name).isPresent()) {
                continue; // the name matcher finds it
            }
            Entity entity = NewNames.named(EntityType.INITIATIVE, name);
            Mention mention = new Mention(initiative.start(1), initiative.end(1), name, entity, NEW_INITIATIVE_CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(initiative.start(), initiative.end(), Candidate.RULE, List.of(mention)));
        }
        return found;
    }
}
