package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationAction;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.model.RelationModality;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Diplomatic relations in every form the text gives them: established, restored or normalised
 * (中美建交, 中国同瑙鲁恢复外交关系, 中国同文莱建立了外交关系, 中日邦交正常化, 中越关系实现正常化, 两国关系的正常化, 中越关系恢复正常,
 * 中国和东盟建立对话关系, 中日两国自1972年恢复邦交以来,
 * 中国同欧洲共同体建立正式关系, raised or restored to the level of ambassadors: 外交关系升格为大使级), and their anniversaries (建交50周年,
 * 建交75年来). The parties are the two named before it in the clause (or the sentences before, for
 * 两国 and 双方); the year relations began is the year the clause names (今年, 1974年) minus the
 * years it counts, or that year itself when it counts none.
 */
final class AnniversaryRule implements RelationRule {
    private static final Pattern RELATIONS = Pattern.compile(
            "(建交|建立(?:了|起)?(?:大使级|正式)?外交关系|建立(?:了|起)?正式关系|恢复了?外交关系|恢复邦交(?!正常化)|复交|邦交正常化"
                    + "|关系(?:的|[^，。；的]{0,6}?(?:实现了?|恢复))?正常化|关系[^，。；的]{0,4}?恢复正常"
                    + "|(?:升格|恢复)为大使级(?:外交)?(?:关系)?|建立了?对话关系|建立[^，。；、]{0,12}?伙伴关系)");
    /** The aspect a verb of relations may carry (建立了外交关系, 建立起外交关系): the same action. */
    private static final Pattern ASPECT = Pattern.compile("(?<=^建立|^恢复)(?:了|起)");
    /** What follows the words and counts years: 30周年, 以来30周年, 75年来, 已经走过45年. */
    private static final Pattern YEARS = Pattern.compile(
            "^(?:以来)?(?:已经|已)?(?:走过)?(?:了)?([0-9０-９]+|[一二三四五六七八九十百]+)(周年|年来|年)");
    private static final String NUMBER = "[0-9０-９]+|[一二三四五六七八九十百]+";

    /** Official relations (官方关系), not unofficial ones (非官方关系). */
    private static final Pattern OFFICIAL = Pattern.compile("(?<!非)官方关系");
    /** A negation of having or setting up such relations, before them in the clause (没有, 不同…建立, 不存在). */
    private static final Pattern NONE_HELD = Pattern.compile("没有|不存在|不(?:同|与|跟|会|再|发展|建立)");

