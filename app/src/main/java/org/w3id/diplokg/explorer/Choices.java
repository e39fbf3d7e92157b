package org.w3id.diplokg.explorer;

import java.util.List;

/**
 * Choices that narrow a list, each with its count: a link sets one (none when {@code href} is
 * null), and the one chosen is shown with a link, {@code clear}, that drops it.
 */
record Choices(List<Choice> items, Link clear) {
    record Choice(String label, long count, String href, boolean current) {}
}
