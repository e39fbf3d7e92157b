package org.w3id.diplokg.extractor.relate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * 他 and 她 stand for the person named last in the sentences before them in the turn (布什总统将访华。这是他就任总统后第一次
 * 访华: Bush); never one named in the pronoun's own clause before it (李克强总理将同他举行会谈: the guest named before, not
 * 李克强), nor the speaker. Where an earlier clause of the sentence names a person, the pronoun is left unread: it may
 * stand for any of those named there (胡锦涛主席会见了安倍首相，温家宝总理同他举行了会谈), and reading the last one cost
 * more meetings than it gave on the development sets.
 * The referents are read for relations only: the graph's mentions stay the names as written. One per turn: it learns
 * each sentence's persons after the sentence is read.
 */
public final class PronounReferents {
    static final double CONFIDENCE = 0.6;
    /** The pronoun alone: not 他们, 他国, 他人, 他方, 其他, 吉他. */
    private static final Pattern PRONOUN = Pattern.compile("(?<![其吉])[他她](?![们国人方乡日者])");

    private final Entity speaker;
    private Entity lastNamed;

    public PronounReferents(Entity speaker) {
        this.speaker = speaker;
    }

    /** The sentence's mentions with one for each pronoun whose referent is known, in text order. */
    public List<Mention> withReferents(String text, List<Mention> found) {
        List<Mention> read = new ArrayList<>(found);
        Matcher pronoun = PRONOUN.matcher(text);
        while (pronoun.find()) {
            int at = pronoun.start();
            if (found.stream().anyMatch(m -> m.begin() <= at && at < m.end())) {
                continue; // inside a name (他加禄语, a person's own name)
            }
            int clause = SentenceView.clauseStartIn(text, at);
            if (lastPerson(found, 0, clause).isPresent()) {
                continue; // 胡锦涛主席会见了安倍首相，温家宝总理同他举行了会谈: who of those named is meant, the words do not say
            }
            Entity referent = lastNamed;
            if (referent == null || lastPerson(found, clause, at).filter(referent::equals).isPresent()) {
                continue;
            }
            read.add(new Mention(at, at + 1, pronoun.group(), referent, CONFIDENCE, Annotator.RULE));
        }
        read.sort(Comparator.comparingInt(Mention::begin));
        return read;
    }

    /** Remembers the last person the sentence named, for the sentences after it. */
    public void learn(List<Mention> found) {
        lastPerson(found, 0, Integer.MAX_VALUE).ifPresent(person -> lastNamed = person);
    }

    private Optional<Entity> lastPerson(List<Mention> found, int from, int to) {
        return found.stream().filter(m -> m.entity().type() == EntityType.PERSON && m.begin() >= from && m.end() <= to)
                .map(Mention::entity).filter(e -> !Objects.equals(e, speaker)).reduce((first, second) -> second);
    }
}