    /**
     * Official relations two parties named in the clause say they have not or will not have (中国同南朝鲜没有官方关系, 越方不同
     * 台湾建立任何形式的官方关系): their relations, denied, as the development golds read 17 such clauses. Not where fewer or
     * more than two are named (反对任何国家同台湾发展官方关系: an opposition, not a pair's relations), nor without a negation.
     */
    private static void officialRelationsDenied(SentenceView sentence, List<Relation> found) {
        Matcher matcher = OFFICIAL.matcher(sentence.text());
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            List<Entity> parties = sentence.actorsIn(clause, matcher.start()).stream().distinct().toList();
            if (parties.size() != 2 || !NONE_HELD.matcher(sentence.text()).region(clause, matcher.start()).find()) {
                continue;
            }
            Relation relations = Relation.of(RelationKind.RELATIONS_ANNIVERSARY, parties, clause, matcher.end());
            found.add(sentence.stated(relations, matcher.start()).withModality(RelationModality.DENIED));
        }
    }

    /** The communiqué that establishes relations, named by them (中美建交公报, 两国建交联合公报). */
    private static final Pattern COMMUNIQUE = Pattern.compile("^(?:联合)?公报");
    /** Signing or issuing that communiqué, which is establishing the relations (签署了两国建交公报). */
    private static final Pattern ISSUED = Pattern.compile("签署|签订|发表");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        officialRelationsDenied(sentence, found);
        Matcher matcher = RELATIONS.matcher(sentence.text());
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            if (COMMUNIQUE.matcher(sentence.text().substring(matcher.end())).find()
                    && !ISSUED.matcher(sentence.text().substring(clause, matcher.start())).find()) {
                continue; // 遵守中美建交公报: the document's name, no act of relations, unless it is signed or issued
            }
            List<Entity> parties = new ArrayList<>(sentence.actorsIn(clause, matcher.start()));
            if (parties.isEmpty()) {
                parties.addAll(sentence.pairNamedBefore(clause, matcher.start()));
            }
            if (parties.size() == 1 && sentence.speakerCountry() != null && !parties.contains(sentence.speakerCountry())) {
                parties.add(0, sentence.speakerCountry());
            }
            List<List<Entity>> pairs = parties.size() <= 2 ? List.of(parties) : eachWith(sentence, clause, matcher.start(), parties);
            if (pairs.isEmpty() && parties.size() > 2) {
                pairs = withEach(sentence, clause, matcher.start());
            }
            for (List<Entity> pair : pairs) {
                if (pair.size() == 2) {
                    add(sentence, found, matcher, clause, pair);
                }
            }
        }
    }

    /** Adverbs between the partner after 同 and the words of relations (相继同中国建交, 率先同中国建立外交关系). */
    private static final Pattern HOW = Pattern.compile("(?:正式|相继|先后|率先|已经|已|都|也|分别|首先|最早)*");

    /**
     * Several states listed before 同 (与, 和, 跟) and the one after it (巴拿马、多米尼加和萨尔瓦多相继同中国建交): each
     * listed with that one; otherwise nothing, the parties being more than a pair.
     *
     * @param parties those the clause names; the partner after 同 must be one of them
     */
    private static List<List<Entity>> eachWith(SentenceView sentence, int clause, int words, List<Entity> parties) {
        List<Mention> named = sentence.mentionsIn(clause, words);
        if (named.isEmpty()) {
            return List.of();
        }
        Mention partner = named.get(named.size() - 1);
        String text = sentence.text();
        if (partner.begin() == 0 || "同与和跟".indexOf(text.charAt(partner.begin() - 1)) < 0
                || !HOW.matcher(text.substring(partner.end(), words)).matches() || !parties.contains(partner.entity())) {
            return List.of();
        }
        // the list the clause opens with (not 在西方大国中, nor 同台湾“断交” between)
        List<Mention> listed = sentence.listedFrom(named.get(0), LISTED);
        if (listed.size() < 2 || listed.stream().anyMatch(m -> m.entity().equals(partner.entity()) || sentence.framedByZai(m))) {
            return List.of();
        }
        return listed.stream().map(m -> List.of(partner.entity(), m.entity())).distinct().toList();
    }

    private static final Set<EntityType> LISTED = EnumSet.of(EntityType.COUNTRY, EntityType.ORGANIZATION);

    /** 同 (与, 和, 跟) after the one state, maybe after an adverb (中国已同…, 中国先后同…). */
    private static final Pattern JOINED = Pattern.compile(HOW.pattern() + "[同与和跟]");

    /**
     * One state before 同 (与, 和, 跟) and several listed right after it, ending right before the words (中国同以色列、韩国建立了
     * 外交关系, 中国已同乌克兰、白俄罗斯…建立了外交关系, 同马来西亚、泰国两个东盟国家建立了外交关系): the one with each listed;
     * otherwise nothing.
     */
    private static List<List<Entity>> withEach(SentenceView sentence, int clause, int words) {
        return sentence.oneWithEachListed(clause, words, LISTED, JOINED, CLASS_THEN_HOW);
    }

    /** What the states listed are, counted or after 等, before the words (…、泰国三个东盟国家建立了, …等拉美国家), then how. */
    private static final Pattern CLASS_THEN_HOW = Pattern.compile(
            "(?:(?:等|[两二三四五六七八九十]个)[^，。；、同与和]{0,8}?国家)?" + HOW.pattern());

    private static void add(SentenceView sentence, List<Relation> found, Matcher matcher, int clause, List<Entity> parties) {
        Matcher counted = YEARS.matcher(sentence.text().substring(matcher.end()));
        Integer years = counted.find() ? number(counted.group(1)) : null;
        if (matcher.group(1).endsWith("伙伴关系") && (years == null || !counted.group(2).equals("周年"))) {
            return; // establishing a partnership is the partnership rule's; only its anniversary is one of relations
        }
        Relation relation = Relation.of(RelationKind.RELATIONS_ANNIVERSARY, parties, matcher.start(), matcher.end())
                .withAction(action(matcher.group(1)));
        int clauseEnd = sentence.clauseEnd(matcher.end());
        if (years != null && counted.group(2).equals("周年")) {
            found.add(relation.withSinceYear(sentence.yearNamedIn(clause, clauseEnd) - years));
        } else if (years != null) {
            found.add(relation.withSinceYear(sentence.said().getYear() - years)); // 建交75年来: counted from when it is said
        } else {
            // 关系就有可能实现正常化: how sure is said between 关系 and 正常化, so the verb is read at 正常
            int normal = matcher.group(1).indexOf("正常");
            Relation stated = sentence.stated(relation, normal > 0 ? matcher.start() + normal : matcher.start());
            found.add(stated.time() == null ? stated : stated.withSinceYear(stated.time().value().start().getYear()));
        }
    }

    private static RelationAction action(String written) {
        String words = ASPECT.matcher(written).replaceFirst("");
        if (words.equals("建立对话关系")) {
            return RelationAction.DIALOGUE_RELATIONS;
        }
        if (words.endsWith("伙伴关系")) {
            return RelationAction.PARTNERSHIP_ESTABLISHED;
        }
        if (words.equals("恢复外交关系") || words.equals("复交")) {
            return RelationAction.RELATIONS_RESTORED;
        }
        if (words.endsWith("正常化") || words.endsWith("恢复正常")) {
            return RelationAction.RELATIONS_NORMALIZED;
        }
        return RelationAction.DIPLOMATIC_RELATIONS;
    }

    /** The years an anniversary right after an action or a partnership counts (签署20周年, 伙伴关系建立15周年 → 20, 15), or null. */
    static Integer yearsAfter(String text) {
        Matcher matcher = Pattern.compile("^(?:建立)?(" + NUMBER + ")周年").matcher(text);
        return matcher.find() ? number(matcher.group(1)) : null;
    }

    private static Integer number(String number) {
        String digits = number.chars().map(c -> c >= '０' && c <= '９' ? c - '０' + '0' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        try {
            return ChineseNumerals.parse(number);
        } catch (NumberFormatException e) {
            return null; // 一百 and beyond: not an anniversary of relations in this corpus
        }
    }
}
