package org.w3id.diplokg.extractor.resolve;

import java.util.List;
import org.w3id.diplokg.extractor.model.Mention;

/**
 * A proposed reading of a stretch of a sentence: one or more mentions (a compound such as 中俄
 * gives two) that stand or fall together, ranked by the span they cover and by who proposed it.
 *
 * @param begin    first UTF-16 index covered
 * @param end      one past the last index covered
 * @param priority higher wins between equally long readings (gazetteer > rule > NER)
 * @param mentions the mentions it yields
 */
record Candidate(int begin, int end, int priority, List<Mention> mentions) {
    static final int NER = 1;
    static final int RULE = 2;
    static final int GAZETTEER = 3;

    int length() { return end - begin; }

    boolean overlaps(Candidate other) {
        return begin < other.end && other.begin < end;
    }
}
