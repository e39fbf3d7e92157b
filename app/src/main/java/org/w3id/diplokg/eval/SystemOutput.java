package org.w3id.diplokg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.w3id.diplokg.vocab.Namespaces;

/**
 * What a build says about some documents, read back from its graph with SPARQL: the entities their
 * statements mention (with type, labels and Wikidata item), each mention, each question with its
 * outlet, each time expression with its value, and each relation with its parties and evidence. A
 * statement two renditions word differently is one statement with one text; the gold names a
 * sentence as one file words it, so a statement's other wordings (dkg:variantText) identify it too.
 */
final class SystemOutput {

    record SystemEntity(String iri, String type, String zh, String en, String wikidata, Set<String> labels) {}

    record SystemMention(String iri, String statement, String anchor, String entity, double confidence) {}

    /** A question: its text, and its text as each file words it (a rendition may word a sentence of it otherwise). */
    record SystemQuestion(String iri, String text, Set<String> wordings, Set<String> outletLabels) {}

    /** A time mention: its statement's text and every other wording of it the files have (dkg:variantText). */
    record SystemTime(String iri, Set<String> wordings, String anchor, String value) {}

    /**
     * A relation as built: its type's local name, the names of its parties and object, its modality's local name, its
     * evidence text and every wording of the evidence the files have.
     */
    record SystemRelation(String iri, String type, List<SystemEntity> parties, SystemEntity object, String modality,
                          String evidenceText, Set<String> wordings) {}

    /** A document as built: its event date (null if none) and the zh names, preferred or alternative, of everyone who speaks a statement of it or issues it. */
    record SystemDocument(String fileName, String date, Set<String> speakers) {}

    private static final Map<String, String> TYPES = Map.of(
            "https://w3id.org/diplokg/ontology#Country", "country",
            "https://w3id.org/diplokg/ontology#Organization", "organization",
            "https://w3id.org/diplokg/ontology#Agreement", "agreement",
            "https://w3id.org/diplokg/ontology#Initiative", "initiative",
            "https://w3id.org/diplokg/ontology#Region", "region",
            "https://w3id.org/diplokg/ontology#Person", "person",
            "https://w3id.org/diplokg/ontology#Event", "event",
            "https://w3id.org/diplokg/ontology#NewsOrganization", "outlet");

    final Map<String, SystemEntity> entities = new LinkedHashMap<>();
    final List<SystemMention> mentions = new ArrayList<>();
    final List<SystemQuestion> questions = new ArrayList<>();
    final List<SystemTime> times = new ArrayList<>();
    final Map<String, SystemDocument> documents = new LinkedHashMap<>();
    final List<SystemRelation> relations = new ArrayList<>();

    /** Reads what the dataset holds for statements in any of {@code sourceFiles}. */
    static SystemOutput read(Dataset dataset, Collection<String> sourceFiles) {
        SystemOutput output = new SystemOutput();
        Set<String> files = Set.copyOf(sourceFiles);
        boolean transactional = dataset.supportsTransactions();
        if (transactional) {
            dataset.begin(ReadWrite.READ);
        }
        try {
            output.readMentions(dataset, files);
            output.readEntities(dataset);
            output.readQuestions(dataset, files);
            output.readTimes(dataset, files);
            output.readDocuments(dataset, files);
            output.readRelations(dataset, files);
        } finally {
            if (transactional) {
                dataset.end();
            }
        }
        return output;
    }

    private void readMentions(Dataset dataset, Set<String> files) {
        Map<String, SystemMention> byIri = new LinkedHashMap<>();
        select(dataset, """
                SELECT ?m ?s ?anchor ?e ?conf ?file WHERE {
                  ?m a dkg:Mention ; nif:referenceContext ?s ; nif:anchorOf ?anchor ; itsrdf:taIdentRef ?e .
                  OPTIONAL { ?m itsrdf:taConfidence ?conf }
                  ?s dkg:inDocument/dkg:sourceFile ?file }""", row -> {
            if (files.contains(row.getLiteral("file").getString())) {
                RDFNode confidence = row.get("conf");
                byIri.putIfAbsent(row.getResource("m").getURI(), new SystemMention(row.getResource("m").getURI(),
                        row.getResource("s").getURI(), row.getLiteral("anchor").getString(), row.getResource("e").getURI(),
                        confidence == null ? 1.0 : confidence.asLiteral().getDouble()));
            }
        });
        mentions.addAll(byIri.values());
        readOutletCountries(dataset, files);
    }

