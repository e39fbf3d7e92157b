package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.RelationKind;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * 中美建交50周年, 中国同东盟建立对话关系30周年: the two parties before it, and the year relations
 * began, counted back from the year the clause names (今年, 明年) or the year it was said.
 */
final class AnniversaryRule implements RelationRule {
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(建交|建立外交关系|建立对话关系|建立全面战略伙伴关系|建立战略伙伴关系)(?:以来)?([0-9０-９]+|[一二三四五六七八九十百]+)周年");

    @Override
    public void find(SentenceView sentence, List<Relation> found) {
        Matcher matcher = ANNIVERSARY.matcher(sentence.text());
        while (matcher.find()) {
            int clause = sentence.clauseStart(matcher.start());
            List<Entity> parties = new ArrayList<>(sentence.actorsIn(clause, matcher.start()));
            if (parties.size() == 1 && sentence.speakerCountry() != null && !parties.contains(sentence.speakerCountry())) {
                parties.add(0, sentence.speakerCountry());
            }
            Integer years = years(matcher.group(2));
            if (parties.size() != 2 || years == null) {
                continue;
            }
            int year = sentence.yearNamedIn(clause, sentence.clauseEnd(matcher.end()));
            String qualifier = matcher.group(1).equals("建立外交关系") ? "建交" : matcher.group(1);
            found.add(new Relation(RelationKind.RELATIONS_ANNIVERSARY, parties, null, null, qualifier, year - years,
                    matcher.start(), matcher.end()));
        }
    }

    private static Integer years(String number) {
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
