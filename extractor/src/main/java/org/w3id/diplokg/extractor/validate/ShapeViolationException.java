package org.w3id.diplokg.extractor.validate;

import java.nio.file.Path;
import java.util.List;
import org.w3id.diplokg.extractor.source.InputException;

/**
 * A document whose graph breaks the SHACL shapes: it is refused like a file that cannot be read,
 * and the message names each broken shape with its focus node, path and message.
 */
public final class ShapeViolationException extends InputException {
    /** How many violations the message lists; the others are counted. */
    static final int LISTED = 5;

    private final List<String> violations;

    public ShapeViolationException(Path file, List<String> violations) {
        super(file, summary(violations));
        this.violations = List.copyOf(violations);
    }

    /** Every violation, one line each: shape, path, focus node, message. */
    public List<String> violations() { return violations; }

    private static String summary(List<String> violations) {
        StringBuilder text = new StringBuilder("its graph breaks the SHACL shapes (")
                .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations")
                .append("), so nothing of it was loaded:");
        violations.stream().limit(LISTED).forEach(violation -> text.append("\n    ").append(violation));
        if (violations.size() > LISTED) {
            text.append("\n    and ").append(violations.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}
