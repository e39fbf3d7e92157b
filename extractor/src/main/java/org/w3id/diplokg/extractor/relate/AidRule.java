package org.w3id.diplokg.extractor.relate;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Aid: X向Y (为Y) 提供/捐赠/派遣/送去 aid, supplies, vaccines, medical teams, scholarships, loans or training, or 培训 (为东盟国家培训…人员)
 * or 捐款 alone; debt forgiven (减免…的部分债务)
 * (向美方捐赠了大量医疗物资, 向非洲派遣医疗专家组), to each recipient listed after 向 (向智利、巴西…提供);
 * X援助/帮助/驰援/支援/援建 Y; 援非 (援 before a one-character party). The donor is who acts
 * before (我们: China), the recipient the party after 向 or the verb; and thanks for aid given (Y感谢X…提供的援助).
 */
final class AidRule implements RelationRule {
    private static final Set<EntityType> RECIPIENTS = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.REGION);
    /** 向Y … a verb of giving … what aid is, in one clause. */
    private static final Pattern GIVING_TO = Pattern.compile(
            "[向为]([^，。；向]{1,16}?)(?:[^，。；]{0,24}?)(?:(?<verb>提供|捐赠|捐助|派遣|派出|送去|送来|伸出)[^，。；]{0,30}?"
                    + "(?:援助|援手|物资|疫苗|支持|支援|帮助|医疗|专家组|医疗队|慰问|奖学金|培训|贷款)|(?<gift>捐款|捐资|培训))");
    /**
     * Where the recipients are and how many, before them (向在巴基斯坦的300多万阿富汗难民提供…: Afghanistan's refugees, not
     * Pakistan).
     */
    private static final Pattern WHERE_AND_HOW_MANY = Pattern.compile("(?:在[^，。；的在]{1,12}的)?(?:[0-9一二三四五六七八九十百千万多余]+(?:名|个)?)?");
    /** Debt forgiven (减免柬埔寨、老挝、缅甸三国的部分债务, 已免除31个非洲国家的部分债务): aid to each party named before 债务. */
    private static final Pattern DEBT_RELIEF = Pattern.compile("(?:减免|免除)([^，。；]{1,40}?)债务");
    /** X对Y(的)援助, 增加对非援助: the aid a donor gives a recipient, named as a noun (对 and the recipient right before it). */
    private static final Pattern AID_OF = Pattern.compile("对(?<to>[^，。；对]{1,12}?)的?(?:人道主义|发展|经济|无偿)?(?:援助|帮助|支援)");
    /**
     * Words a sentence may open with before 向 or its verb and have no subject of its own (并将继续向索马里人民提供…, 增加对非
     * 援助): said by an official, the speaker's state gives. Not none (帮助欧洲就是帮助中国自己: a maxim, no one's act).
     */
    private static final Pattern NO_DONOR_NAMED = Pattern.compile(
            "(?=.)(?:并|还|同时|也|将|会|要|继续|已|已经|愿|仍|今后|及时|迅速|先后|积极|进一步|不会|不断)*(?:增加|扩大|加大|减少)?");

    /** Words right after aid named as a noun that say it goes on (中国对非援助不会减少, 对非援助规模不断扩大). */
    private static final Pattern GOES_ON_AFTER = Pattern.compile("(?:的)?(?:规模|力度|数额)?(?:也|将|还)?(?:不会减少|不会削弱|不断|持续|日益|逐年)");
    /** Helping as an act; not what helping is (帮助老挝就是帮助中国自己: 是 before it, a maxim). */
    /** Aid stopped or cut off right before it is told (停止了对越南的援助, 中止援助): no longer given. */
    private static final Pattern STOPPED = Pattern.compile("(?:停止|中止|终止|暂停|切断)了?$");
    private static final Pattern HELPING = Pattern.compile("(?<!是)(?:援助|帮助|驰援|支援|援建)(?!下)");
    /** Thanks for aid given (菲方感谢中方在…期间给予的及时援助): who thanks received it from who is thanked. */
    private static final Pattern THANKED_FOR = Pattern.compile("感谢(?<donor>[^，。；]{1,60}?)(?:提供|给予)的[^，。；]{0,12}?(?:援助|支持|帮助|支援)");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        String text = sentence.text();
        Matcher giving = GIVING_TO.matcher(text);
        while (giving.find()) {
            int given = giving.start("verb") >= 0 ? giving.start("verb") : giving.start("gift");
            Matcher framed = WHERE_AND_HOW_MANY.matcher(text).region(giving.start(1), given);
            int to = framed.lookingAt() ? framed.end() : giving.start(1);
            // 向智利、巴西、墨西哥…提供: each listed receives
            sentence.mentionStartingNear(to, RECIPIENTS, "").ifPresent(first -> sentence.listedFrom(first, RECIPIENTS)
                    .forEach(listed -> add(sentence, found, giving.start(), given, listed.entity(), giving.end())));
        }
        Matcher relief = DEBT_RELIEF.matcher(text);
        while (relief.find()) {
            int verb = relief.start();
            sentence.mentionsIn(relief.start(1), relief.end(1)).stream().filter(m -> RECIPIENTS.contains(m.entity().type()))
                    .map(Mention::entity).distinct().forEach(recipient -> add(sentence, found, verb, verb, recipient, relief.end()));
        }
        Matcher aidOf = AID_OF.matcher(text);
        while (aidOf.find()) {
            int verb = aidOf.start();
            recipientOf(sentence, aidOf.group("to"), aidOf.start("to"))
                    .ifPresent(recipient -> add(sentence, found, verb, verb, recipient, aidOf.end()));
        }
        Matcher helping = HELPING.matcher(text);
        while (helping.find()) {
            int verb = helping.start();
            // 帮助坦桑尼亚和赞比亚修建了铁路: each listed is helped
            sentence.mentionStartingNear(helping.end(), RECIPIENTS, "了").ifPresent(first -> sentence.listedFrom(first, RECIPIENTS)
                    .forEach(listed -> add(sentence, found, verb, verb, listed.entity(), listed.end())));
        }
        Matcher thanked = THANKED_FOR.matcher(text);
        while (thanked.find()) {
            thanked(sentence, thanked, found);
        }
        for (int at = text.indexOf('援'); at >= 0 && at + 1 < text.length(); at = text.indexOf('援', at + 1)) {
            if (text.startsWith("援助", at) || text.startsWith("援建", at) || text.startsWith("援手", at)) {
                continue;
            }
            int verb = at; // 援非举措: 援 and a one-character party
            sentence.abbreviation(text.substring(at + 1, at + 2))
                    .ifPresent(recipient -> add(sentence, found, verb, verb, recipient, verb + 2));
        }
    }

    /** What 对 names as the recipient: a party's whole name (对非洲的援助) or its one-character abbreviation (对非援助). */
    private static Optional<Entity> recipientOf(SentenceView sentence, String words, int at) {
        Optional<Mention> named = sentence.mentionStartingNear(at, RECIPIENTS, "");
        if (named.isPresent() && named.get().end() == at + words.length()) {
            return named.map(Mention::entity);
        }
        return words.length() == 1 ? sentence.abbreviation(words) : Optional.empty();
    }

    /**
     * Who thanks received the aid (the actor before 感谢, or China for its official's 我们感谢…); who gave it is who is
     * thanked, named right after 感谢 and those listed with it (日方感谢中韩两国…: China and Korea, one relation).
     */
    private static void thanked(SentenceView sentence, Matcher thanked, List<Relation> found) {
        Optional<Entity> recipient = sentence.actorBefore(thanked.start());
        Optional<Mention> first = sentence.mentionStartingNear(thanked.start("donor"), RECIPIENTS, "");
        if (recipient.isEmpty() || first.isEmpty()) {
            return;
        }
        List<Entity> compound = sentence.compoundAt(sentence.text().substring(first.get().begin(), thanked.end("donor")));
        List<Entity> donors = !compound.isEmpty() ? compound
                : sentence.listedFrom(first.get(), RECIPIENTS).stream().map(Mention::entity).distinct().toList();
        if (donors.contains(recipient.get())) {
            return;
        }
        // 感谢中韩两国…向日本提供的援助: the thanks name the donors better than 向 does
        found.removeIf(r -> r.kind() == RelationKind.AID && recipient.get().equals(r.object())
                && r.begin() >= thanked.start() && r.begin() < thanked.end());
        found.add(sentence.stated(Relation.of(RelationKind.AID, donors, thanked.start(), thanked.end()).withObject(recipient.get()),
                thanked.start()));
    }

    /**
     * @param verb  where the donor is looked for before (向 of 向Y提供)
     * @param given the verb of giving, whose words before it say how (中方向岛国长期派遣医疗队: ongoing)
     */
    private static void add(SentenceView sentence, List<Relation> found, int verb, int given, Entity recipient, int end) {
        // the last party named before the verb other than the recipient (中方…派遣专家赴尼…，帮助尼方…: China), nor one
        // the sentence told receiving (中国向非洲国家提供了…援助，例如帮助坦桑尼亚…: China helps, not Africa)
        List<Entity> before = sentence.participantsIn(sentence.governingStart(verb), verb).stream()
                .filter(e -> !e.equals(recipient))
                .filter(e -> found.stream().noneMatch(r -> r.kind() == RelationKind.AID && e.equals(r.object()))).toList();
        Optional<Entity> donor = before.isEmpty() ? sentence.actorBefore(verb).filter(d -> !d.equals(recipient))
                : Optional.of(before.get(before.size() - 1));
        if (donor.isEmpty() && NO_DONOR_NAMED.matcher(sentence.text().substring(0, verb)).matches()) {
            donor = Optional.ofNullable(sentence.speakerCountry()).filter(d -> !d.equals(recipient));
        }
        if (donor.isEmpty()) {
            return;
        }
        Relation aid = Relation.of(RelationKind.AID, List.of(donor.get()), verb, end).withObject(recipient);
        // one aid from a donor to a recipient per sentence: the one said first (将继续帮助非洲…，并考虑向非洲派遣…)
        Optional<Relation> same = found.stream().filter(r -> r.kind() == RelationKind.AID && r.object().equals(recipient)
                && r.parties().equals(aid.parties())).findFirst();
        if (same.isPresent() && same.get().begin() <= verb) {
            return;
        }
        same.ifPresent(found::remove);
        Relation stated = sentence.stated(aid, sentence.governingStart(verb), given);
        if (GOES_ON_AFTER.matcher(sentence.text().substring(end)).lookingAt()) {
            stated = stated.withModality(RelationModality.ONGOING); // 中国对非援助不会减少, …规模不断扩大
        } else if (STOPPED.matcher(sentence.text().substring(0, verb)).find()) {
            stated = stated.withModality(RelationModality.DENIED);
        }
        found.add(stated);
    }
}
