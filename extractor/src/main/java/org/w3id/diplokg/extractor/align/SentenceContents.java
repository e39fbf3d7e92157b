package org.w3id.diplokg.extractor.align;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.dates.TimeExpressionFinder;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.extractor.resolve.MentionResolver;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * What a sentence names that a one-character difference can change: the entities (by the gazetteer
 * and the rules, without CoreNLP), the times it resolves to, and its numbers (Arabic or Chinese:
 * 26 and 二十六 are one number). Two renditions of one sentence name the same, or one names less
 * (OCR may destroy a name, 17个中国疫苗 / 17个国家疫苗, but does not write another one); two different
 * sentences that differ in one character differ in what they name (中非关系 / 中俄关系, 今年 / 去年,
 * 第一 / 第二).
 */
record SentenceContents(Set<String> entities, Set<String> times, Map<String, Integer> numbers) {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*|[〇零一二三四五六七八九十两百千万亿]+");

    /** Reads the contents of sentences said on one date. */
    static final class Reader {
        private final MentionResolver mentions;
        private final TimeExpressionFinder times = new TimeExpressionFinder();

        Reader(Gazetteer gazetteer) {
            this.mentions = new MentionResolver(gazetteer);
        }

        SentenceContents read(String sentence, LocalDate date) {
            Set<String> entities = new TreeSet<>();
            mentions.resolve(sentence, Tagging.NONE).forEach(mention -> entities.add(mention.entity().iri()));
            Set<String> values = new TreeSet<>();
            times.find(sentence, date).stream()
                    .filter(time -> time.value() != null && time.value().lexical() != null)
                    .forEach(time -> values.add(time.value().lexical() + "^^" + time.value().datatype()));
            Map<String, Integer> numbers = new HashMap<>();
            Matcher number = NUMBER.matcher(sentence);
            while (number.find()) {
                numbers.merge(value(number.group()), 1, Integer::sum);
            }
            return new SentenceContents(entities, values, numbers);
        }

        private static String value(String number) {
            if (Character.isDigit(number.charAt(0))) {
                return number.replace(",", "");
            }
            try {
                return Integer.toString(ChineseNumerals.parse(number));
            } catch (NumberFormatException e) {
                return number; // 一百, 两千: kept as written
            }
        }
    }

    /** How much it names: a wording that names more is the one a statement keeps. */
    int size() {
        return entities.size() + times.size() + numbers.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** True when one of the two names all the other does (entities, times and numbers each): they may be one sentence. */
    boolean agreesWith(SentenceContents other) {
        return nested(entities, other.entities) && nested(times, other.times) && nested(numbers, other.numbers);
    }

    private static boolean nested(Set<String> a, Set<String> b) {
        return a.containsAll(b) || b.containsAll(a);
    }

    private static boolean nested(Map<String, Integer> a, Map<String, Integer> b) {
        return within(a, b) || within(b, a);
    }

    private static boolean within(Map<String, Integer> smaller, Map<String, Integer> larger) {
        return smaller.entrySet().stream().allMatch(e -> larger.getOrDefault(e.getKey(), 0) >= e.getValue());
    }
}
