package org.w3id.diplokg.explorer;

import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The explorer's pages: jte templates (src/main/jte) compiled to classes of this package at build
 * time, so the server needs no compiler. Every {@code ${}} in them is HTML-escaped for where it
 * stands (element text or attribute value); the views only pass in model records.
 */
final class Templates {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Templates.class.getClassLoader(), Templates.class.getPackageName());

    private Templates() {}

    /** A whole page (or a fragment, for tests). */
    static String render(String template, Object model) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, model, output);
        return output.toString();
    }

    /** A template's output as a part of another template (a view's main part inside the page frame): still template output. */
    static Content content(String template, Object model) {
        return output -> ENGINE.render(template, model, output);
    }
}
