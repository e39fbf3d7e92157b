package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Two programmes aligned with each other (推进“一带一路”倡议同韩方“欧亚倡议”对接, 推动共建“一带一路”同
 * 哈萨克斯坦“光明之路”新经济政策深度对接): both sides take part in each. The other side is the party
 * named with the programme after 同/与 (韩方, 哈萨克斯坦, 非盟), or the partner the clauses before name
 * (中方愿同印尼方一道，推进“全球海洋支点”构想同“一带一路”倡议对接); the one side is who acts, or
 * China when its official speaks and names no one.
 */
final class AlignmentRule implements RelationRule {
    /** How closely the two are aligned, said before the verb (深入对接, 相对接). */
    private static final String HOW = "(?:相|深度|深入|更好|有效|紧密)?";
    private static final Pattern ALIGNED = Pattern.compile(HOW + "对接");
    private static final Pattern JOINER = Pattern.compile("[同与和]");
    /** Nothing but the union's building between a body and the verb: the body itself is aligned with. */
    private static final Pattern BODY_ALIGNED = Pattern.compile("(?:建设|的建设)?" + HOW);
    private static final Set<EntityType> OWNERS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION);

    /** The programmes of one alignment in a clause, the party named with the other side, and where it is said. */
    record Alignment(List<Mention> programmes, Optional<Entity> otherSide, int verb) {}

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        for (Alignment alignment : alignments(sentence)) {
            List<Entity> parties = new ArrayList<>(sentence.partiesBefore(alignment.programmes().get(0).begin()));
            if (parties.isEmpty()) {
                sentence.actorBefore(alignment.programmes().get(0).begin()).ifPresent(parties::add);
            }
            if (parties.isEmpty() && sentence.speakerCountry() != null) {
                parties.add(sentence.speakerCountry());
            }
            if (parties.size() < 2) {
                alignment.otherSide().filter(side -> !parties.contains(side)).ifPresent(parties::add);
            }
            if (parties.isEmpty()) {
                continue;
            }
            for (Mention programme : alignment.programmes()) {
                found.add(sentence.stated(Relation.of(RelationKind.INITIATIVE_PARTICIPATION, parties, alignment.verb(), programme.end())
                        .withObject(programme.entity()).withAction(RelationAction.PARTICIPATES), alignment.verb()));
            }
        }
    }

    /** Whether this programme stands in an alignment, where this rule reads who takes part. */
    static boolean aligned(SentenceView sentence, Mention programme) {
        return alignments(sentence).stream().anyMatch(a -> a.programmes().contains(programme));
    }

    static List<Alignment> alignments(SentenceView sentence) {
        List<Alignment> found = new ArrayList<>();
        Matcher verb = ALIGNED.matcher(sentence.text());
        while (verb.find()) {
            int clause = sentence.clauseStart(verb.start());
            List<Mention> programmes = new ArrayList<>(sentence.mentionsIn(clause, verb.start()).stream()
                    .filter(m -> m.entity().type() == EntityType.INITIATIVE).toList());
            if (programmes.isEmpty()) {
                continue;
            }
            int joiner = joinerAfter(sentence, programmes.get(0).end(), verb.start());
            if (joiner < 0) {
                continue; // 推动两国发展战略对接: no second programme named
            }
            String aligning = sentence.text().substring(0, verb.start());
            Optional<Entity> otherSide = sentence.mentionsIn(joiner + 1, verb.start()).stream()
                    .filter(m -> OWNERS.contains(m.entity().type()))
                    // 同欧亚经济联盟（建设）对接: the union is what is aligned with, not whose programme
                    .filter(m -> !BODY_ALIGNED.matcher(aligning.substring(m.end())).matches())
                    .map(Mention::entity).findFirst();
            boolean secondSide = programmes.stream().anyMatch(p -> p.begin() > joiner);
            if (secondSide || otherSide.isPresent()) {
                found.add(new Alignment(List.copyOf(programmes), otherSide, verb.start()));
            }
        }
        return found;
    }

    /** The first 同/与/和 after the first programme that stands outside any name, or -1. */
    private static int joinerAfter(SentenceView sentence, int from, int to) {
        Matcher joiner = JOINER.matcher(sentence.text()).region(from, to);
        while (joiner.find()) {
            int at = joiner.start();
            if (sentence.mentions().stream().noneMatch(m -> m.begin() <= at && at < m.end())) {
                return at;
            }
        }
        return -1;
    }
}
