package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * An agreement's parties from its name: a leading compound of one-character parties in the name as
 * written or its canonical label (中俄睦邻友好合作条约 → China and Russia, 中日四个政治文件 → China and
 * Japan, 中欧投资协定 → China and the EU), or two parties dashed at its head (中国—东盟全面经济合作框架协议). Stated as done:
 * the name says whose it is. And those who signed or
 * issued it together, as the clause says (中国、巴西、秘鲁三国签署关于…的声明): two or more parties of an agreement
 * action done by signing or adoption (the development golds list them as its parties in four of five such clauses).
 */
final class AgreementPartyRule implements RelationRule {
    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        for (Mention agreement : sentence.mentions()) {
            if (agreement.entity().type() != EntityType.AGREEMENT) {
                continue;
            }
            List<Entity> parties = partiesByName(sentence, agreement);
            if (!parties.isEmpty()) {
                found.add(Relation.of(RelationKind.AGREEMENT_PARTY, parties, agreement.begin(), agreement.end())
                        .withObject(agreement.entity()));
            }
        }
        for (Mention agreement : sentence.mentions()) {
            if (agreement.entity().type() == EntityType.AGREEMENT && STATE_PARTY.matcher(sentence.text()).region(agreement.end(),
                    sentence.text().length()).lookingAt() && found.stream().noneMatch(r -> r.kind() == RelationKind.AGREEMENT_PARTY
                    && agreement.entity().equals(r.object()))) {
                List<Entity> parties = statesParty(sentence, agreement);
                if (!parties.isEmpty()) {
                    found.add(sentence.stated(Relation.of(RelationKind.AGREEMENT_PARTY, parties, agreement.begin(), agreement.end())
                            .withObject(agreement.entity()), agreement.begin()));
                }
            }
        }
        List<Relation> signedTogether = found.stream().filter(r -> r.kind() == RelationKind.AGREEMENT_ACTION
                && SIGNING.contains(r.action()) && r.modality() == RelationModality.DONE && r.parties().size() >= 2 && r.object() != null
                && found.stream().noneMatch(p -> p.kind() == RelationKind.AGREEMENT_PARTY && r.object().equals(p.object()))).toList();
        for (Relation signed : signedTogether) {
            found.add(Relation.of(RelationKind.AGREEMENT_PARTY, signed.parties(), signed.begin(), signed.end()).withObject(signed.object()));
        }
    }

    /** Words before a document that make 缔约国 after it no one's claim to be a party (非《…》缔约国; 希望《…》缔约国…). */
    private static final Pattern NOT_ITS_PARTIES = Pattern.compile("非[《“]?$|希望|主张|呼吁|敦促|要求");
    /** A state party to it, right after its name (《…》的缔约国, 关贸总协定的创始缔约国, 巴黎协定的签字国, 最早的缔约方). */
    private static final Pattern STATE_PARTY = Pattern.compile("[》”]?的?[^，。；的]{0,4}?的?(?:缔约国|签字国|缔约方)(?!地位)");

    /**
     * Who is a state party to the document: the parties before it in the clause (中国是…的缔约国, 双方都是…); with 作为, who
     * is named right before it (日本作为…缔约国), or, opening the clause, the first actor of the clause after it (作为《…》的
     * 缔约国，伊朗享有…).
     */
    private static List<Entity> statesParty(SentenceView sentence, Mention agreement) {
        int clause = sentence.clauseStart(agreement.begin());
        String lead = sentence.text().substring(clause, agreement.begin());
        if (NOT_ITS_PARTIES.matcher(lead).find()) {
            return List.of(); // 非《…》缔约国: states outside it; 希望《…》缔约国…: the parties in general, who are asked
        }
        int as = lead.indexOf("作为");
        if (as < 0) {
            return sentence.partiesBefore(agreement.begin());
        }
        List<Entity> before = sentence.actorsIn(clause, clause + as); // 日本作为《…》缔约国: who is it, not who speaks of it
        if (!before.isEmpty() || as > 0) {
            return before;
        }
        int next = sentence.clauseEnd(agreement.end()) + 1;
        return next >= sentence.text().length() ? List.of()
                : sentence.actorsIn(next, sentence.clauseEnd(next)).stream().limit(1).toList();
    }

    /** What parties do together to a document that makes them its parties: sign it, issue or adopt it. */
    private static final Set<RelationAction> SIGNING = EnumSet.of(RelationAction.SIGNED, RelationAction.ADOPTED);

    /** The parties a document's or a work's name begins with (中俄…条约, 中巴经济走廊, 中国—东盟自由贸易区), or empty. */
    static List<Entity> partiesByName(SentenceView sentence, Mention agreement) {
        List<Entity> parties = sentence.compoundAt(stripMarks(agreement.surface()));
        if (parties.isEmpty() && agreement.annotator() == Annotator.GAZETTEER) {
            // A listed name (the official title) stands for the canonical one (中俄…条约); a short form
            // the text defined (《条约》) names the agreement again, not its parties.
            parties = sentence.compoundAt(stripMarks(agreement.entity().zhLabel()));
        }
        if (parties.isEmpty()) {
            parties = partiesNamedInside(sentence, agreement);
        }
        return parties.isEmpty() ? compoundRightBefore(sentence, agreement) : parties;
    }

    /**
     * A compound of abbreviated parties right before a title in marks (中美《上海公报》, 中日《和平友好条约》): the title's
     * parties, as if it began the name.
     */
    private static List<Entity> compoundRightBefore(SentenceView sentence, Mention agreement) {
        int open = agreement.surface().startsWith("《") ? agreement.begin() : agreement.begin() - 1; // where the title opens
        if (open < 2 || sentence.text().charAt(open) != '《') {
            return List.of();
        }
        List<Entity> parties = new ArrayList<>();
        Mention party = abbreviatedPartyEndingAt(sentence, open);
        while (party != null) { // back from the title, one abbreviation at a time: 美, then 中
            parties.add(0, party.entity());
            party = abbreviatedPartyEndingAt(sentence, party.begin());
        }
        return parties.size() >= 2 ? parties.stream().distinct().toList() : List.of();
    }

    private static Mention abbreviatedPartyEndingAt(SentenceView sentence, int end) {
        return sentence.mentions().stream().filter(m -> m.end() == end && m.surface().length() == 1
                && m.entity().type() == EntityType.COUNTRY).findFirst().orElse(null);
    }

    /**
     * Two or more countries or organizations named in full at the head of the name, before what it is
     * about (中华人民共和国和乌兹别克斯坦共和国关于…的联合声明), read as mentions inside it.
     */
    private static List<Entity> partiesNamedInside(SentenceView sentence, Mention agreement) {
        int about = agreement.surface().indexOf("关于"); // a name opening with it names no party (关于中国加入世界贸易组织的双边协议)
        int end = about >= 0 ? agreement.begin() + about : agreement.end();
        List<Entity> parties = new ArrayList<>();
        for (Mention inside : sentence.mentions()) {
            boolean party = inside.entity().type() == EntityType.COUNTRY || inside.entity().type() == EntityType.ORGANIZATION;
            if (party && inside != agreement && inside.begin() >= agreement.begin() && inside.end() <= end
                    && !parties.contains(inside.entity())) {
                parties.add(inside.entity());
            }
        }
        if (parties.size() >= 2) {
            return parties;
        }
        List<Entity> titled = namedInTitle(sentence, agreement.surface().substring(0, Math.max(0, end - agreement.begin())));
        return titled.isEmpty() ? dashedAtHead(sentence, stripMarks(agreement.surface())) : titled;
    }

    /** The parties a name joins with dashes at its head, read as one word (中国—东盟自由贸易区, 中国—中亚天然气管道). */
    private static final Pattern DASHED_HEAD = Pattern.compile("^(\\p{IsHan}{2,10}?)—(\\p{IsHan}+)");
    private static final int LONGEST_PARTY_NAME = 12;

    /**
     * Two parties joined by a dash at the head of a name the gazetteer or a rule read whole (中国—东盟自由贸易区): the
     * name before the dash and the longest name the words after it begin with, each a country, body or region.
     */
    static List<Entity> dashedAtHead(SentenceView sentence, String name) {
        Matcher dashed = DASHED_HEAD.matcher(name);
        if (!dashed.find()) {
            return List.of();
        }
        Optional<Entity> first = sentence.named(dashed.group(1)).filter(e -> PARTY_TYPES.contains(e.type()));
        String rest = dashed.group(2);
        Optional<Entity> second = longestNameOpening(sentence, rest, LONGEST_PARTY_NAME, PARTY_TYPES);
        return first.isPresent() && second.isPresent() && !first.equals(second) ? List.of(first.get(), second.get()) : List.of();
    }

    private static final Set<EntityType> PARTY_TYPES = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION);
    private static final Set<EntityType> SIGNATORY_TYPES = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION);

    /** The entity of one of these types named by the longest start of {@code text}, up to {@code longest} characters. */
    private static Optional<Entity> longestNameOpening(SentenceView sentence, String text, int longest, Set<EntityType> types) {
        for (int end = Math.min(text.length(), longest); end >= 2; end--) {
            Optional<Entity> named = sentence.named(text.substring(0, end)).filter(e -> types.contains(e.type()));
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** Between the governments or bodies a title names before 关于: 中华人民共和国政府与菲律宾共和国政府. */
    // not 和 of 共和国; 及 only after a government (…日本国政府及大韩民国政府), not inside 大不列颠及北爱尔兰联合王国
    private static final Pattern BETWEEN = Pattern.compile("(?:政府)?(?:(?<!共)和|与|同|、)|政府及");

    /**
     * The parties a document's title names in full before what it is about, where the title was read as
     * one name with none inside (《中华人民共和国政府与菲律宾共和国政府关于…的谅解备忘录》): each part of
     * the head that is wholly a country's or body's name, its government's word aside.
     */
    private static List<Entity> namedInTitle(SentenceView sentence, String head) {
        List<Entity> parties = new ArrayList<>();
        for (String part : BETWEEN.split(stripMarks(head))) {
            String name = part.endsWith("政府") ? part.substring(0, part.length() - 2) : part;
            // the last party runs into what the document is (中华人民共和国和日本国联合声明): the longest name it opens with
            longestNameOpening(sentence, name, name.length(), SIGNATORY_TYPES).filter(e -> !parties.contains(e)).ifPresent(parties::add);
        }
        return parties.size() >= 2 ? parties : List.of();
    }

    private static String stripMarks(String name) {
        return name.replaceAll("^[《“\"「]+", "");
    }
}
