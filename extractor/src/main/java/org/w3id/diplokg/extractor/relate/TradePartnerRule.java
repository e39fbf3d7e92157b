package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * Trade between parties stated by rank: 中国已连续8年成为东盟第一大贸易伙伴, 沙特是中国在中东地区最大的贸易伙伴,
 * 中国连续多年保持非洲第一大贸易伙伴地位. Who is the partner opens the clause (or the sentence, when the clause
 * names no one); whose partner it is stands between the verb and 贸易伙伴 (not a place after 在, not who was
 * overtaken: 东盟已超过美国成为中国第二大贸易伙伴). Cooperation in trade, as every development gold reads it.
 */
final class TradePartnerRule implements RelationRule {
    private static final Pattern PARTNER = Pattern.compile("(?<verb>是|成为|保持)(?<whose>[^，。；是]{1,30}?)"
            + "(?:第[一二三四五六七八九十\\d]+大|最大|重要)?的?贸易伙伴(?!关系)");
    private static final String TRADE = "贸易";

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher partner = PARTNER.matcher(text);
        while (partner.find()) {
            int verb = partner.start("verb");
            int clause = sentence.clauseStart(verb);
            List<Entity> parties = new ArrayList<>();
            int overtaken = text.lastIndexOf("超过", verb);
            int subjectEnd = overtaken >= clause ? overtaken : verb;
            sentence.actorsActingIn(clause, subjectEnd).stream().findFirst()
                    .or(() -> sentence.subjectBefore(clause)).ifPresent(parties::add);
            sentence.actorsActingIn(partner.start("whose"), partner.end("whose")).stream()
                    .filter(p -> !parties.contains(p)).forEach(parties::add);
            if (parties.size() < 2 || found.stream().anyMatch(r -> r.kind() == RelationKind.COOPERATION
                    && Set.copyOf(r.parties()).equals(Set.copyOf(parties)))) {
                continue; // one trade relation of the same pair per sentence (欧盟是中国…，中国是欧盟…)
            }
            Relation trade = Relation.of(RelationKind.COOPERATION, parties, clause, partner.end()).withObjectText(TRADE);
            found.add(sentence.stated(trade, verb));
        }
    }
}
