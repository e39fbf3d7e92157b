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
        List<Bars.Bar> bars = new ArrayList<>();
        for (QuerySolution row : timeline.rows()) {
            bars.add(new Bars.Bar(Table.text(row, "date"), Table.number(row, "statements"), "", null));
        }
        List<Counted> with = new ArrayList<>();
        for (QuerySolution row : together.rows()) {
            String other = Table.text(row, "other");
            with.add(new Counted(Link.to(facets.on(PageAddress.of("entity", lang).with("iri", other)), labels.of(other).in(lang)),
                    Table.number(row, "together")));
        }
        return view.build(label.in(lang), "entity.jte", new Page(label.zh(), label.en(), label.kind().map(k -> k.title(lang)).orElse(""),
                entity, facts(about), panel.panel(address, labels, lang), Bars.chart(bars, "statements"), total,
                facets.any() ? facets.describe(labels, lang) : "", listing.controls(address, total),
                StatementList.rows(items, StatementList.mentionMarks(mentions, entity, lang), labels, lang), listing.pager(address, total),
                with, PageAddress.of("graph", lang).with("iri", entity).toString(),
                relations(relations, ViewBuilder.join(relationTypesLater), relationType, facets.any() || relationType != null,
                        address, labels, lang)));
    }

    /** What entity.jte shows. */
    record Page(String zh, String en, String kind, String iri, List<Fact> facts, FacetPanel.Panel facets, Bars.Chart timeline,
                long total, String narrowed, Listing.Controls controls, List<StatementList.Row> statements, Pager pager,
                List<Counted> together, String graph, Relations relations) {}

    /** A line of the "about" list: an alias, a code or a Wikidata match ({@code href} and {@code lang} null when none). */
    record Fact(String term, String value, String href, String lang) {}

    /** Its relations: how many, the types to narrow them to, and a row per relation. */
    record Relations(int count, Choices types, boolean narrowed, List<Relation> rows) {}

    /** One relation; {@code evidence} links to its statement in a document (its href null when in none). */
    record Relation(String date, String type, List<Link> parties, List<Link> objects, String objectText, String action,
                    String modality, String since, Link evidence) {}

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

    private static List<Fact> facts(Table about) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (QuerySolution row : about.rows()) {
            values.computeIfAbsent(Table.text(row, "property"), k -> new LinkedHashSet<>()).add(Table.text(row, "value"));
        }
        List<Fact> facts = new ArrayList<>();
        for (String alias : values.getOrDefault(SKOS.altLabel.getURI(), Set.of())) {
            facts.add(new Fact("also called", alias, null, "zh"));
        }
        for (String code : values.getOrDefault(DKG.iso3166Code.getURI(), Set.of())) {
            facts.add(new Fact("ISO 3166", code, null, null));
        }
        for (String property : List.of(SKOS.exactMatch.getURI(), SKOS.closeMatch.getURI())) {
            for (String match : values.getOrDefault(property, Set.of())) {
                String how = property.equals(SKOS.exactMatch.getURI()) ? "Wikidata" : "Wikidata (close match)";
                facts.add(new Fact(how, match.substring(match.lastIndexOf('/') + 1), match, null));
            }
        }
        return facts;
    }

    private static Relations relations(Table relations, Table types, String type, boolean narrowed, PageAddress address,
                                       Labels labels, Lang lang) {
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
        List<Relation> rows = new ArrayList<>();
        for (Row row : byRelation.values()) {
            String evidence = row.documents().isEmpty() ? null : PageAddress.of("document", lang)
                    .with("iri", row.documents().iterator().next()) + "#" + Anchors.statement(row.evidence());
            rows.add(new Relation(row.date(), RelationKind.name(row.type(), lang), entityLinks(row.parties(), labels, lang),
                    entityLinks(row.objects(), labels, lang), row.objectText(), RelationKind.label(row.action(), lang),
                    row.modality().isEmpty() ? "" : RelationKind.label(row.modality(), lang), row.since(),
                    new Link(evidence, row.evidenceText())));
        }
        return new Relations(rows.size(), relationTypes(types, type, address, lang), narrowed, rows);
    }

    /** The relation types with their counts, each a link narrowing the relations to it (the one chosen: a link back to all). */
    private static Choices relationTypes(Table types, String type, PageAddress address, Lang lang) {
        List<Choices.Choice> choices = new ArrayList<>();
        for (QuerySolution row : types.rows()) {
            String iri = Table.text(row, "type");
            choices.add(new Choices.Choice(RelationKind.name(iri, lang), Table.number(row, "relations"),
                    address.with("relation", RelationKind.localName(iri)).toString(), iri.equals(type)));
        }
        return new Choices(choices, Link.to(address.without("relation"), "(every type)"));
    }

    private static List<Link> entityLinks(Set<String> entities, Labels labels, Lang lang) {
        return entities.stream().map(e -> Link.to(PageAddress.of("entity", lang).with("iri", e), labels.of(e).in(lang))).toList();
    }
}
