package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;

/**
 * {@code /explore/outlet?iri=}: a news organization as a researcher asks about it: the country it is
 * based in, and every question it asked (date, document, the question's text) with the entities the
 * question and the answer to it name.
 */
final class OutletView {
    private OutletView() {}

    static View render(QueryRunner runner, String outlet, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        Table about = view.select("outlet", Sparql.query("""
                SELECT ?zh ?en ?country WHERE {
                  ?outlet a dkg:NewsOrganization .
                  OPTIONAL { ?outlet skos:prefLabel ?zh FILTER (lang(?zh) = "zh") }
                  OPTIONAL { ?outlet skos:prefLabel ?en FILTER (lang(?en) = "en") }
                  OPTIONAL { ?outlet dkg:basedIn ?country }
                }""", "outlet", outlet));
        if (about.rows().isEmpty()) {
            throw new NotFound("The graph holds no news organization with the IRI " + outlet + ".");
        }
        var questionsLater = view.start("questions asked", Sparql.query("""
                SELECT ?question ?date ?document ?file ?begin ?text WHERE {
                  ?question dkg:askedBy ?outlet ; dkg:inDocument ?document .
                  ?document dkg:sourceFile ?file ; dkg:date ?date .
                  ?statement dkg:partOf ?question ; nif:isString ?text ; dkg:span ?span .
                  ?span dkg:document ?document ; dkg:beginOffset ?begin .
                }
                ORDER BY ?date ?file ?begin""", "outlet", outlet));
        var namedLater = view.start("entities named in each question and its answer", Sparql.query("""
                SELECT ?question ?part ?entity (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                  ?question dkg:askedBy ?outlet .
                  { ?statement dkg:partOf ?question BIND ("question" AS ?part) }
                  UNION { ?statement dkg:answers ?question BIND ("answer" AS ?part) }
                  ?mention nif:referenceContext ?statement ; itsrdf:taIdentRef ?entity .
                }
                GROUP BY ?question ?part ?entity
                ORDER BY ?question ?part DESC(?statements)""", "outlet", outlet));
        Table questionRows = ViewBuilder.join(questionsLater);
        Table namedRows = ViewBuilder.join(namedLater);

        Map<String, Question> questions = new LinkedHashMap<>();
        for (QuerySolution row : questionRows.rows()) {
            Question question = questions.computeIfAbsent(Table.text(row, "question"), iri -> new Question(iri,
                    Table.text(row, "date"), Table.text(row, "document"), Table.text(row, "file")));
            question.text.add(Table.text(row, "text"));
        }
        Set<String> entities = new LinkedHashSet<>();
        for (QuerySolution row : namedRows.rows()) {
            Question question = questions.get(Table.text(row, "question"));
            if (question != null) {
                String entity = Table.text(row, "entity");
                (Table.text(row, "part").equals("question") ? question.askedAbout : question.answerNamed).add(entity);
                entities.add(entity);
            }
        }
        QuerySolution info = about.rows().get(0);
        String country = Table.text(info, "country");
        entities.add(outlet);
        if (!country.isEmpty()) {
            entities.add(country);
        }
        Labels labels = Labels.lookup(view, entities);
        Label name = labels.of(outlet);

        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.text(name.in(lang))).append("</h1>\n<dl class=\"about\"><dt>kind</dt><dd>news organization</dd>");
        if (!country.isEmpty()) {
            body.append("<dt>based in</dt><dd>").append(entityLink(country, labels, lang)).append("</dd>");
        }
        body.append("<dt>questions asked</dt><dd>").append(questions.size()).append("</dd></dl>\n")
                .append("<p>").append(Html.link(PageAddress.of("entity", lang).with("iri", outlet), "Statements naming it"))
                .append("</p>\n<section aria-labelledby=\"questions-title\"><h2 id=\"questions-title\">Questions it asked</h2>\n");
        if (questions.isEmpty()) {
            body.append("<p class=\"note\">No question in the graph names this outlet as asking it.</p>\n");
        }
        body.append("<ol class=\"questions\">\n");
        for (Question question : questions.values()) {
            PageAddress document = PageAddress.of("document", lang).with("iri", question.document);
            body.append("<li class=\"question\"><p class=\"meta\">").append(Html.text(question.date)).append(" · ")
                    .append(Html.linkHtml(document + "#" + Anchors.question(question.iri), Html.text(question.file), "file"))
                    .append("</p><p class=\"text\" lang=\"zh\">").append(Html.text(String.join("", question.text))).append("</p>")
                    .append(namedList("It asks about", question.askedAbout, labels, lang))
                    .append(namedList("The answer names", question.answerNamed, labels, lang)).append("</li>\n");
        }
        body.append("</ol></section>\n");
        return view.build(name.in(lang), body.toString());
    }

    private static String namedList(String title, List<String> entities, Labels labels, Lang lang) {
        if (entities.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<p class=\"named\">").append(Html.text(title)).append(": ");
        for (int i = 0; i < entities.size(); i++) {
            html.append(i == 0 ? "" : ", ").append(entityLink(entities.get(i), labels, lang));
        }
        return html.append("</p>").toString();
    }

    private static String entityLink(String iri, Labels labels, Lang lang) {
        return Html.link(PageAddress.of("entity", lang).with("iri", iri), labels.of(iri).in(lang));
    }

    /** One question as the page shows it: its sentences in file order and what it and its answer name. */
    private static final class Question {
        final String iri;
        final String date;
        final String document;
        final String file;
        final List<String> text = new ArrayList<>();
        final List<String> askedAbout = new ArrayList<>();
        final List<String> answerNamed = new ArrayList<>();

        Question(String iri, String date, String document, String file) {
            this.iri = iri;
            this.date = date;
            this.document = document;
            this.file = file;
        }
    }
}