    /**
     * A country named in a question's introduction (新加坡《联合早报》) is named in the document too:
     * the graph holds it as the outlet's dkg:basedIn, which counts here as a mention of its name as written.
     */
    private void readOutletCountries(Dataset dataset, Set<String> files) {
        Set<String> seen = new LinkedHashSet<>();
        select(dataset, """
                SELECT ?q ?c ?written ?name ?file WHERE {
                  ?q dkg:askedBy ?o ; dkg:inDocument/dkg:sourceFile ?file .
                  ?o dkg:basedIn ?c ; skos:prefLabel|skos:altLabel ?written .
                  ?c skos:prefLabel|skos:altLabel ?name .
                  FILTER (lang(?name) = "zh" && STRSTARTS(STR(?written), STR(?name))) }""", row -> {
            String key = row.getResource("q").getURI() + " " + row.getResource("c").getURI();
            if (files.contains(row.getLiteral("file").getString()) && seen.add(key)) {
                mentions.add(new SystemMention(key, row.getResource("q").getURI(), row.getLiteral("name").getString(),
                        row.getResource("c").getURI(), 1.0));
            }
        });
    }

    private void readEntities(Dataset dataset) {
        Set<String> mentioned = new LinkedHashSet<>();
        mentions.forEach(m -> mentioned.add(m.entity()));
        Map<String, String> type = new HashMap<>();
        Map<String, String> zh = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        Map<String, String> wikidata = new HashMap<>();
        Map<String, Set<String>> labels = new HashMap<>();
        select(dataset, """
                SELECT ?e ?t ?pref ?alt ?match WHERE {
                  ?e a ?t .
                  OPTIONAL { ?e skos:prefLabel ?pref }
                  OPTIONAL { ?e skos:altLabel ?alt }
                  OPTIONAL { ?e skos:exactMatch|skos:closeMatch ?match } }""", row -> {
            String iri = row.getResource("e").getURI();
            String t = TYPES.get(row.getResource("t").getURI());
            if (!mentioned.contains(iri) || t == null) {
                return;
            }
            // An outlet is also an organization: the narrower type wins.
            type.merge(iri, t, (a, b) -> a.equals("outlet") || b.equals("outlet") ? "outlet" : a);
            Set<String> names = labels.computeIfAbsent(iri, k -> new LinkedHashSet<>());
            if (row.get("pref") != null) {
                Literal pref = row.getLiteral("pref");
                (pref.getLanguage().startsWith("zh") ? zh : en).put(iri, pref.getString());
                names.add(MatchText.of(pref.getString()));
            }
            if (row.get("alt") != null) {
                names.add(MatchText.of(row.getLiteral("alt").getString()));
            }
            if (row.get("match") != null) {
                String uri = row.getResource("match").getURI();
                wikidata.put(iri, uri.substring(uri.lastIndexOf('/') + 1));
            }
        });
        for (String iri : mentioned) {
            if (type.containsKey(iri)) {
                entities.put(iri, new SystemEntity(iri, type.get(iri), zh.get(iri), en.get(iri), wikidata.get(iri),
                        labels.getOrDefault(iri, Set.of())));
            }
        }
    }

