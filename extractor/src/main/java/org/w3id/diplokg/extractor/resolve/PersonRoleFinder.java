package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.List;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.PersonRole;
import org.w3id.diplokg.gazetteer.EntityType;

/**
 * Finds the role a sentence states for each person it names: a title from {@code person-titles.txt}
 * right after the name (习近平主席, 拜登总统) or right before it (秘书长古特雷斯, 美国总统拜登).
 */
public final class PersonRoleFinder {

    public List<PersonRole> find(String sentence, List<Mention> mentions) {
        List<PersonRole> roles = new ArrayList<>();
        for (Mention mention : mentions) {
            if (mention.entity().type() != EntityType.PERSON) {
                continue;
            }
            String title = titleAfter(sentence, mention.end());
            if (title == null) {
                title = titleBefore(sentence, mention.begin());
            }
            if (title != null) {
                roles.add(new PersonRole(mention, title));
            }
        }
        return roles;
    }

    private String titleAfter(String sentence, int end) {
        return PersonTitles.at(sentence, end);
    }

    private String titleBefore(String sentence, int begin) {
        String before = sentence.substring(0, begin);
        for (String title : PersonTitles.LONGEST_FIRST) {
            if (before.endsWith(title)) {
                return title;
            }
        }
        return null;
    }
}
