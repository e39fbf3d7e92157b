package org.w3id.diplokg.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.diplokg.vocab.Namespaces;

/** The shapes accept a graph shaped as the extractor writes it, and reject each kind of breakage. */
class ShapesTest {
    /** The project's prefixes, and the IRIs of the graph's resources as the base of the updates' relative ones. */
    private static final String PREFIXES = "BASE <https://w3id.org/diplokg/id/>\n" + Namespaces.prologue();

    static Model sample() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ShapesTest.class.getResourceAsStream("valid-sample.ttl")) {
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return model;
    }

    @Test
    void theSampleGraphConforms() {
        ValidationReport report = Ontology.validate(sample().getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    static Stream<Arguments> breakages() {
        return Stream.of(
                Arguments.of("document without source file", "DELETE WHERE { <document/sample> dkg:sourceFile ?f }", "document/sample"),
                Arguments.of("document date not a date", "DELETE WHERE { <document/sample> dkg:date ?d } ; INSERT DATA { <document/sample> dkg:date \"7 March\" }", "document/sample"),
                Arguments.of("document with two dates", "INSERT DATA { <document/sample> dkg:date \"2022-03-08\"^^xsd:date }", "document/sample"),
                Arguments.of("document without provenance", "DELETE WHERE { <document/sample> prov:wasDerivedFrom ?s }", "document/sample"),
                Arguments.of("statement that is no nif:Context", "DELETE DATA { <statement/s2> a nif:Context }", "statement/s2"),
                Arguments.of("statement without text", "DELETE WHERE { <statement/s2> nif:isString ?t }", "statement/s2"),
                Arguments.of("statement with two dates", "INSERT DATA { <statement/s2> dkg:date \"2021-03-07\"^^xsd:date }", "statement/s2"),
                Arguments.of("statement without document", "DELETE WHERE { <statement/s2> dkg:inDocument ?d }", "statement/s2"),
                Arguments.of("statement without span", "DELETE WHERE { <statement/s2> dkg:span ?s }", "statement/s2"),
                Arguments.of("statement with two speakers", "INSERT DATA { <statement/s2> dkg:speaker <person/x> . <person/x> a dkg:Person , dkg:Entity ; skos:prefLabel \"某人\"@zh ; rdfs:label \"某人\"@zh }", "statement/s2"),
                Arguments.of("document issued by a country", "INSERT DATA { <document/sample> dkg:issuedBy <country/RU> }", "document/sample"),
                Arguments.of("speaker that is no person", "DELETE DATA { <person/王毅> a dkg:Person }", "statement/s2"),
                Arguments.of("answer that is also part of a question", "INSERT DATA { <statement/s2> dkg:partOf <question/q1> }", "statement/s2"),
                Arguments.of("may-answer that is also part of a question", "INSERT DATA { <statement/s3> dkg:partOf <question/q1> }", "statement/s3"),
                Arguments.of("document without truncated", "DELETE WHERE { <document/sample> dkg:truncated ?t }", "document/sample"),
                Arguments.of("truncated as a string", "DELETE WHERE { <document/sample> dkg:truncated ?t } ; INSERT DATA { <document/sample> dkg:truncated \"yes\" }", "document/sample"),
                Arguments.of("document with two notes", "INSERT DATA { <document/sample> dkg:note \"another note\" }", "document/sample"),
                Arguments.of("page jump without offsets", "DELETE WHERE { <jump/sample-60> dkg:beginOffset ?b }", "jump/sample-60"),
                Arguments.of("page jump without its text", "DELETE WHERE { <jump/sample-60> dkg:sourceText ?t }", "jump/sample-60"),
                Arguments.of("page jump to page zero", "DELETE WHERE { <jump/sample-60> dkg:toPage ?p } ; INSERT DATA { <jump/sample-60> dkg:toPage \"0\"^^xsd:positiveInteger }", "jump/sample-60"),
                Arguments.of("page jump of no document", "DELETE DATA { <document/sample> dkg:pageJump <jump/sample-60> }", "jump/sample-60"),
                Arguments.of("omitted text outside its span", "DELETE WHERE { <omitted/sample-27> dkg:endOffset ?e } ; INSERT DATA { <omitted/sample-27> dkg:endOffset \"45\"^^xsd:nonNegativeInteger }", "span/s2"),
                Arguments.of("omitted text without its text", "DELETE WHERE { <omitted/sample-27> dkg:sourceText ?t }", "omitted/sample-27"),
                Arguments.of("span with two variant texts", "INSERT DATA { <span/s3> dkg:variantText \"世界越是动荡，中俄合作越要坚定前行。\" }", "span/s3"),
                Arguments.of("span without document", "DELETE WHERE { <span/s2> dkg:document ?d }", "span/s2"),
                Arguments.of("span ending before it begins", "DELETE WHERE { <span/s2> dkg:endOffset ?e } ; INSERT DATA { <span/s2> dkg:endOffset \"5\"^^xsd:nonNegativeInteger }", "span/s2"),
                Arguments.of("span offset as a plain integer", "DELETE WHERE { <span/s2> dkg:beginOffset ?b } ; INSERT DATA { <span/s2> dkg:beginOffset 23 }", "span/s2"),
                Arguments.of("question asked by a country", "DELETE WHERE { <question/q1> dkg:askedBy ?o } ; INSERT DATA { <question/q1> dkg:askedBy <country/RU> }", "question/q1"),
                Arguments.of("question with no sentence", "DELETE WHERE { <statement/s1> dkg:partOf ?q }", "question/q1"),
                Arguments.of("question without document", "DELETE WHERE { <question/q1> dkg:inDocument ?d }", "question/q1"),
                Arguments.of("mention that is no nif:Phrase", "DELETE DATA { <mention/m3> a nif:Phrase }", "mention/m3"),
                Arguments.of("mention without context", "DELETE WHERE { <mention/m3> nif:referenceContext ?c }", "mention/m3"),
                Arguments.of("mention anchor not at its offsets", "DELETE WHERE { <mention/m3> nif:anchorOf ?a } ; INSERT DATA { <mention/m3> nif:anchorOf \"台\" }", "mention/m3"),
                Arguments.of("mention begin after end", "DELETE WHERE { <mention/m3> nif:beginIndex ?b } ; INSERT DATA { <mention/m3> nif:beginIndex \"9\"^^xsd:nonNegativeInteger }", "mention/m3"),
                Arguments.of("mention without entity", "DELETE WHERE { <mention/m3> itsrdf:taIdentRef ?e }", "mention/m3"),
                Arguments.of("mention of a non-entity", "DELETE WHERE { <mention/m3> itsrdf:taIdentRef ?e } ; INSERT DATA { <mention/m3> itsrdf:taIdentRef <document/sample> }", "mention/m3"),
                Arguments.of("confidence above one", "DELETE WHERE { <mention/m3> itsrdf:taConfidence ?c } ; INSERT DATA { <mention/m3> itsrdf:taConfidence \"1.5\"^^xsd:double }", "mention/m3"),
                Arguments.of("mention without annotator", "DELETE WHERE { <mention/m3> itsrdf:taAnnotatorsRef ?a }", "mention/m3"),
                Arguments.of("time value of another type", "DELETE WHERE { <time/t1> dkg:normalized ?v } ; INSERT DATA { <time/t1> dkg:normalized \"last year\" }", "time/t1"),
                Arguments.of("time period ending before it starts", "DELETE WHERE { <time/t1> dkg:end ?e } ; INSERT DATA { <time/t1> dkg:end \"2020-12-31\"^^xsd:date }", "time/t1"),
                Arguments.of("time anchor not at its offsets", "DELETE WHERE { <time/t1> nif:anchorOf ?a } ; INSERT DATA { <time/t1> nif:anchorOf \"今年\" }", "time/t1"),
                Arguments.of("entity without Chinese label", "DELETE DATA { <country/RU> skos:prefLabel \"俄罗斯\"@zh }", "country/RU"),
                Arguments.of("entity with two Chinese labels", "INSERT DATA { <country/RU> skos:prefLabel \"俄国\"@zh }", "country/RU"),
                Arguments.of("entity without rdfs:label", "DELETE WHERE { <country/RU> rdfs:label ?l }", "country/RU"),
                Arguments.of("Wikidata link that is not an item", "DELETE WHERE { <country/RU> skos:exactMatch ?w } ; INSERT DATA { <country/RU> skos:exactMatch <https://en.wikipedia.org/wiki/Russia> }", "country/RU"),
                Arguments.of("country without ISO code", "DELETE WHERE { <country/RU> dkg:iso3166Code ?c }", "country/RU"),
                Arguments.of("country with a bad ISO code", "DELETE WHERE { <country/RU> dkg:iso3166Code ?c } ; INSERT DATA { <country/RU> dkg:iso3166Code \"RUS\" }", "country/RU"),
                Arguments.of("country without Wikidata item", "DELETE WHERE { <country/RU> skos:exactMatch ?w }", "country/RU"),
                Arguments.of("current state without Wikidata item marked not former", "DELETE WHERE { <country/RU> skos:exactMatch ?w } ; INSERT DATA { <country/RU> dkg:formerState false }", "country/RU"),
                Arguments.of("region typed as a country", "INSERT DATA { <region/taiwan> a dkg:Country ; dkg:iso3166Code \"TW\" ; skos:exactMatch <http://www.wikidata.org/entity/Q865> }", "region/taiwan"),
                Arguments.of("region with an exact Wikidata match", "INSERT DATA { <region/taiwan> skos:exactMatch <http://www.wikidata.org/entity/Q865> }", "region/taiwan"),
                Arguments.of("relation without type", "DELETE WHERE { <relation/r1> dkg:relationType ?t }", "relation/r1"),
                Arguments.of("relation of an unknown type", "DELETE WHERE { <relation/r1> dkg:relationType ?t } ; INSERT DATA { <relation/r1> dkg:relationType dkg:Friendship }", "relation/r1"),
                Arguments.of("relation without party", "DELETE WHERE { <relation/r1> dkg:party ?p }", "relation/r1"),
                Arguments.of("relation party that is no entity", "INSERT DATA { <relation/r1> dkg:party <statement/s1> }", "relation/r1"),
                Arguments.of("relation without evidence", "DELETE WHERE { <relation/r1> dkg:evidence ?s }", "relation/r1"),
                Arguments.of("relation evidence that is no statement", "DELETE WHERE { <relation/r1> dkg:evidence ?s } ; INSERT DATA { <relation/r1> dkg:evidence <question/q1> }", "relation/r1"),
                Arguments.of("relation since year as a plain integer", "INSERT DATA { <relation/r1> dkg:sinceYear 1996 }", "relation/r1"),
                Arguments.of("relation without modality", "DELETE WHERE { <relation/r1> dkg:modality ?m }", "relation/r1"),
                Arguments.of("relation modality as free text", "DELETE WHERE { <relation/r1> dkg:modality ?m } ; INSERT DATA { <relation/r1> dkg:modality \"planned\" }", "relation/r1"),
                Arguments.of("relation action that is no action", "INSERT DATA { <relation/r1> dkg:action \"signed\" }", "relation/r1"),
                Arguments.of("relation time that is no time mention", "DELETE WHERE { <relation/r1> dkg:atTime ?t } ; INSERT DATA { <relation/r1> dkg:atTime <statement/s2> }", "relation/r1"));
    }

    /** A country with no Wikidata item conforms when it is a former state, or when a note says why it has none (丹麦). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dkg:formerState true",
            "skos:editorialNote \"no Wikidata item in the reference data\"@en"})
    void aCountryWithoutAWikidataItemConformsWhenItSaysWhy(String why) {
        Model model = sample();
        UpdateAction.parseExecute(PREFIXES + "DELETE WHERE { <country/RU> skos:exactMatch ?w } ; "
                + "INSERT DATA { <country/RU> " + why + " }", model);
        ValidationReport report = Ontology.validate(model.getGraph());
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("breakages")
    void aBrokenGraphIsRejectedAtTheBrokenNode(String what, String update, String focusNode) {
        Model model = sample();
        UpdateAction.parseExecute(PREFIXES + update, model);
        ValidationReport report = Ontology.validate(model.getGraph());
        assertFalse(report.conforms(), what);
        String expected = "https://w3id.org/diplokg/id/" + focusNode;
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().isURI() && e.focusNode().getURI().equals(expected)),
                () -> what + ": expected a violation at " + expected + " but got " + report.getEntries());
    }
}
