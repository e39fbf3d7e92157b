package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Agreements referred to by a phrase instead of their names (中国于1992年加入该条约, 双方将认真履行上述两个协定, 这一条约正式
 * 生效): the agreements of that kind named last in the sentences before, so that the relation rules
 * read what is done with them. The phrase stands in for them only for the relate stage: the golds, like the graph's
 * mentions, list names as written.
 */
final class AgreementReferences {
    /**
     * 该, 这一, 此, 上述 or 前述 (with a count: 上述两个) then a kind of document; not 这一决议草案, a draft, nor 该条约第二附加
     * 议定书, another document named by it.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:该|这一|此|上述|前述)(?:(?<count>[两二三四五六七八九十])个)?(?<kind>条约|公约|协定|协议|宣言|议定书|决议|备忘录)(?!草案|第|附加)");
    /** Below the confidence of any name: a reading of the phrase, not of a name. */
    private static final double CONFIDENCE = 0.6;

    private AgreementReferences() {
    }

    /**
     * The sentence's mentions with one more for each agreement a phrase refers to, at the phrase.
     *
     * @param recent what the sentences before named, the latest first (agreements among them)
     */
    static List<Mention> with(String text, List<Mention> mentions, List<Entity> recent) {
        Matcher reference = REFERENCE.matcher(text);
        List<Mention> added = new ArrayList<>();
        while (reference.find()) {
            int count = reference.group("count") == null ? 1 : ChineseNumerals.parse(reference.group("count"));
            if (!namedBefore(reference.start(), reference.group("kind"), mentions, List.of()).isEmpty()) {
                continue; // the sentence names it before (加入《…条约》，成为第一个加入该条约的…): the rules read the name
            }
            List<Entity> meant = namedBefore(reference.start(), reference.group("kind"), mentions, recent);
            if (meant.size() < count) {
                continue; // 上述两个协定 with one named: no reading
            }
            for (Entity agreement : meant.subList(0, count)) {
                added.add(new Mention(reference.start(), reference.end(), reference.group(), agreement, CONFIDENCE, Annotator.RULE));
            }
        }
        return merged(mentions, added);
    }

    /** The mentions with those a phrase added, in the order they begin; the mentions themselves where none was added. */
    static List<Mention> merged(List<Mention> mentions, List<Mention> added) {
        if (added.isEmpty()) {
            return mentions;
        }
        List<Mention> all = new ArrayList<>(mentions);
        all.addAll(added);
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }

    /** The agreements of this kind (their names end in it) named before {@code index}, the latest first. */
    private static List<Entity> namedBefore(int index, String kind, List<Mention> mentions, List<Entity> recent) {
        return namedBefore(index, EntityType.AGREEMENT, e -> e.zhLabel().endsWith(kind), mentions, recent);
    }

    /**
     * The entities of this type that {@code fits} named before {@code index}, in the sentence or (in {@code recent}) the
     * sentences before, the latest first.
     */
    static List<Entity> namedBefore(int index, EntityType type, java.util.function.Predicate<Entity> fits, List<Mention> mentions,
                                    List<Entity> recent) {
        List<Entity> here = new ArrayList<>(mentions.stream().filter(m -> m.end() <= index)
                .map(Mention::entity).filter(e -> e.type() == type).toList());
        Collections.reverse(here);
        recent.stream().filter(e -> e.type() == type).forEach(here::add);
        return here.stream().distinct().filter(fits).toList();
    }
}
