package org.w3id.diplokg.extractor.resolve;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * A proposed reading of a stretch of a sentence: one or more mentions (a compound such as 中俄
 * gives two) that stand or fall together, ranked by the span they cover and by who proposed it.
 *
 * @param begin    first UTF-16 index covered
 * @param end      one past the last index covered
 * @param priority higher wins between equally long readings (a name after an office > gazetteer > rule > NER)
 * @param mentions the mentions it yields
 * @param nests    whether readings inside it stand beside it (the parties named inside a joint
 *                 statement's title), instead of giving way to it
 */
record Candidate(int begin, int end, int priority, List<Mention> mentions, boolean nests) {
    static final int NER = 1;
    static final int RULE = 2;
    static final int GAZETTEER = 3;
    /** A foreign name right after or before an office (总裁拉加德, 穆尔西总统): above the gazetteer's compounds of abbreviations (拉, 加, 德). */
    static final int NAME_BY_OFFICE = 4;

    Candidate(int begin, int end, int priority, List<Mention> mentions) {
        this(begin, end, priority, mentions, false);
    }

    /**
     * Whether {@code other} may be kept although this one was: it lies inside this nesting reading and
     * names its parties (中 and 乌 of 中乌建交30周年), not another thing (the war of 世界反法西斯战争胜利75周年);
     * inside a document's long name, the documents and initiatives it is about stand too (《南海各方行为宣言》
     * of 关于全面有效落实《…》的联合声明), but not a shorter reading of its own head (补充议定书).
     */
    boolean holds(Candidate other) {
        if (!nests || other.begin < begin || end < other.end || other.length() >= length()) {
            return false;
        }
        // A listed name holds only abbreviated parties (巴, 以 of 巴以冲突): the places and bodies written out in full
        // inside it (巴黎 of 巴黎协定大会, 上海合作组织 of its summits) are the name's own words.
        if (priority == GAZETTEER && !other.abbreviatesParties()) {
            return false;
        }
        boolean document = mentions.stream().allMatch(m -> m.entity().type() == EntityType.AGREEMENT);
        return other.mentions().stream().allMatch(m -> PARTIES.contains(m.entity().type())
                || document && other.end < end && ABOUT.contains(m.entity().type()));
    }

    /** Whether this reading is of parties abbreviated: one character each (巴, 以), or several by one word (两伊). */
    private boolean abbreviatesParties() {
        boolean oneWord = mentions.size() > 1 && mentions.stream().allMatch(m -> m.begin() == begin && m.end() == end);
        return oneWord || mentions.stream().allMatch(m -> m.end() - m.begin() == 1);
    }

    /** What a document's name may be about and name inside it. */
    private static final Set<EntityType> ABOUT = EnumSet.of(EntityType.AGREEMENT, EntityType.INITIATIVE);

    private static final Set<EntityType> PARTIES = EnumSet.of(EntityType.COUNTRY, EntityType.REGION, EntityType.ORGANIZATION);

    int length() { return end - begin; }

    boolean overlaps(Candidate other) {
        return begin < other.end && other.begin < end;
    }
}
