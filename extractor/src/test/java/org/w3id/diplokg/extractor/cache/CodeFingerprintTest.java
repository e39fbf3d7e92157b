package org.w3id.diplokg.extractor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.gazetteer.Gazetteer;

/** The extractor's fingerprint follows its resources: one line added to the gazetteer changes it. */
class CodeFingerprintTest {
    private static final String ORGANIZATIONS = "org/w3id/diplokg/gazetteer/organizations.tsv";
    private static final List<String> CORENLP = List.of("edu/stanford/nlp/pipeline/StanfordCoreNLP.class");

    @TempDir
    Path temp;

    @Test
    void aLineAddedToTheGazetteerChangesTheFingerprint() throws Exception {
        Path code = temp.resolve("code");
        Files.createDirectories(code.resolve(ORGANIZATIONS).getParent());
        try (InputStream in = Gazetteer.class.getResourceAsStream("/" + ORGANIZATIONS)) {
            Files.copy(in, code.resolve(ORGANIZATIONS));
        }
        String before = CodeFingerprint.ofLocations(List.of(code), CORENLP);
        assertEquals(before, CodeFingerprint.ofLocations(List.of(code), CORENLP));

        Files.writeString(code.resolve(ORGANIZATIONS), "brics-new\t新金砖\tNew BRICS\t\t\t\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertNotEquals(before, CodeFingerprint.ofLocations(List.of(code), CORENLP));
        assertNotEquals(before, CodeFingerprint.ofLocations(List.of(code), List.of()), "the CoreNLP jar counts too");
    }

    @Test
    void theExtractorsFingerprintReadsTheCodeThatHoldsTheGazetteer() throws Exception {
        String gazetteerCode = Gazetteer.class.getProtectionDomain().getCodeSource().getLocation().toString();
        String organizations = Gazetteer.class.getResource("/" + ORGANIZATIONS).toString();
        assertTrue(organizations.contains(gazetteerCode), organizations + " lies in " + gazetteerCode);
        assertEquals(64, ExtractorFingerprint.current().length());
    }
}
