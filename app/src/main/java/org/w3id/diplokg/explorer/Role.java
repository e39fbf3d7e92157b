package org.w3id.diplokg.explorer;

import java.util.Arrays;
import java.util.Optional;

/**
 * A statement's part in its press conference, as the graph says it: an answer's sentence
 * ({@code dkg:answers} a question), a question's own sentence ({@code dkg:partOf} one), or
 * neither (headlines, speeches and remarks, reporters' narration). The ontology types no role; the
 * shapes keep a statement from both asking and answering, so these three do not overlap.
 */
enum Role {
    ANSWER("answer", "answers", "回答"),
    QUESTION("question", "questions", "提问"),
    NARRATION("narration", "remarks and narration", "发言与叙述");

    private final String parameter;
    private final String en;
    private final String zh;

    Role(String parameter, String en, String zh) {
        this.parameter = parameter;
        this.en = en;
        this.zh = zh;
    }

    /** The value of the {@code role} URL parameter, and of {@link #expression}. */
    String parameter() { return parameter; }

    String title(Lang lang) { return lang == Lang.ZH ? zh : en; }

    static Optional<Role> of(String parameter) {
        return Arrays.stream(values()).filter(r -> r.parameter.equals(parameter)).findFirst();
    }

    /** A SPARQL filter keeping the statements in {@code variable} that have this role. */
    String filter(String variable) {
        return switch (this) {
            case ANSWER -> "FILTER EXISTS { " + variable + " dkg:answers ?answered }";
            case QUESTION -> "FILTER EXISTS { " + variable + " dkg:partOf ?asked }";
            case NARRATION -> "FILTER NOT EXISTS { " + variable + " dkg:answers|dkg:partOf ?turn }";
        };
    }

    /** A SPARQL expression giving the role's parameter value of the statement in {@code variable}. */
    static String expression(String variable) {
        return "IF(EXISTS { " + variable + " dkg:answers ?answered }, \"" + ANSWER.parameter + "\", IF(EXISTS { " + variable
                + " dkg:partOf ?asked }, \"" + QUESTION.parameter + "\", \"" + NARRATION.parameter + "\"))";
    }
}