    private void readQuestions(Dataset dataset, Set<String> files) {
        Map<String, TreeMap<Integer, String>> sentences = new LinkedHashMap<>();
        Map<String, Map<String, TreeMap<Integer, String>>> worded = new HashMap<>(); // question -> file -> its sentences as worded there
        Map<String, Set<String>> outlets = new HashMap<>();
        select(dataset, """
                SELECT ?q ?text ?variant ?begin ?file ?outlet WHERE {
                  ?s dkg:partOf ?q ; nif:isString ?text ; dkg:span ?span .
                  ?span dkg:beginOffset ?begin ; dkg:document/dkg:sourceFile ?file .
                  OPTIONAL { ?span dkg:variantText ?variant }
                  OPTIONAL { ?q dkg:askedBy ?o . ?o skos:prefLabel|skos:altLabel ?outlet } }""", row -> {
            String file = row.getLiteral("file").getString();
            if (!files.contains(file)) {
                return;
            }
            String q = row.getResource("q").getURI();
            int begin = row.getLiteral("begin").getInt();
            String text = row.getLiteral("text").getString();
            sentences.computeIfAbsent(q, k -> new TreeMap<>()).putIfAbsent(begin, text);
            worded.computeIfAbsent(q, k -> new HashMap<>()).computeIfAbsent(file, k -> new TreeMap<>())
                    .putIfAbsent(begin, row.get("variant") == null ? text : row.getLiteral("variant").getString());
            Set<String> labels = outlets.computeIfAbsent(q, k -> new LinkedHashSet<>());
            if (row.get("outlet") != null) {
                labels.add(MatchText.of(row.getLiteral("outlet").getString()));
            }
        });
        sentences.forEach((q, texts) -> {
            String text = MatchText.of(String.join("", new LinkedHashSet<>(texts.values())));
            Set<String> wordings = new LinkedHashSet<>(List.of(text));
            worded.get(q).values().forEach(inFile -> wordings.add(MatchText.of(String.join("", inFile.values()))));
            questions.add(new SystemQuestion(q, text, wordings, outlets.get(q)));
        });
    }

    /** Each statement's wordings other than its text, as the files word it (dkg:variantText of its spans), normalised. */
    private static Map<String, Set<String>> variants(Dataset dataset) {
        Map<String, Set<String>> variants = new HashMap<>();
        select(dataset, """
                SELECT ?s ?variant WHERE { ?s dkg:span/dkg:variantText ?variant }""", row -> variants
                .computeIfAbsent(row.getResource("s").getURI(), k -> new LinkedHashSet<>())
                .add(MatchText.of(row.getLiteral("variant").getString())));
        return variants;
    }

    private static Set<String> wordings(String text, String statement, Map<String, Set<String>> variants) {
        Set<String> wordings = new LinkedHashSet<>(List.of(text));
        wordings.addAll(variants.getOrDefault(statement, Set.of()));
        return wordings;
    }

    private void readTimes(Dataset dataset, Set<String> files) {
        Map<String, SystemTime> byIri = new LinkedHashMap<>();
        Map<String, Set<String>> variants = variants(dataset);
        select(dataset, """
                SELECT ?t ?s ?text ?anchor ?value ?file WHERE {
                  ?t a dkg:TimeMention ; nif:referenceContext ?s ; nif:anchorOf ?anchor .
                  OPTIONAL { ?t dkg:normalized ?value }
                  ?s nif:isString ?text ; dkg:inDocument/dkg:sourceFile ?file }""", row -> {
            if (files.contains(row.getLiteral("file").getString())) {
                RDFNode value = row.get("value");
                String text = MatchText.of(row.getLiteral("text").getString());
                byIri.putIfAbsent(row.getResource("t").getURI(), new SystemTime(row.getResource("t").getURI(),
                        wordings(text, row.getResource("s").getURI(), variants), row.getLiteral("anchor").getString(),
                        value == null ? null : value.asLiteral().getLexicalForm()));
            }
        });
        times.addAll(byIri.values());
    }

    private void readDocuments(Dataset dataset, Set<String> files) {
        Map<String, String> dates = new HashMap<>();
        Map<String, Set<String>> speakers = new HashMap<>();
        select(dataset, """
                SELECT ?file ?date ?speaker WHERE {
                  ?d a dkg:Document ; dkg:sourceFile ?file .
                  OPTIONAL { ?d dkg:date ?date }
                  OPTIONAL { { ?s dkg:inDocument ?d ; dkg:speaker ?who } UNION { ?d dkg:issuedBy ?who }
                             ?who skos:prefLabel|skos:altLabel ?speaker . FILTER (lang(?speaker) = "zh") } }""", row -> {
            String file = row.getLiteral("file").getString();
            if (!files.contains(file)) {
                return;
            }
            if (row.get("date") != null) {
                dates.put(file, row.getLiteral("date").getLexicalForm());
            }
            Set<String> names = speakers.computeIfAbsent(file, k -> new LinkedHashSet<>());
            if (row.get("speaker") != null) {
                names.add(row.getLiteral("speaker").getString());
            }
        });
        speakers.forEach((file, names) -> documents.put(file, new SystemDocument(file, dates.get(file), names)));
    }

