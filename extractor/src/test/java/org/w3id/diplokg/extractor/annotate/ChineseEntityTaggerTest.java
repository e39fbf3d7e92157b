package org.w3id.diplokg.extractor.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.extractor.model.NerSpan;

class ChineseEntityTaggerTest {

    @Test
    void tagsCountriesOrganizationsAndPeopleWithOffsetsIntoTheSentence() {
        String sentence = "习近平主席同普京总统举行视频会晤，双方都支持联合国在国际事务中发挥核心作用。";
        List<NerSpan> spans = ChineseEntityTagger.shared().tag(sentence).entities();
        System.out.println(spans);
        for (NerSpan span : spans) {
            assertEquals(sentence.substring(span.begin(), span.end()), span.text());
        }
        assertTrue(spans.stream().anyMatch(s -> s.text().equals("普京") && s.tag().equals("PERSON")), spans::toString);
        assertTrue(spans.stream().anyMatch(s -> s.text().equals("联合国") && s.tag().equals("ORGANIZATION")), spans::toString);
    }
}
