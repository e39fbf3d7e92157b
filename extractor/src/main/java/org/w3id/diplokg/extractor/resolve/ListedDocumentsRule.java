package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Documents listed after one named with its parties' abbreviations (中美上海公报、建交公报和八一七公报): the parties
 * the first names are every listed document's, so a bare 建交公报 there is the known 中美建交公报. Only a name the
 * reference lists with those parties is read; the list's first document is the name matcher's.
 */
final class ListedDocumentsRule {
    /** The last words of a document's name, as the ministry's lists of documents end each item. */
    private static final String DOCUMENT = "(?:公报|声明|宣言|条约|协定|公约)";
    /** A listed document after 、 or 和 (maybe in book marks). */
    private static final Pattern ITEM = Pattern.compile("[、和及]《?(?<name>[^、，。；《》和及]{2,16}?" + DOCUMENT + ")》?");
    private static final Set<EntityType> AGREEMENTS = EnumSet.of(EntityType.AGREEMENT);
    private static final int LONGEST_NAME = 30;

    private final Gazetteer gazetteer;

    ListedDocumentsRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        String parties = null;
        int listEnd = -1;
        Matcher item = ITEM.matcher(sentence);
        while (item.find()) {
            if (item.start() != listEnd) {
                parties = partiesOfDocumentEndingAt(sentence, item.start());
            }
            listEnd = item.end();
            String name = item.group("name");
            Optional<Entity> withParties = parties == null ? Optional.empty() : gazetteer.byName(parties + name);
            if (gazetteer.byName(name).isEmpty() && isAgreement(withParties)) {
                Mention mention = new Mention(item.start("name"), item.end("name"), name, withParties.get(),
                        NameMatcher.CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(item.start("name"), item.end("name"), Candidate.RULE, List.of(mention)));
            }
        }
        return found;
    }

    /** The abbreviations opening the known agreement whose name ends at {@code end} (中美 of 中美上海公报), or null. */
    private String partiesOfDocumentEndingAt(String sentence, int end) {
        int nameEnd = end > 0 && sentence.charAt(end - 1) == '》' ? end - 1 : end;
        int begin = gazetteer.nameEndingAt(sentence, nameEnd, LONGEST_NAME, AGREEMENTS);
        if (begin < 0 || nameEnd - begin < 3) {
            return null;
        }
        String parties = sentence.substring(begin, begin + 2);
        return gazetteer.isCompoundOfAbbreviations(parties) ? parties : null;
    }

    private static boolean isAgreement(Optional<Entity> entity) {
        return entity.filter(e -> e.type() == EntityType.AGREEMENT).isPresent();
    }
}
