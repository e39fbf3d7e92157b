package org.w3id.diplokg.explorer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.diplokg.vocab.DKG;

/**
 * {@code /explore/entity?iri=}: labels, kind and Wikidata link; a timeline of the statements naming
 * it; those statements a page at a time, mentions marked; what it is named with; its relations.
 */
final class EntityView {
    static final int PAGE_SIZE = Listing.PAGE_SIZE;
    // The lists group rather than SELECT DISTINCT: with ORDER BY and OFFSET, DISTINCT ran 5-10 times
    // slower in Jena 5.6 on the 中国 page of a graph ten times the seeds.
    private static final int NEIGHBOURS = 15;
    private static final int RELATIONS = 200;

    private EntityView() {}

    /**
     * The page of {@code entity} at {@code address} (its parameters: the filters, the listing and
     * the relation type), its statements narrowed by {@code facets} and listed as {@code listing}
     * says; its relations narrowed by {@code facets} (on their evidence) and to {@code relationType} when not null.
     */
    static View render(QueryRunner runner, String entity, Facets facets, Listing listing, String relationType,
                       PageAddress address, Lang lang) {
        ViewBuilder view = new ViewBuilder(runner);
        String filter = facets.pattern("statement");
        var aboutLater = view.start("about", Sparql.query("""
                SELECT ?property ?value WHERE {
                  ?entity ?property ?value .
                  FILTER (?property IN (rdf:type, skos:prefLabel, rdfs:label, skos:altLabel, skos:exactMatch, skos:closeMatch, dkg:iso3166Code))
                }
                ORDER BY ?property ?value""", "entity", entity));
        var timelineLater = view.start("timeline", Sparql.query("""
                SELECT ?date (COUNT(DISTINCT ?statement) AS ?statements) WHERE {
                  ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .
                  ?statement dkg:date ?date .
                %s}
                GROUP BY ?date
                ORDER BY ?date""".formatted(filter), "entity", entity));
        var pageLater = view.start(listing.all() ? "statements naming it (all)" : "statements naming it (this page)", Sparql.query("""
                SELECT ?statement ?date WHERE {
                  ?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .
                  ?statement dkg:date ?date .
                %s}
                GROUP BY ?statement ?date
                %s""".formatted(filter, listing.orderAndSlice()), "entity", entity));
        FacetPanel panel = FacetPanel.start(view, statementsNaming(entity), facets, EnumSet.allOf(Facets.Facet.class));
        var togetherLater = Neighbourhood.coMentions(view, entity, NEIGHBOURS, facets);
        var relationsLater = relations(view, entity, facets, relationType);
        var relationTypesLater = relationTypes(view, entity, facets);
        Table about = ViewBuilder.join(aboutLater);
        if (about.rows().isEmpty()) {
            throw new NotFound("The graph holds no entity with the IRI " + entity + ".");
        }
        Table timeline = ViewBuilder.join(timelineLater);
        long total = timeline.rows().stream().mapToLong(r -> Table.number(r, "statements")).sum();
        Table pageRows = ViewBuilder.join(pageLater);
        List<String> statements = pageRows.rows().stream().map(r -> Table.text(r, "statement")).toList();
        List<Statements.Item> items = Statements.details(view, statements);
        Map<String, List<Statements.Mention>> mentions = Statements.mentions(view, statements);
        Table together = ViewBuilder.join(togetherLater);
        Table relations = ViewBuilder.join(relationsLater);

        Set<String> named = Statements.named(items, mentions);
        together.rows().forEach(r -> named.add(Table.text(r, "other")));
        for (QuerySolution row : relations.rows()) {
            for (String var : List.of("party", "object")) {
                if (row.contains(var)) {
                    named.add(Table.text(row, var));
                }
            }
        }
        named.addAll(panel.named());
        named.add(entity);
        Labels labels = Labels.lookup(view, named);

        Label label = labels.of(entity);
        StringBuilder body = new StringBuilder();
        about(body, entity, label, about, lang);
        body.append(panel.html(address, labels, lang));
        body.append("<section aria-labelledby=\"timeline-title\"><h2 id=\"timeline-title\">Timeline: statements naming it, by date</h2>\n");
        List<Bars.Bar> bars = new ArrayList<>();
        for (QuerySolution row : timeline.rows()) {
            bars.add(new Bars.Bar(Table.text(row, "date"), Table.number(row, "statements"), "", null));
        }
        body.append(Bars.html(bars, "statements")).append("</section>\n");

        String narrowed = facets.any() ? " (" + facets.describe(labels, lang) + ")" : "";
        body.append("<div class=\"columns\"><section class=\"wide\" aria-labelledby=\"statements-title\"><h2 id=\"statements-title\">")
                .append(total).append(" statements naming it").append(Html.text(narrowed)).append("</h2>\n");
        listing.controls(body, address, total);
        body.append(StatementList.html(items, StatementList.mentionMarks(mentions, entity, lang), labels, lang));
        listing.pager(body, address, total);
        body.append("</section>\n<aside aria-labelledby=\"together-title\"><h2 id=\"together-title\">Most often named with</h2>\n<ol class=\"together\">\n");
        for (QuerySolution row : together.rows()) {
            String other = Table.text(row, "other");
            body.append("<li>").append(Html.link(facets.on(PageAddress.of("entity", lang).with("iri", other)), labels.of(other).in(lang)))
                    .append(" <span class=\"count\">").append(Table.number(row, "together")).append("</span></li>\n");
        }
        body.append("</ol>\n<p>").append(Html.link(PageAddress.of("graph", lang).with("iri", entity), "Open the network view"))
                .append("</p></aside></div>\n");
        relationsHtml(body, relations, ViewBuilder.join(relationTypesLater), relationType, facets.any() || relationType != null,
                address, labels, lang);
        return view.build(label.in(lang), body.toString());
    }

