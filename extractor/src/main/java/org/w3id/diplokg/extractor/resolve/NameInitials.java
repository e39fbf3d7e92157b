package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A person's name written with initials before it (弗·弗·普京, 卡·普·夏尔马·奥利), as official documents give a
 * head of state's name: the initials belong to the name, so the mention is widened over them and the title before
 * them (俄罗斯联邦总统弗·弗·普京) is read as the person's. An initial is one character and a dot; the character before
 * the first must not be part of a transliterated name, so 弗拉基米尔·普京 keeps its given name as found.
 */
final class NameInitials {
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{IsHan}·)+$");

    private NameInitials() {}

    /** Initials that open a name: 鲍·尼· of 鲍·尼·叶利钦. */
    private static final Pattern LEADING_INITIALS = Pattern.compile("^(?:\\p{IsHan}·)+(?=\\p{IsHan}{2})");

    /**
     * The name a new person is known by: without the initials official documents write before it (鲍·尼·叶利钦 is
     * 叶利钦, as the text calls him elsewhere and as a reader names him); a name with none as written.
     */
    static String withoutInitials(String name) {
        return LEADING_INITIALS.matcher(name).replaceFirst("");
    }

    /** The mentions, each person's widened over initials written right before it. */
    static List<Mention> widen(String sentence, List<Mention> mentions) {
        return mentions.stream().map(mention -> widened(sentence, mention, mentions))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private static Mention widened(String sentence, Mention mention, List<Mention> mentions) {
        if (mention.entity().type() != EntityType.PERSON) {
            return mention;
        }
        Matcher initials = INITIALS.matcher(sentence.substring(0, mention.begin()));
        if (!initials.find()) {
            return mention;
        }
        int begin = initials.start();
        if (begin > 0 && TransliterationCharacters.contains(sentence.codePointBefore(begin))) {
            return mention; // 弗拉基米尔·普京: the dot joins a given name, not an initial
        }
        if (mentions.stream().anyMatch(other -> other != mention && other.end() > begin && other.begin() < mention.begin())) {
            return mention; // another name runs into the initials
        }
        return new Mention(begin, mention.end(), sentence.substring(begin, mention.end()), mention.entity(), mention.confidence(),
                mention.annotator());
    }
}
