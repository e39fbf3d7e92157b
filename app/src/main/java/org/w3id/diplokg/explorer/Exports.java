package org.w3id.diplokg.explorer;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.w3id.diplokg.vocab.DKG;
import org.w3id.diplokg.vocab.ITSRDF;
import org.w3id.diplokg.vocab.Namespaces;
import org.w3id.diplokg.vocab.NIF;
import org.w3id.diplokg.vocab.PROV;

/** A view's data for download: one query's rows as CSV, or the resources it shows, with what a reader needs of them, as Turtle. */
final class Exports {
    /** The most resources one Turtle download holds. */
    static final int MAX_RESOURCES = 50_000;

    /**
     * What a reader of a resource needs besides its own triples, as the links that lead there: a
     * statement's spans and their documents (with the source file and the build), its speaker,
     * the question it answers or belongs to, a question's outlet, a mention's statement, entity and
     * annotator, a relation's parties, object, evidence and time; an outlet's country; a document's
     * page jumps and other renditions, a span's cut captions, an uncertain answer's question.
     */
    static final List<Property> LINKS = List.of(DKG.span, DKG.document, DKG.inDocument, DKG.speaker, DKG.answers, DKG.partOf,
            DKG.askedBy, DKG.basedIn, NIF.referenceContext, ITSRDF.taIdentRef, ITSRDF.taAnnotatorsRef, DKG.party, DKG.object,
            DKG.evidence, DKG.atTime, DKG.pageJump, DKG.omits, DKG.mayAnswer, DKG.renditionOf, PROV.wasDerivedFrom,
            PROV.wasGeneratedBy, PROV.wasAssociatedWith);
    /** The links followed backwards (to statements and questions): a statement's mentions and time expressions, a question's sentences. */
    static final List<Property> BACK_LINKS = List.of(NIF.referenceContext, DKG.partOf);

    private Exports() {}

    static void csv(Table table, OutputStream out) {
        synchronized (table.results()) { // a cached table may be downloaded by two requests at once
            table.results().reset();
            ResultSetFormatter.outputAsCSV(out, table.results());
        }
    }

    /**
     * Every resource of the graph that the view's rows name (entities, statements, mentions,
     * documents, questions, relations) and every resource they lead a reader to ({@link #LINKS},
     * {@link #BACK_LINKS}, followed until nothing new is reached), each with all its triples, so
     * the file stands alone: each statement with its text, spans, documents and offsets, each
     * outlet and entity with its labels. A CONSTRUCT query that gives the same triples heads the
     * file as a comment.
     */
    static byte[] turtle(QueryRunner runner, View view) {
        Set<RDFNode> resources = new LinkedHashSet<>();
        for (Table table : view.tables()) {
            if (table.name().equals(Neighbourhood.EVERY_SIZE)) {
                continue; // the view shows only a few of its rows
            }
            for (QuerySolution row : table.rows()) {
                for (String var : table.vars()) {
                    RDFNode node = row.get(var);
                    if (node != null && node.isURIResource() && node.asResource().getURI().startsWith(DKG.ID)) {
                        resources.add(node);
                    }
                }
            }
        }
        // A round a step: the triples of the resources reached last, and what they link to. Two
        // queries a round: one lookup a resource each, where a path of alternatives took one a link.
        Model model = ModelFactory.createDefaultModel();
        boolean truncated = false;
        for (Set<RDFNode> reached = new LinkedHashSet<>(resources); !reached.isEmpty(); ) {
            Model triples = runner.construct(triplesOf(reached));
            model.add(triples);
            Set<RDFNode> next = new LinkedHashSet<>();
            triples.listStatements().forEachRemaining(triple -> {
                if (LINKS.contains(triple.getPredicate()) && triple.getObject().isURIResource()) {
                    next.add(triple.getObject());
                }
            });
            // Only statements and questions are linked to backwards (by their mentions and sentences).
            List<RDFNode> linkedBack = reached.stream().filter(r -> triples.contains(r.asResource(), RDF.type, DKG.Statement)
                    || triples.contains(r.asResource(), RDF.type, DKG.Question)).toList();
            if (!linkedBack.isEmpty()) {
                ParameterizedSparqlString back = Sparql.query("""
                        SELECT DISTINCT ?next WHERE {
                          VALUES (?resource) { ?resources }
                          ?next %s ?resource .
                        }""".formatted(BACK_LINKS.stream().map(Exports::prefixed).collect(Collectors.joining("|"))));
                back.setValues("resources", linkedBack);
                next.addAll(runner.column(back.toString(), "next"));
            }
            next.removeAll(resources);
            if (resources.size() + next.size() > MAX_RESOURCES) {
                truncated = true;
                break;
            }
            resources.addAll(next);
            reached = next;
        }
        String sparql = triplesOf(resources);
        model.setNsPrefixes(Namespaces.PREFIXES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String header = "# " + view.title() + ": the resources this view shows, and those they lead a reader to"
                + (truncated ? " (stopped at " + MAX_RESOURCES + " resources: download a narrower view for the rest)" : "")
                + ",\n# with all their triples. Links followed: "
                + LINKS.stream().map(Exports::prefixed).collect(Collectors.joining(" ")) + ";\n# backwards: "
                + BACK_LINKS.stream().map(Exports::prefixed).collect(Collectors.joining(" ")) + ". The file is what this query gives:\n"
                + sparql.lines().map(line -> "#   " + line).collect(Collectors.joining("\n")) + "\n\n";
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        RDFDataMgr.write(out, model, Lang.TURTLE);
        return out.toByteArray();
    }

    private static String triplesOf(Set<RDFNode> resources) {
        ParameterizedSparqlString query = Sparql.query("""
                CONSTRUCT { ?resource ?property ?value } WHERE {
                  VALUES (?resource) { ?resources }
                  ?resource ?property ?value .
                }""");
        query.setValues("resources", List.copyOf(resources));
        return query.toString();
    }

    private static String prefixed(Property property) {
        return Namespaces.PREFIXES.shortForm(property.getURI());
    }
}
