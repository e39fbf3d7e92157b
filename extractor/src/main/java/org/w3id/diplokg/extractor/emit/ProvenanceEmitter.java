package org.w3id.diplokg.extractor.emit;

import java.time.Instant;
import java.util.Collection;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.vocab.DKG;
import org.w3id.diplokg.vocab.PROV;

/**
 * Emit stage, provenance part: the build activity, the software agent and the annotators, in
 * their own graph. The activity's times are the only triples that differ between two builds of
 * the same inputs.
 */
public final class ProvenanceEmitter {
    private final String version;

    public ProvenanceEmitter(String version) {
        this.version = version;
    }

    /** The build's IRI: a digest of the version and the inputs' SHA-256 sums, in order. */
    public String buildIri(Collection<String> inputSha256s) {
        return Iris.build(Iris.hash(version + "\u0000" + String.join(",", inputSha256s)));
    }

    public void emit(String buildIri, Collection<String> sourceFiles, Instant started, Instant ended, StreamRDF sink) {
        QuadCollector out = new QuadCollector(Iris.provenanceGraph());
        String agentIri = Iris.agent(version);
        out.add(buildIri, RDF.type, PROV.Activity);
        out.addTyped(buildIri, PROV.startedAtTime, started.toString(), XSDDatatype.XSDdateTime);
        out.addTyped(buildIri, PROV.endedAtTime, ended.toString(), XSDDatatype.XSDdateTime);
        out.addIri(buildIri, PROV.wasAssociatedWith, agentIri);
        sourceFiles.forEach(file -> out.addIri(buildIri, PROV.used, Iris.source(file)));
        out.add(agentIri, RDF.type, PROV.SoftwareAgent);
        out.addLang(agentIri, RDFS.label, "diplokg " + version, "en");
        out.addString(agentIri, OWL.versionInfo, version);
        describeAnnotators(out);
        out.flushTo(sink);
    }

    /**
     * The annotators (gazetteer, NER, rule) as the provenance graph describes them: what every
     * mention's {@code itsrdf:taAnnotatorsRef} names, so a document graph is checked against them.
     */
    public static void emitAnnotators(StreamRDF sink) {
        QuadCollector out = new QuadCollector(Iris.provenanceGraph());
        describeAnnotators(out);
        out.flushTo(sink);
    }

    private static void describeAnnotators(QuadCollector out) {
        for (Annotator annotator : Annotator.values()) {
            String iri = Iris.annotator(annotator);
            out.add(iri, RDF.type, DKG.Annotator);
            out.add(iri, RDF.type, PROV.SoftwareAgent);
            out.addLang(iri, RDFS.label, annotator.slug(), "en");
        }
    }

    /** This build's version, from the extractor jar's filtered properties. */
    public static String currentVersion() {
        try (var in = ProvenanceEmitter.class.getResourceAsStream("/org/w3id/diplokg/extractor/version.properties")) {
            var properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }
}
