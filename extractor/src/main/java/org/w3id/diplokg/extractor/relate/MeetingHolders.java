package org.w3id.diplokg.extractor.relate;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Who holds a meeting, as its name says: the parties it joins (中国—东盟外长会, 中日韩领导人会议) or the body it is a
 * meeting of (第三十四届东盟峰会, 金砖国家领导人第十六次会晤, 第二十六届联合国大会); what the meeting adopts or issues
 * (会议通过了《…》) is theirs.
 */
final class MeetingHolders {
    /** An edition's ordinal before the series' name (第三十四届, 首届). */
    private static final Pattern ORDINAL = Pattern.compile("^(?:第[一二三四五六七八九十百零〇\\d]+[届次轮]|首届|首次)");
    private static final Set<EntityType> BODIES = EnumSet.of(EntityType.ORGANIZATION, EntityType.COUNTRY);
    /** A meeting named by its kind alone, the one the text spoke of last (会议通过了…, 峰会发表了…). */
    private static final Pattern BARE_MEETING = Pattern.compile("(?:本次|这次|此次|该|本届)?(?:会议|峰会|会晤|外长会|大会|论坛)");
    /** Words between a meeting and what it does to a document (顺利, 审议, 于2月13日, 在北京, 以压倒性多数). */
    private static final Pattern BETWEEN = Pattern.compile("(?:[^，。；]{0,16}?(?:上|期间))?(?:还|也|将|预计将|已|正式|顺利|一致|协商一致|以压倒性多数"
            + "|审议|[于在][^，。；]{1,12}?)*");

    private MeetingHolders() {
    }

    /** The holders of the meeting that is the subject of the verb at {@code verb}: named right before it, or by its kind alone. */
    static List<Entity> ofSubject(SentenceView sentence, int clause, int verb) {
        String text = sentence.text();
        Optional<Mention> named = sentence.mentionsIn(clause, verb).stream().filter(m -> m.entity().type() == EntityType.EVENT)
                .reduce((first, second) -> second).filter(m -> !sentence.framedByZai(m) && BETWEEN.matcher(text.substring(m.end(), verb)).matches());
        if (named.isPresent()) { // as written, else by its listed name (第二十六届联大 is 第二十六届联合国大会)
            List<Entity> holders = of(sentence, named.get().surface());
            return holders.isEmpty() ? of(sentence, named.get().entity().zhLabel()) : holders;
        }
        Matcher bare = BARE_MEETING.matcher(text.substring(clause, verb));
        if (bare.lookingAt() && BETWEEN.matcher(text.substring(clause + bare.end(), verb)).matches()) {
            return sentence.namedBefore(clause, EntityType.EVENT, List.of()).map(event -> of(sentence, event.zhLabel())).orElse(List.of());
        }
        return List.of();
    }

    /** The parties or body a meeting's name gives, or none. */
    static List<Entity> of(SentenceView sentence, String name) {
        String series = ORDINAL.matcher(name).replaceFirst("");
        List<Entity> joined = sentence.compoundAt(series);
        if (joined.isEmpty()) {
            joined = AgreementPartyRule.dashedAtHead(sentence, series);
        }
        if (!joined.isEmpty()) {
            return joined;
        }
        return sentence.nameAtStart(series).filter(e -> BODIES.contains(e.type())).stream().toList();
    }
}