    /** The statements naming {@code entity}, as a pattern binding {@code ?statement} (for the filters' counts). */
    private static String statementsNaming(String entity) {
        return Sparql.fragment("?mention itsrdf:taIdentRef ?entity ; nif:referenceContext ?statement .", "entity", entity);
    }

    /**
     * The relations naming {@code entity}, narrowed by {@code facets} on their evidence and to
     * {@code type} when not null. The path comes before the type: Jena runs them in the order
     * written, and the type first read every relation of the graph (on ten times the seeds, 0.9 s
     * instead of 0.4 s; the count per type 0.45 s instead of 0.04 s).
     */
    private static CompletableFuture<Table> relations(ViewBuilder view, String entity, Facets facets, String type) {
        String narrowing = (type == null ? "" : Sparql.fragment("  ?relation dkg:relationType ?type .\n", "type", type))
                + evidenceFilter(facets);
        ParameterizedSparqlString query = Sparql.query("""
                SELECT ?relation ?type ?date ?action ?modality ?objectText ?since ?party ?object ?evidence ?evidenceText ?document WHERE {
                  { SELECT ?relation ?date WHERE {
                      ?relation dkg:party|dkg:object ?entity .
                      ?relation a dkg:Relation .
                      OPTIONAL { ?relation dkg:date ?date }
                    %s} GROUP BY ?relation ?date ORDER BY ?date ?relation LIMIT %d }
                  ?relation dkg:relationType ?type .
                  OPTIONAL { ?relation dkg:action ?action }
                  OPTIONAL { ?relation dkg:modality ?modality }
                  OPTIONAL { ?relation dkg:objectText ?objectText }
                  OPTIONAL { ?relation dkg:sinceYear ?since }
                  OPTIONAL { ?relation dkg:party ?party }
                  OPTIONAL { ?relation dkg:object ?object }
                  OPTIONAL { ?relation dkg:evidence ?evidence . ?evidence nif:isString ?evidenceText ; dkg:inDocument ?document }
                }
                ORDER BY ?date ?relation""".formatted(narrowing, RELATIONS), "entity", entity);
        return view.start("relations", query);
    }

