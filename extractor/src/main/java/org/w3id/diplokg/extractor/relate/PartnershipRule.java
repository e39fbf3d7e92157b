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
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * 中俄新时代全面战略协作伙伴关系, 中国同东盟的战略伙伴关系, 中日战略互惠关系: the parties named in the clause before
 * 伙伴关系, and the partnership's kind as the words between the last party and 伙伴关系; with one party then 同 and a
 * list (中国已同巴西、墨西哥、秘鲁建立…), a partnership of the first with each listed; inside a joint declaration's or
 * statement's name (《中日关于全面推进战略互惠关系的联合声明》), the partnership of the parties the name gives.
 */
final class PartnershipRule implements RelationRule {
    /**
     * 伙伴关系 and the other named frameworks of a relationship the ministry uses as partnerships (中日战略互惠关系,
     * 中阿战略合作关系, 中美建设性合作关系: the golds list 47 of their 45 clauses' pairs).
     */
    private static final Pattern PARTNERSHIP = Pattern.compile(
            "伙伴关系|(?:战略|合作|全球|协作)伙伴(?![国关])|对话伙伴(?!关系)国?|(?:战略互惠|战略合作|建设性合作|战略协作|互惠)关系");
    /** Verbs and particles that lead into the name of the partnership but are not part of it. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "^(?:的|是|为|了|将|把|在|建立|建设|构建|打造|发展|深化|推进|推动|提升|加强|巩固|共同|更加|更为|进一步|双方|两国|之间|间|不断|充实|持续|继续|保持|维护|落实|全力)+");
    private static final int LONGEST_KIND = 24;
    /**
     * A preposition before a partnership's name (将就新形势下中越全面战略合作伙伴关系交换意见): the name is what the verb after
     * is about, so the words before do not govern it (not 同 of 共同: 共同开创中非…).
     */
    private static final Pattern PREPOSITION = Pattern.compile("(?<!共)[就对在为同与和以]");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        Matcher matcher = PARTNERSHIP.matcher(sentence.text());
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            List<Mention> before = sentence.mentionsIn(clause, matcher.start()).stream()
                    .filter(m -> SentenceView.ACTORS.contains(m.entity().type())).toList();
            Optional<Mention> name = nameAround(sentence, matcher.start());
            if (name.isPresent()) {
                // 《中国—东盟面向和平与繁荣的战略伙伴关系联合宣言》 states the partnership of the parties it is named for;
                // 《区域全面经济伙伴关系协定》 names none: an agreement, not a partnership
                declaredIn(sentence, name.get(), matcher).ifPresent(found::add);
                continue;
            }
            List<Entity> parties = new ArrayList<>();
            before.forEach(m -> { if (!parties.contains(m.entity())) parties.add(m.entity()); });
            int kindStart = before.isEmpty() ? clause : before.get(before.size() - 1).end();
            if (parties.size() == 1 && sentence.speakerCountry() != null && !parties.contains(sentence.speakerCountry())
                    && !before.isEmpty() && precededByWith(sentence.text(), before.get(0).begin())) {
                parties.add(0, sentence.speakerCountry()); // 同东盟建立…伙伴关系, said by China
            }
            if (parties.size() < 2) { // 印尼…，也是中国的全面战略伙伴: the subject of the clause before
                sentence.subjectActorsBefore(clause).stream().filter(p -> !parties.contains(p)).limit(2 - parties.size())
                        .forEach(parties::add);
            }
            if (parties.size() < 2) {
                sentence.pairNamedBefore(clause, matcher.start()).stream().filter(p -> !parties.contains(p)).forEach(parties::add);
            }
            if (parties.size() < 2) {
                continue;
            }
            String kind = LEAD_IN.matcher(sentence.text().substring(kindStart, matcher.end())).replaceFirst("")
                    .replaceFirst("^.*(?:[的和与]|[升级定]为)", ""); // 也是彼此最重要的紧密邻邦和战略伙伴, 将两国关系提升为…: the name is what follows
            if (kind.length() > LONGEST_KIND) {
                continue;
            }
            // as the words that govern it put it (推动中印战略合作伙伴关系…发展: sought), or those between the partners and it; a
            // compound that opens the partnership's name after a verb (共同开创中非新型战略伙伴关系新局面) is no actor that ends what
            // governs it, one that opens the clause is its subject (中俄战略协作伙伴关系不是结盟关系)
            boolean namedWithIt = !before.isEmpty() && before.get(0).begin() > clause
                    && !PREPOSITION.matcher(sentence.text().substring(clause, before.get(0).begin())).find()
                    && !LEAD_IN.matcher(sentence.text().substring(kindStart, matcher.start())).lookingAt();
            int window = namedWithIt ? sentence.governingStart(before.get(0).begin())
                    : Math.min(kindStart, sentence.governingStart(matcher.start()));
            List<List<Entity>> partnerships = eachListed(sentence, before);
            for (List<Entity> partners : partnerships.isEmpty() ? List.of(parties) : partnerships) {
                Relation partnership = Relation.of(RelationKind.PARTNERSHIP, partners,
                        before.isEmpty() ? clause : before.get(0).begin(), matcher.end()).withObjectText(kind);
                found.add(sentence.stated(partnership, window, matcher.start()));
            }
        }
    }

    /** Whether a partnership's words hold the index (合作 of 中美建设性合作关系, 协作 of 战略协作关系): its framework, not a verb. */
    static boolean framesAt(String text, int index) {
        Matcher framework = PARTNERSHIP.matcher(text);
        while (framework.find()) {
            if (framework.start() <= index && index < framework.end()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<EntityType> LISTED = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION);

    /**
     * One party, then 同 (与, 和, 跟) and a list ending right before the partnership's words (中国已同巴西、墨西哥、秘鲁建立全面
     * 战略伙伴关系; 中国同俄罗斯、法国、美国等大国分别确立了…伙伴关系): a partnership of the first with each listed; else none.
     */
    private static List<List<Entity>> eachListed(SentenceView sentence, List<Mention> before) {
        if (before.size() < 3 || !sentence.text().substring(before.get(0).end(), before.get(1).begin()).matches("(?:已|已经|还|也|先后|分别|正式)*[同与和跟]")) {
            return List.of();
        }
        List<Mention> listed = sentence.listedFrom(before.get(1), LISTED);
        if (listed.size() != before.size() - 1) {
            return List.of();
        }
        Entity first = before.get(0).entity();
        return listed.stream().filter(m -> !m.entity().equals(first)).map(m -> List.of(first, m.entity())).distinct().toList();
    }

    /** The name (an agreement's, a meeting's) the index is inside, but for an anniversary's (中国—东盟建立战略伙伴关系15周年 is the partnership's). */
    private static Optional<Mention> nameAround(SentenceView sentence, int index) {
        return sentence.mentions().stream().filter(m -> m.begin() <= index && index < m.end() && !m.surface().endsWith("周年")).findFirst();
    }

    /** The partnership a declaration or statement is named for, between the parties its name gives; else none. */
    private static Optional<Relation> declaredIn(SentenceView sentence, Mention name, Matcher matcher) {
        if (name.entity().type() != EntityType.AGREEMENT || !DECLARATION.matcher(name.surface()).find()) {
            return Optional.empty();
        }
        List<Entity> parties = AgreementPartyRule.partiesByName(sentence, name);
        String kind = name.surface().substring(0, matcher.end() - name.begin()).replaceFirst("^.*(?:[的和与]|关于|面向)", "");
        return parties.size() < 2 ? Optional.empty() : Optional.of(sentence.stated(Relation.of(RelationKind.PARTNERSHIP, parties,
                name.begin(), name.end()).withObjectText(kind), sentence.governingStart(name.begin()), name.begin()));
    }

    /** What declares a relationship: a joint declaration or statement (…伙伴关系联合宣言, 中日关于…战略互惠关系的联合声明). */
    private static final Pattern DECLARATION = Pattern.compile("(?:宣言|声明|公报)》?$");

    private static boolean precededByWith(String text, int index) {
        return index > 0 && "同与和跟".indexOf(text.charAt(index - 1)) >= 0;
    }
}
