package org.w3id.diplokg.extractor.validate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator;
import org.w3id.diplokg.extractor.annotate.DocumentAnnotator.EntityTagger;
import org.w3id.diplokg.extractor.emit.DocumentEmitter;
import org.w3id.diplokg.extractor.emit.GraphBuffer;
import org.w3id.diplokg.extractor.TestTranscripts;
import org.w3id.diplokg.extractor.emit.Iris;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.source.SourceReader;
import org.w3id.diplokg.extractor.structure.DocumentStructurer;
import org.w3id.diplokg.extractor.structure.Manifest;
import org.w3id.diplokg.gazetteer.Gazetteer;
import org.w3id.diplokg.vocab.DKG;

/** The validate stage on one document's graph as the extractor writes it, and on that graph broken. */
class DocumentValidatorTest {
    private static final String TAIWAN = "https://w3id.org/diplokg/id/region/taiwan";

    @TempDir
    Path temp;

    /** The graph the extractor writes for a small transcript naming 台湾 (CoreNLP left out). */
    private Graph extracted() throws Exception {
        return extracted("中俄关系");
    }

    private Graph extracted(String topic) throws Exception {
        Path file = Files.writeString(temp.resolve("t.txt"), TestTranscripts.pressConference(8, topic));
        Gazetteer gazetteer = Gazetteer.load();
        Document document = new DocumentStructurer().structure(new SourceReader().read(file), Manifest.empty());
        GraphBuffer graph = new GraphBuffer(Iris.graph("t.txt"));
        new DocumentEmitter().emit(DocumentAnnotator.standard(EntityTagger.NONE, gazetteer).annotate(document), "urn:test", graph);
        return graph.graph();
    }

    @Test
    void theGraphAsExtractedPasses() throws Exception {
        Graph graph = extracted();
        assertTrue(graph.contains(NodeFactory.createURI(TAIWAN), RDF.type.asNode(), DKG.Region.asNode()), "the transcript names 台湾");
        assertDoesNotThrow(() -> DocumentValidator.standard().check(Path.of("t.txt"), graph));
    }

    @Test
    void aFormerStateWithoutAWikidataItemPasses() throws Exception {
        // 南斯拉夫 has no Wikidata item in the reference data: a document naming it was refused whole before
        Graph graph = extracted("中国同南斯拉夫的关系");
        assertTrue(graph.contains(NodeFactory.createURI("https://w3id.org/diplokg/id/country/YU"), DKG.formerState.asNode(),
                NodeFactory.createLiteralByValue(true)), "南斯拉夫 is marked a former state");
        assertDoesNotThrow(() -> DocumentValidator.standard().check(Path.of("t.txt"), graph));
    }

    @Test
    void aRegionThatIsAlsoACountryIsRefusedNamingTheShapesItBreaks() throws Exception {
        Graph graph = extracted();
        graph.add(Triple.create(NodeFactory.createURI(TAIWAN), RDF.type.asNode(), DKG.Country.asNode()));
        ShapeViolationException refused = assertThrows(ShapeViolationException.class,
                () -> DocumentValidator.standard().check(Path.of("t.txt"), graph));
        List<String> violations = refused.violations();
        assertEquals(3, violations.size(), violations::toString);
        // The node shape itself, and the property shapes of dkgsh:CountryShape, by name, path and focus node.
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("dkgsh:RegionShape, at <" + TAIWAN + ">: Not[")), violations::toString);
        assertTrue(violations.contains("dkgsh:CountryShape, path dkg:iso3166Code, at <" + TAIWAN + ">: "
                + "minCount[1]: Invalid cardinality: expected min 1: Got count = 0"), violations::toString);
        assertTrue(violations.contains("dkgsh:CountryShape, at <" + TAIWAN + ">: a country needs its Wikidata item "
                + "(skos:exactMatch), unless a note says why it has none (skos:editorialNote) or it is a former state (dkg:formerState true)"),
                violations::toString);
        assertTrue(refused.getMessage().startsWith("t.txt: its graph breaks the SHACL shapes (3 violations), so nothing of it was loaded:"),
                refused.getMessage());
    }
}
