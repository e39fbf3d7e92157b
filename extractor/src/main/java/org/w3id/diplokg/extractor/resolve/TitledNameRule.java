package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A proper noun right before a person's title (彭真/NR 委员长, 阿基诺/NR 总统) that CoreNLP did not tag as a person: a person
 * the gazetteer does not know, unless the word names a state, place or body or is a compound of their abbreviations
 * (中美/NR 外长), the title is 天皇 (昭和天皇, an era's name), a name follows the title (国家杜马/NR 主席雷布金: whose title it is), or CoreNLP gave it a tag of its own.
 */
final class TitledNameRule {
    /** A name of two to four characters, as Chinese names and short foreign ones are written. */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}");
    /** 昭和天皇: an era's name before 天皇 names the emperor with it, whole; the era alone is no one. */
    private static final String EMPEROR = "天皇";

    private final Gazetteer gazetteer;

    TitledNameRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence, Tagging tagging) {
        List<Candidate> found = new ArrayList<>();
        for (Tagging.Word word : tagging.words()) {
            if (!word.pos().equals("NR") || taggedByCoreNlp(tagging, word)) {
                continue;
            }
            // 同叶利钦/NR 总统: the segmenter glued the function word before the name to it
            int begin = NerSpanResolver.opensWithGluedFunctionWord(word.text()) ? word.begin() + 1 : word.begin();
            String name = sentence.substring(begin, word.end());
            String title = PersonTitles.at(sentence, word.end());
            if (title == null || title.equals(EMPEROR) || !NAME.matcher(name).matches() || gazetteer.byName(name).isPresent()
                    || gazetteer.isCompoundOfAbbreviations(name) || NerSpanResolver.notAPerson(name)
                    || namedAfterTitle(tagging, word.end() + title.length())) {
                continue;
            }
            Entity person = Entity.named(EntityType.PERSON, name);
            Mention mention = new Mention(begin, word.end(), name, person, NerSpanResolver.NEW_PERSON_CONFIDENCE, Annotator.RULE);
            found.add(new Candidate(begin, word.end(), Candidate.NER, List.of(mention)));
        }
        return found;
    }

    /** Whether a name follows the title (国家杜马/NR 主席 雷布金/NR): the word before the title is whose title it is. */
    private static boolean namedAfterTitle(Tagging tagging, int at) {
        return tagging.words().stream().anyMatch(w -> w.begin() == at && w.pos().equals("NR"))
                || tagging.entities().stream().anyMatch(span -> span.begin() == at && span.tag().equals("PERSON"));
    }

    private static boolean taggedByCoreNlp(Tagging tagging, Tagging.Word word) {
        return tagging.entities().stream().anyMatch(span -> span.begin() < word.end() && word.begin() < span.end());
    }
}
