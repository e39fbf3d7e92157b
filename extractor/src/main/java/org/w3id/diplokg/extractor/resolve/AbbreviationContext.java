package org.w3id.diplokg.extractor.resolve;

import java.util.Map;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * What the text around a sentence (its turn and the question it answers, then the whole document)
 * decides about ambiguous one-character abbreviations: 巴 is Brazil in a turn about 巴西. Read once
 * per document with {@link MentionResolver#documentContext(String)} and once per turn with
 * {@link MentionResolver#contextOf(String, AbbreviationContext)}.
 */
public final class AbbreviationContext {
    public static final AbbreviationContext NONE = new AbbreviationContext(Map.of());

    private final Map<String, Entity> decided;

    AbbreviationContext(Map<String, Entity> decided) {
        this.decided = Map.copyOf(decided);
    }

    Entity decided(String abbreviation) {
        return decided.get(abbreviation);
    }

    Map<String, Entity> decisions() {
        return decided;
    }
}
