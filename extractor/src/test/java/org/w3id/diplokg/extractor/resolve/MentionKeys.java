package org.w3id.diplokg.extractor.resolve;

import java.util.List;
import org.w3id.diplokg.extractor.model.Mention;

/** How the resolver's tests name what a surface was read as: TYPE:key, or none. */
final class MentionKeys {
    private MentionKeys() {
    }

    static String keyAt(List<Mention> mentions, String surface) {
        return mentions.stream().filter(m -> m.surface().equals(surface)).map(m -> m.entity().type() + ":" + m.entity().key())
                .findFirst().orElse("none");
    }
}