    /** The relations whose evidence is a statement of one of the files, with their parties' and object's names. */
    private void readRelations(Dataset dataset, Set<String> files) {
        record Row(String type, String modality, String evidence, Set<String> wordings, Set<String> parties, Set<String> objects) {}
        Map<String, Row> byIri = new LinkedHashMap<>();
        Map<String, Set<String>> variants = variants(dataset);
        Set<String> named = new LinkedHashSet<>();
        select(dataset, """
                SELECT ?r ?type ?modality ?s ?text ?file ?party ?object WHERE {
                  ?r a dkg:Relation ; dkg:relationType ?type ; dkg:evidence ?s .
                  ?s nif:isString ?text ; dkg:inDocument/dkg:sourceFile ?file .
                  OPTIONAL { ?r dkg:modality ?modality }
                  OPTIONAL { ?r dkg:party ?party }
                  OPTIONAL { ?r dkg:object ?object } }""", row -> {
            if (!files.contains(row.getLiteral("file").getString())) {
                return;
            }
            String evidence = MatchText.of(row.getLiteral("text").getString());
            Row relation = byIri.computeIfAbsent(row.getResource("r").getURI(), k -> new Row(localName(row.getResource("type").getURI()),
                    row.get("modality") == null ? null : localName(row.getResource("modality").getURI()),
                    evidence, wordings(evidence, row.getResource("s").getURI(), variants), new LinkedHashSet<>(), new LinkedHashSet<>()));
            if (row.get("party") != null) {
                relation.parties().add(row.getResource("party").getURI());
            }
            if (row.get("object") != null) {
                relation.objects().add(row.getResource("object").getURI());
            }
        });
        byIri.values().forEach(r -> { named.addAll(r.parties()); named.addAll(r.objects()); });
        Map<String, SystemEntity> names = names(dataset, named);
        byIri.forEach((iri, r) -> relations.add(new SystemRelation(iri, r.type(),
                r.parties().stream().map(names::get).toList(),
                r.objects().isEmpty() ? null : names.get(r.objects().iterator().next()), r.modality(), r.evidence(), r.wordings())));
    }

    /** Each entity's labels and Wikidata item, for matching against the gold's names. */
    private static Map<String, SystemEntity> names(Dataset dataset, Set<String> iris) {
        Map<String, String> zh = new HashMap<>();
        Map<String, String> en = new HashMap<>();
        Map<String, String> wikidata = new HashMap<>();
        Map<String, Set<String>> labels = new HashMap<>();
        select(dataset, """
                SELECT ?e ?label ?match WHERE {
                  ?e skos:prefLabel|skos:altLabel ?label .
                  OPTIONAL { ?e skos:exactMatch|skos:closeMatch ?match } }""", row -> {
            String iri = row.getResource("e").getURI();
            if (!iris.contains(iri)) {
                return;
            }
            Literal label = row.getLiteral("label");
            labels.computeIfAbsent(iri, k -> new LinkedHashSet<>()).add(MatchText.of(label.getString()));
            (label.getLanguage().startsWith("zh") ? zh : en).putIfAbsent(iri, label.getString());
            if (row.get("match") != null) {
                String uri = row.getResource("match").getURI();
                wikidata.put(iri, uri.substring(uri.lastIndexOf('/') + 1));
            }
        });
        Map<String, SystemEntity> entities = new HashMap<>();
        for (String iri : iris) {
            entities.put(iri, new SystemEntity(iri, null, zh.get(iri), en.get(iri), wikidata.get(iri), labels.getOrDefault(iri, Set.of())));
        }
        return entities;
    }

    private static String localName(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }

    private static void select(Dataset dataset, String query, Consumer<QuerySolution> onRow) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(Namespaces.parseQuery(query)).build()) {
            ResultSet results = execution.execSelect();
            results.forEachRemaining(onRow);
        }
    }
}
