package org.w3id.diplokg.store;

import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.diplokg.vocab.DKG;
import org.w3id.diplokg.vocab.ITSRDF;
import org.w3id.diplokg.vocab.NIF;
import org.w3id.diplokg.vocab.PROV;

/** The prefixes declared for the user's queries (the query command) and the explorer's. */
public final class SparqlPrefixes {
    public static final String DECLARATIONS = String.join("\n",
            "PREFIX dkg: <" + DKG.NS + ">",
            "PREFIX id: <" + DKG.ID + ">",
            "PREFIX nif: <" + NIF.NS + ">",
            "PREFIX itsrdf: <" + ITSRDF.NS + ">",
            "PREFIX prov: <" + PROV.NS + ">",
            "PREFIX skos: <" + SKOS.getURI() + ">",
            "PREFIX rdf: <" + RDF.getURI() + ">",
            "PREFIX rdfs: <" + RDFS.getURI() + ">",
            "PREFIX owl: <" + OWL.getURI() + ">",
            "PREFIX xsd: <" + XSD.getURI() + ">",
            "PREFIX text: <http://jena.apache.org/text#>") + "\n";
    public static final int LINES = 11;

    private SparqlPrefixes() {}
}
