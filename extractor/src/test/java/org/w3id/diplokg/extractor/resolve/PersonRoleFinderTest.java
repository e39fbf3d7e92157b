package org.w3id.diplokg.extractor.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** Roles stated next to names, in sentences like the seeds'. */
class PersonRoleFinderTest {
    private final MentionResolver resolver = new MentionResolver(Gazetteer.load());
    private final PersonRoleFinder roles = new PersonRoleFinder();

    private List<String> rolesIn(String sentence) {
        List<Mention> mentions = resolver.resolve(sentence, Tagging.NONE);
        return roles.find(sentence, mentions).stream().map(r -> r.person().surface() + ":" + r.title()).toList();
    }

    @Test
    void aTitleAfterOrBeforeTheNameIsItsRole() {
        assertEquals(List.of("习近平:主席", "拜登:总统"), rolesIn("去年11月，习近平主席同拜登总统举行面对面会晤。"));
        assertEquals(List.of("古特雷斯:秘书长"), rolesIn("联合国秘书长古特雷斯对此表示赞赏。"));
        assertEquals(List.of("习近平:总书记"), rolesIn("习近平总书记强调，党的领导是中国外交的灵魂。"));
        assertEquals(List.of("王毅:副外长"), rolesIn("会谈由副外长王毅主持。"), "a deputy is not the minister he deputises");
    }

    @Test
    void aNameWithoutATitleHasNoRole() {
        assertEquals(List.of(), rolesIn("普京和习近平通了电话。"));
        assertEquals(List.of(), rolesIn("中方愿同各方一道努力。"), "no person at all");
    }
}
