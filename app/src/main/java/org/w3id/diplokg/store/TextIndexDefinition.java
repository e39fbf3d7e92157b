package org.w3id.diplokg.store;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.w3id.diplokg.vocab.NIF;

/**
 * The one definition of the full-text index, shared by the builder, the embedded server and
 * (written out by hand, checked by a test) {@code fuseki-config/config.ttl}: statement text in
 * field {@value #TEXT_FIELD}, entity labels in field {@value #LABEL_FIELD}, both analysed with
 * Lucene's CJKAnalyzer (overlapping character bigrams, so every Chinese phrase is found).
 */
public final class TextIndexDefinition {
    public static final String ENTITY_FIELD = "uri";
    public static final String TEXT_FIELD = "text";
    public static final String LABEL_FIELD = "label";
    public static final String LANG_FIELD = "lang";

    private TextIndexDefinition() {}

    public static EntityDefinition entityDefinition() {
        EntityDefinition definition = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, NIF.isString.asNode());
        definition.set(LABEL_FIELD, SKOS.prefLabel.asNode());
        definition.set(LABEL_FIELD, SKOS.altLabel.asNode());
        definition.set(LABEL_FIELD, RDFS.label.asNode());
        definition.setLangField(LANG_FIELD);
        return definition;
    }

    public static TextIndexConfig config() {
        TextIndexConfig config = new TextIndexConfig(entityDefinition());
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
