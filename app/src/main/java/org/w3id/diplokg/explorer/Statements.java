package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/** The details and mentions of a list of statements (a page of them), fetched with their IRIs as VALUES. */
final class Statements {
    /** A document a statement is in. */
    record Source(String document, String file) {}

    /**
     * The question a statement answers ("answers") or belongs to ("asks"), in a document both are in
     * (a question asked in two renditions is in both; an answer's sentence may be in one), and its
     * outlet ("" if none).
     */
    record Turn(String question, String role, String document, String outlet) {}

    /** One statement as a list shows it. */
    record Item(String iri, String text, String date, String speaker, Set<Source> sources, Set<Turn> turns) {}

    /** A mention inside a statement: code points {@code [begin, end)} naming {@code entity}. */
    record Mention(String mention, int begin, int end, String entity) {}

    private Statements() {}

    static List<RDFNode> values(Collection<String> iris) {
        return new LinkedHashSet<>(iris).stream().map(iri -> (RDFNode) ResourceFactory.createResource(iri)).toList();
    }

    /** The statements' text, date, speaker, documents and questions, in the order given. */
    static List<Item> details(ViewBuilder view, List<String> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?statement ?text ?date ?speaker ?document ?file ?question ?role ?questionDocument ?outlet WHERE {
                  VALUES (?statement) { ?statements }
                  ?statement nif:isString ?text ; dkg:date ?date .
                  OPTIONAL { ?statement dkg:speaker ?speaker }
                  OPTIONAL { ?statement dkg:inDocument ?document . ?document dkg:sourceFile ?file }
                  OPTIONAL {
                    { ?statement dkg:answers ?question BIND ("answers" AS ?role) }
                    UNION { ?statement dkg:partOf ?question BIND ("asks" AS ?role) }
                    ?question dkg:inDocument ?questionDocument .
                    ?statement dkg:inDocument ?questionDocument .
                    OPTIONAL { ?question dkg:askedBy ?outlet }
                  }
                }""");
        query.setValues("statements", values(statements));
        Map<String, Item> byIri = new LinkedHashMap<>();
        statements.forEach(iri -> byIri.put(iri, null));
        for (QuerySolution row : view.select("statement details", query).rows()) {
            String iri = Table.text(row, "statement");
            Item item = byIri.get(iri);
            if (item == null) {
                item = new Item(iri, Table.text(row, "text"), Table.text(row, "date"), Table.text(row, "speaker"),
                        new LinkedHashSet<>(), new LinkedHashSet<>());
                byIri.put(iri, item);
            }
            if (row.contains("document")) {
                item.sources().add(new Source(Table.text(row, "document"), Table.text(row, "file")));
            }
            if (row.contains("question")) {
                item.turns().add(new Turn(Table.text(row, "question"), Table.text(row, "role"), Table.text(row, "questionDocument"),
                        Table.text(row, "outlet")));
            }
        }
        List<Item> items = new ArrayList<>();
        byIri.values().stream().filter(java.util.Objects::nonNull).forEach(items::add);
        return items;
    }

    /** Every mention in the statements, by statement. */
    static Map<String, List<Mention>> mentions(ViewBuilder view, List<String> statements) {
        if (statements.isEmpty()) {
            return Map.of();
        }
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?statement ?mention ?begin ?end ?entity WHERE {
                  VALUES (?statement) { ?statements }
                  ?mention nif:referenceContext ?statement ; itsrdf:taIdentRef ?entity ;
                           nif:beginIndex ?begin ; nif:endIndex ?end .
                }
                ORDER BY ?statement ?begin""");
        query.setValues("statements", values(statements));
        return byStatement(view.select("mentions in these statements", query));
    }

    static Map<String, List<Mention>> byStatement(Table mentions) {
        Map<String, List<Mention>> byStatement = new LinkedHashMap<>();
        for (QuerySolution row : mentions.rows()) {
            byStatement.computeIfAbsent(Table.text(row, "statement"), k -> new ArrayList<>())
                    .add(new Mention(Table.text(row, "mention"), (int) Table.number(row, "begin"),
                            (int) Table.number(row, "end"), Table.text(row, "entity")));
        }
        return byStatement;
    }

    /** The entities and speakers the items and mentions name, for one label lookup. */
    static Set<String> named(List<Item> items, Map<String, List<Mention>> mentions) {
        Set<String> iris = new LinkedHashSet<>();
        items.stream().map(Item::speaker).filter(s -> !s.isEmpty()).forEach(iris::add);
        items.forEach(item -> item.turns().stream().map(Turn::outlet).filter(o -> !o.isEmpty()).forEach(iris::add));
        mentions.values().forEach(list -> list.forEach(m -> iris.add(m.entity())));
        return iris;
    }
}
