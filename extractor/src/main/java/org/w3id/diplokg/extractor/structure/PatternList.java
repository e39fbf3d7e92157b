package org.w3id.diplokg.extractor.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A list of regular expressions kept in a TSV resource (first column), one per line. */
final class PatternList {
    private final List<Pattern> patterns;

    private PatternList(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    static PatternList load(String resource) {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = PatternList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    patterns.add(Pattern.compile(line.split("\t", 2)[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PatternList(patterns);
    }

    /** True when one of the patterns matches the whole text. */
    boolean matchesWhole(String text) {
        return patterns.stream().anyMatch(p -> p.matcher(text).matches());
    }
}
