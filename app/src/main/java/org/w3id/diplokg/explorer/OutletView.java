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

        List<Asked> asked = new ArrayList<>();
        for (Question question : questions.values()) {
            PageAddress document = PageAddress.of("document", lang).with("iri", question.document);
            asked.add(new Asked(question.date, Link.to(document + "#" + Anchors.question(question.iri), question.file),
                    String.join("", question.text), links(question.askedAbout, labels, lang), links(question.answerNamed, labels, lang)));
        }
        return view.build(name.in(lang), "outlet.jte", new Page(name.in(lang),
                country.isEmpty() ? null : links(List.of(country), labels, lang).get(0),
                PageAddress.of("entity", lang).with("iri", outlet).toString(), asked));
    }

    /** What outlet.jte shows; {@code country} is null when the graph names none. */
    record Page(String name, Link country, String statements, List<Asked> questions) {}

    /** A question: its date, its place in its document, its text, and what it and its answer name. */
    record Asked(String date, Link file, String text, List<Link> askedAbout, List<Link> answerNamed) {}

    private static List<Link> links(List<String> entities, Labels labels, Lang lang) {
        return entities.stream().map(iri -> Link.to(PageAddress.of("entity", lang).with("iri", iri), labels.of(iri).in(lang))).toList();
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
