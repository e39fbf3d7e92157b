package org.w3id.diplokg.extractor.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.vocab.Namespaces;

/** The whole pipeline on the five seeds, checked through SPARQL on the graph it writes. */
class SeedsExtractionTest {
    private static final String PREFIXES = Namespaces.prologue();

    private static Model union() {
        return ModelFactory.createModelForGraph(SeedsGraph.dataset().getUnionGraph());
    }

    private static List<QuerySolution> select(String query) {
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(union()).query(PREFIXES + query).build()) {
            execution.execSelect().forEachRemaining(rows::add);
        }
        return rows;
    }

    private static boolean ask(String query) {
        try (QueryExecution execution = QueryExecution.model(union()).query(PREFIXES + query).build()) {
            return execution.execAsk();
        }
    }

    @Test
    void everySeedBecomesADocumentWithItsDate() {
        assertFalse(SeedsGraph.report().hasFailures(), () -> SeedsGraph.report().refusals().toString());
        List<QuerySolution> rows = select("""
                SELECT ?file ?date WHERE { ?d a dkg:Document ; dkg:sourceFile ?file ; dkg:date ?date } ORDER BY ?file""");
        assertEquals(5, rows.size());
        String[] expected = {"2021-03-07", "2021-03-07", "2022-03-07", "2020-05-24", "2021-01-02"};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], rows.get(i).getLiteral("date").getLexicalForm());
            assertEquals("http://www.w3.org/2001/XMLSchema#date", rows.get(i).getLiteral("date").getDatatypeURI());
        }
    }

    @Test
    void eachDocumentHasItsOwnNamedGraph() {
        for (String key : List.of("000_d9d0ae3ca28eebeb", "001_91b48a67ea093576", "002_14f217126f1f39bb",
                "003_110b0fdd1e2310aa", "004_05afde865cfdeba6")) {
            var graph = org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/diplokg/id/graph/" + key);
            assertTrue(SeedsGraph.dataset().containsGraph(graph), key);
            assertTrue(SeedsGraph.dataset().getGraph(graph).size() > 1000, key);
        }
    }

    @Test
    void theSameSentenceInTheTwoRenditionsOf2021IsOneStatementWithTwoSpans() {
        List<QuerySolution> shared = select("""
                SELECT ?s (COUNT(DISTINCT ?span) AS ?spans) WHERE {
                  ?s dkg:inDocument <https://w3id.org/diplokg/id/document/000_d9d0ae3ca28eebeb>,
                                    <https://w3id.org/diplokg/id/document/001_91b48a67ea093576> ;
                     dkg:span ?span .
                } GROUP BY ?s""");
        assertTrue(shared.size() >= 50, "statements shared by 000 and 001: " + shared.size());
        shared.forEach(row -> assertTrue(row.getLiteral("spans").getInt() >= 2));
    }

    @Test
    void mentionAnchorsMatchTheirStatementText() {
        assertFalse(ask("""
                ASK { ?m nif:referenceContext ?s ; nif:anchorOf ?a ; nif:beginIndex ?b ; nif:endIndex ?e .
                      ?s nif:isString ?text .
                      FILTER (SUBSTR(?text, ?b + 1, ?e - ?b) != ?a) }"""));
        assertTrue(select("SELECT ?m WHERE { ?m a dkg:Mention }").size() > 500);
    }

    @Test
    void aBilateralCompoundNamesBothParties() {
        // 中俄 in 2022: China at the first character, Russia at the second, in the same statement.
        assertTrue(ask("""
                ASK { ?c nif:referenceContext ?s ; nif:anchorOf "中" ; nif:beginIndex ?b ;
                         itsrdf:taIdentRef <https://w3id.org/diplokg/id/country/CN> .
                      ?r nif:referenceContext ?s ; nif:anchorOf "俄" ; nif:beginIndex ?b2 ;
                         itsrdf:taIdentRef <https://w3id.org/diplokg/id/country/RU> .
                      FILTER (?b2 = ?b + 1) }"""));
    }

    @Test
    void taiwanIsARegionAndNothingIsBothRegionAndCountry() {
        assertTrue(ask("""
                ASK { ?m nif:anchorOf "台湾" ; itsrdf:taIdentRef ?t . ?t a dkg:Region }"""));
        assertFalse(ask("ASK { ?x a dkg:Region , dkg:Country }"));
    }

    @Test
    void everyQuestionWithAnOutletWhoseAnswerTheFileHoldsIsAnsweredByWangYi() {
        // Questions per document whose answer is in the file, counted by reading the files ("…记者：" turns):
        // 002 has ten, but what sits under 韩联社's question on Korea is an answer on China–ASEAN relations,
        // which only may answer it; its own answer is on no page the file holds.
        String[][] expected = {{"000_d9d0ae3ca28eebeb", "18"}, {"001_91b48a67ea093576", "15"},
                {"002_14f217126f1f39bb", "9"}, {"003_110b0fdd1e2310aa", "23"}};
        for (String[] row : expected) {
            List<QuerySolution> questions = select("""
                    SELECT DISTINCT ?q WHERE {
                      ?q a dkg:Question ; dkg:inDocument <https://w3id.org/diplokg/id/document/%s> ;
                         dkg:askedBy ?outlet . ?outlet a dkg:NewsOrganization .
                      ?answer dkg:answers ?q ; dkg:speaker ?p . ?p skos:prefLabel "王毅"@zh }""".formatted(row[0]));
            assertEquals(Integer.parseInt(row[1]), questions.size(), row[0]);
        }
    }

    @Test
    void surfacesWrittenDownFromTheSeedsSitAtTheirOffsets() {
        // A question of 2021 (in 000 and 001), its surfaces and code-point offsets written down by hand.
        String[][] expected = {
            {"今年是中国—东盟建立对话关系30周年，您认为未来双方关系将如何发展？", "东盟", "6", "https://w3id.org/diplokg/id/organization/ASEAN"},
            {"今年是中国—东盟建立对话关系30周年，您认为未来双方关系将如何发展？", "中国", "3", "https://w3id.org/diplokg/id/country/CN"},
            {"今年是中国—东盟建立对话关系30周年，您认为未来双方关系将如何发展？", "今年", "0", null},
            {"今年是中国—东盟建立对话关系30周年，您认为未来双方关系将如何发展？", "30周年", "14", null}}; // an anniversary: its year
        for (String[] row : expected) {
            List<QuerySolution> found = select("""
                    SELECT ?b ?e WHERE { ?s nif:isString "%s" . ?m nif:referenceContext ?s ; nif:anchorOf "%s" ; nif:beginIndex ?b .
                      OPTIONAL { ?m itsrdf:taIdentRef ?e } }""".formatted(row[0], row[1]));
            assertEquals(1, found.size(), row[1]);
            assertEquals(Integer.parseInt(row[2]), found.get(0).getLiteral("b").getInt(), row[1]);
            if (row[3] != null) {
                assertEquals(row[3], found.get(0).getResource("e").getURI(), row[1]);
            }
        }
    }

    @Test
    void timeExpressionsAreNormalisedAgainstTheDocumentDate() {
        // 去年 said at the 2022-03-07 press conference is 2021.
        assertTrue(ask("""
                ASK { ?t a dkg:TimeMention ; nif:anchorOf "去年" ; nif:referenceContext ?s ;
                         dkg:normalized "2021"^^xsd:gYear ; dkg:start "2021-01-01"^^xsd:date .
                      ?s dkg:inDocument <https://w3id.org/diplokg/id/document/002_14f217126f1f39bb> }"""));
    }

    @Test
    void provenanceRecordsTheBuild() {
        assertTrue(ask("""
                ASK { ?b a prov:Activity ; prov:startedAtTime ?t ; prov:wasAssociatedWith ?a .
                      ?a a prov:SoftwareAgent .
                      ?d a dkg:Document ; prov:wasGeneratedBy ?b ; prov:wasDerivedFrom ?src .
                      ?b prov:used ?src }"""));
    }
}
