package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * A foreign person named right after their office (总裁拉加德, 总统马克龙) or right before it (穆尔西总统),
 * where CoreNLP often does not see a name: two to six transliteration characters next to the office
 * word, which end where a name can end (punctuation, or a word such as 也, 将, 表示) or begin where one
 * can begin (the sentence, punctuation, or a word such as 同, 对, 欢迎). Chinese names are left to
 * CoreNLP; only a name written wholly in the characters used for foreign names is read here.
 */
final class OfficeTitleRule {
    static final double CONFIDENCE = 0.6;
    /** Offices a name follows in the ministry's texts (heads of state and government, ministers, heads of bodies). */
    private static final Pattern OFFICE = Pattern.compile(
            "(?:总统|副总统|总理|副总理|首相|国王|女王|王储|外长|外交部长|外交大臣|国务卿|财长|财政部长|防长|国防部长|部长|大臣"
                    + "|秘书长|总干事|总裁|行长|主席|议长|大使|特使|特别代表|代表|司令|总司令)");
    /** Punctuation and the first characters of words that follow a name (也, 将, 表示, 在, 同, 率团). */
    private static final String AFTER_A_NAME = "，。；：！？、,.;:!?）)”’也将在于和与同及率等的访出会举指强称说表宣就对向已曾再还又都均则今此并";
    /** Punctuation and the last characters of words that come before a name (同, 与, 对, 欢迎, 感谢, 邀请). */
    private static final String BEFORE_A_NAME = "，。；：！？、,.;:!?（(“‘同与和及对向由请迎谢见晤据称悉即";
    /** Thanks and greetings written in characters foreign names use (谢谢总理先生): words before the office, no name. */
    private static final Pattern COURTESY = Pattern.compile("^(?:谢谢|感谢|欢迎|祝贺)");
    private static final int SHORTEST = 2;
    private static final int LONGEST = 6;

    private final Gazetteer gazetteer;

    OfficeTitleRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Candidate> find(String sentence) {
        List<Candidate> found = new ArrayList<>();
        Matcher office = OFFICE.matcher(sentence);
        while (office.find()) {
            int begin = office.end();
            int run = begin;
            while (run < sentence.length() && run - begin < LONGEST && TransliterationCharacters.contains(sentence.charAt(run))) {
                run++;
            }
            // The longest run that ends where a name can end (拉加德 before 也), so a name whose last
            // character is outside the table (姆努钦) is not read cut short.
            for (int end = run; end - begin >= SHORTEST; end--) {
                if (endsAName(sentence, end) && !NerSpanResolver.timePrepositionAt(sentence, end - 1)) { // 佩里于10月: 于 opens the time
                    String name = sentence.substring(begin, end);
                    if (gazetteer.byName(name).isEmpty()) { // a known name is the name matcher's
                        Mention mention = new Mention(begin, end, name, Entity.named(EntityType.PERSON, name), CONFIDENCE, Annotator.RULE);
                        found.add(new Candidate(begin, end, Candidate.NAME_BY_OFFICE, List.of(mention)));
                    }
                    break;
                }
            }
            nameBefore(sentence, office.start()).ifPresent(found::add);
        }
        return found;
    }

    /** The name that ends where the office begins (穆尔西总统), begun where a name can begin; none if it is known. */
    private Optional<Candidate> nameBefore(String sentence, int end) {
        int run = end;
        while (run > 0 && end - run < LONGEST && TransliterationCharacters.contains(sentence.charAt(run - 1))) {
            run--;
        }
        for (int begin = run; end - begin >= SHORTEST; begin++) {
            if (begin == 0 || BEFORE_A_NAME.indexOf(sentence.charAt(begin - 1)) >= 0) {
                String name = sentence.substring(begin, end);
                if (gazetteer.byName(name).isPresent() || COURTESY.matcher(name).find()) {
                    return Optional.empty(); // 马尔代夫总统: a known name is the name matcher's
                }
                Mention mention = new Mention(begin, end, name, Entity.named(EntityType.PERSON, name), CONFIDENCE, Annotator.RULE);
                return Optional.of(new Candidate(begin, end, Candidate.NAME_BY_OFFICE, List.of(mention)));
            }
        }
        return Optional.empty();
    }


    /** Whether a name can end at {@code end}: the sentence ends, or punctuation or a word that follows names begins. */
    private static boolean endsAName(String sentence, int end) {
        return end == sentence.length() || AFTER_A_NAME.indexOf(sentence.charAt(end)) >= 0;
    }
}