    /** How many relations of each type name {@code entity}, narrowed by {@code facets} on their evidence. */
    private static CompletableFuture<Table> relationTypes(ViewBuilder view, String entity, Facets facets) {
        return view.start("relations per type", Sparql.query("""
                SELECT ?type (COUNT(DISTINCT ?relation) AS ?relations) WHERE {
                  ?relation dkg:party|dkg:object ?entity .
                  ?relation a dkg:Relation ; dkg:relationType ?type .
                %s}
                GROUP BY ?type
                ORDER BY DESC(?relations) ?type""".formatted(evidenceFilter(facets)), "entity", entity));
    }

    /** The filters on a relation's evidence statement (a relation has one, and its date). */
    private static String evidenceFilter(Facets facets) {
        return facets.any() ? "  ?relation dkg:evidence ?statement .\n" + facets.pattern("statement") : "";
    }

    private static void about(StringBuilder body, String entity, Label label, Table about, Lang lang) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (QuerySolution row : about.rows()) {
            String property = Table.text(row, "property");
            String value = Table.text(row, "value");
            if (property.equals(SKOS.prefLabel.getURI()) || property.equals(RDFS.label.getURI())) {
                continue; // shown as the heading
            }
            values.computeIfAbsent(property, k -> new LinkedHashSet<>()).add(value);
        }
        String kind = label.kind().map(k -> k.title(lang)).orElse("");
        body.append("<h1><span lang=\"zh\">").append(Html.text(label.zh())).append("</span>");
        if (!label.en().isEmpty()) {
            body.append(" <span class=\"en\" lang=\"en\">").append(Html.text(label.en())).append("</span>");
        }
        body.append("</h1>\n<dl class=\"about\">\n<dt>kind</dt><dd class=\"kind\">").append(Html.text(kind)).append("</dd>\n");
        body.append("<dt>IRI</dt><dd class=\"iri\">").append(Html.text(entity)).append("</dd>\n");
        for (String alias : values.getOrDefault(SKOS.altLabel.getURI(), Set.of())) {
            body.append("<dt>also called</dt><dd lang=\"zh\">").append(Html.text(alias)).append("</dd>\n");
        }
        for (String code : values.getOrDefault(DKG.iso3166Code.getURI(), Set.of())) {
            body.append("<dt>ISO 3166</dt><dd>").append(Html.text(code)).append("</dd>\n");
        }
        for (String property : List.of(SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI())) {
            for (String match : values.getOrDefault(property, Set.of())) {
                String how = property.equals(SKOS.exactMatch.getURI()) ? "Wikidata" : "Wikidata (close match)";
                body.append("<dt>").append(how).append("</dt><dd>")
                        .append(Html.link(match, match.substring(match.lastIndexOf('/') + 1))).append("</dd>\n");
            }
        }
        body.append("</dl>\n");
    }

    private static void relationsHtml(StringBuilder body, Table relations, Table types, String type, boolean narrowed,
                                      PageAddress address, Labels labels, Lang lang) {
        record Row(String type, String date, Set<String> parties, Set<String> objects, String action, String modality, String objectText,
                   String since, String evidence, String evidenceText, Set<String> documents) {}
        Map<String, Row> byRelation = new LinkedHashMap<>();
        for (QuerySolution r : relations.rows()) {
            Row row = byRelation.computeIfAbsent(Table.text(r, "relation"), k -> new Row(Table.text(r, "type"), Table.text(r, "date"),
                    new LinkedHashSet<>(), new LinkedHashSet<>(), Table.text(r, "action"), Table.text(r, "modality"), Table.text(r, "objectText"),
                    Table.text(r, "since"), Table.text(r, "evidence"), Table.text(r, "evidenceText"), new LinkedHashSet<>()));
            if (r.contains("party")) {
                row.parties().add(Table.text(r, "party"));
            }
            if (r.contains("object")) {
                row.objects().add(Table.text(r, "object"));
            }
            if (r.contains("document")) {
                row.documents().add(Table.text(r, "document"));
            }
        }
        body.append("<section aria-labelledby=\"relations-title\"><h2 id=\"relations-title\">Relations (")
                .append(byRelation.size()).append(")</h2>\n");
        relationTypesHtml(body, types, type, address, lang);
        if (byRelation.isEmpty()) {
            body.append("<p class=\"note\">No typed relation names it").append(narrowed ? " with these filters" : "")
                    .append(".</p></section>\n");
            return;
        }
        body.append("<div class=\"table-wrap\"><table class=\"relations\"><thead><tr><th>date</th><th>type</th><th>parties</th>")
                .append("<th>object</th><th>action</th><th>evidence</th></tr></thead><tbody>\n");
        for (Row row : byRelation.values()) {
            body.append("<tr><td>").append(Html.text(row.date())).append("</td><td>")
                    .append(Html.text(RelationKind.name(row.type(), lang))).append("</td><td>");
            entityLinks(body, row.parties(), labels, lang);
            body.append("</td><td>");
            entityLinks(body, row.objects(), labels, lang);
            if (!row.objectText().isEmpty()) {
                body.append(row.objects().isEmpty() ? "" : " ").append("<q lang=\"zh\">").append(Html.text(row.objectText())).append("</q>");
            }
            body.append("</td><td>").append(Html.text(RelationKind.label(row.action(), lang)));
            if (!row.modality().isEmpty()) {
                body.append(row.action().isEmpty() ? "" : " ").append("<span class=\"modality\">")
                        .append(Html.text(RelationKind.label(row.modality(), lang))).append("</span>");
            }
            if (!row.since().isEmpty()) {
                body.append(" (since ").append(Html.text(row.since())).append(')');
            }
            body.append("</td><td class=\"evidence\" lang=\"zh\">");
            String text = row.evidenceText();
            if (!row.documents().isEmpty()) {
                String document = row.documents().iterator().next();
                body.append(Html.link(PageAddress.of("document", lang).with("iri", document) + "#" + Anchors.statement(row.evidence()), text));
            } else {
                body.append(Html.text(text));
            }
            body.append("</td></tr>\n");
        }
        body.append("</tbody></table></div></section>\n");
    }

    /** The relation types with their counts, each a link narrowing the relations to it (the one chosen: a link back to all). */
    private static void relationTypesHtml(StringBuilder body, Table types, String type, PageAddress address, Lang lang) {
        if (types.rows().isEmpty()) {
            return;
        }
        body.append("<ul class=\"relation-types\">\n");
        for (QuerySolution row : types.rows()) {
            String iri = Table.text(row, "type");
            String name = RelationKind.name(iri, lang);
            long count = Table.number(row, "relations");
            if (iri.equals(type)) {
                body.append("<li class=\"current\" aria-current=\"true\"><strong>").append(Html.text(name)).append("</strong> <span class=\"count\">")
                        .append(count).append("</span> ").append(Html.link(address.without("relation"), "(every type)"));
            } else {
                body.append("<li>").append(Html.link(address.with("relation", RelationKind.localName(iri)), name))
                        .append(" <span class=\"count\">").append(count).append("</span>");
            }
            body.append("</li>\n");
        }
        body.append("</ul>\n");
    }

    private static void entityLinks(StringBuilder body, Set<String> entities, Labels labels, Lang lang) {
        List<String> links = entities.stream()
                .map(e -> Html.link(PageAddress.of("entity", lang).with("iri", e), labels.of(e).in(lang))).toList();
        body.append(String.join("、", links));
    }
}
