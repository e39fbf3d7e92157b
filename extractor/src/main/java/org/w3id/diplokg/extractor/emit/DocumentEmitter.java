package org.w3id.diplokg.extractor.emit;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.diplokg.extractor.model.AnnotatedDocument;
import org.w3id.diplokg.extractor.model.AnnotatedSentence;
import org.w3id.diplokg.extractor.model.AnnotatedTurn;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Omission;
import org.w3id.diplokg.extractor.model.PageJump;
import org.w3id.diplokg.extractor.model.Relation;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.PersonRole;
import org.w3id.diplokg.extractor.model.TimeMention;
import org.w3id.diplokg.extractor.model.TimeValue;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;
import org.w3id.diplokg.vocab.DKG;
import org.w3id.diplokg.vocab.ITSRDF;
import org.w3id.diplokg.vocab.NIF;
import org.w3id.diplokg.vocab.PROV;

/**
 * Emit stage: writes one annotated document as the quads of its own named graph, shaped as the
 * ontology and SHACL shapes say. Offsets become code points, as NIF and SPARQL count them. It
 * only writes: every entity it names (speakers, outlets, mentions) was resolved before. The
 * source's faults are written where they apply: the manifest's note, whether the text breaks off
 * and its page jumps on the document; a caption cut out of a sentence and another rendition's
 * wording on the span; and an answer that a page jump separates from the question before it only
 * {@code dkg:mayAnswer} that question.
 */
public final class DocumentEmitter {
    /** The bundled gazetteer, asked which countries are former states (its own lists say so). */
    private static final Gazetteer FORMER_STATES = Gazetteer.load();
    /** Why a current state has no skos:exactMatch: the reference data has no item for it, and none is written from memory. */
    static final String NO_ITEM_NOTE = "no Wikidata item: the project's reference data has none for this state";

    /** Pushes the document's graph to the sink; returns how many quads it wrote. */
    public int emit(AnnotatedDocument annotated, String buildIri, StreamRDF sink) {
        return emit(annotated.document(), annotated.turns(), buildIri, sink);
    }

    /**
     * Pushes the document's graph to the sink turn by turn, so a long transcript is never held as
     * RDF all at once ({@code turns} may be computed lazily); returns how many quads it wrote.
     */
    public int emit(Document document, Iterable<AnnotatedTurn> turns, String buildIri, StreamRDF sink) {
        String sourceFile = document.source().fileName();
        String graphIri = Iris.graph(sourceFile);
        String documentIri = Iris.document(sourceFile);
        String sourceIri = Iris.source(sourceFile);
        String date = document.date().toString();
        Set<String> described = new HashSet<>();
        int written = 0;

        QuadCollector out = new QuadCollector(graphIri);
        out.add(documentIri, RDF.type, DKG.Document);
        out.addLang(documentIri, RDFS.label, document.event() != null ? document.event() : sourceFile, "zh");
        out.addString(documentIri, DKG.sourceFile, sourceFile);
        out.addTyped(documentIri, DKG.date, date, XSDDatatype.XSDdate);
        if (document.event() != null) {
            out.addLang(documentIri, DKG.event, document.event(), "zh");
        }
        out.addString(documentIri, DKG.dateSource, document.dateSource());
        out.addString(documentIri, DKG.encoding, document.source().charset().name());
        out.addString(documentIri, DKG.sha256, document.source().sha256());
        out.addIri(documentIri, PROV.wasDerivedFrom, sourceIri);
        out.addIri(documentIri, PROV.wasGeneratedBy, buildIri);
        out.addTyped(documentIri, DKG.truncated, Boolean.toString(document.breaksOff()), XSDDatatype.XSDboolean);
        if (document.note() != null) {
            out.addString(documentIri, DKG.note, document.note());
        }
        for (PageJump jump : document.pageJumps()) {
            String jumpIri = Iris.pageJump(sourceFile, jump.sourceBegin());
            region(out, documentIri, DKG.pageJump, jumpIri, DKG.PageJump, jump.sourceBegin(), jump.sourceEnd(), jump.sourceText());
            if (jump.toPage() != null) {
                out.addTyped(jumpIri, DKG.toPage, jump.toPage().toString(), XSDDatatype.XSDpositiveInteger);
            }
            if (jump.fromPage() != null) {
                out.addTyped(jumpIri, DKG.fromPage, jump.fromPage().toString(), XSDDatatype.XSDpositiveInteger);
            }
        }
        for (String rendition : document.renditions()) {
            out.addIri(documentIri, DKG.renditionOf, Iris.document(rendition));
        }
        out.add(sourceIri, RDF.type, PROV.Entity);
        out.addString(sourceIri, DKG.sourceFile, sourceFile);
        out.addString(sourceIri, DKG.sha256, document.source().sha256());
        written += out.flushTo(sink);

        String currentQuestion = null;
        for (AnnotatedTurn turn : turns) {
            TurnKind kind = turn.turn().kind();
            if (kind == TurnKind.QUESTION) {
                currentQuestion = Iris.question(document.date(), questionText(turn));
                out.add(currentQuestion, RDF.type, DKG.Question);
                out.addLang(currentQuestion, RDFS.label, questionText(turn), "zh");
                out.addIri(currentQuestion, DKG.inDocument, documentIri);
                out.addTyped(currentQuestion, DKG.date, date, XSDDatatype.XSDdate);
                if (turn.outlet() != null) {
                    out.addIri(currentQuestion, DKG.askedBy, turn.outlet().iri());
                    describe(out, described, turn.outlet(), turn.turn().outlet()); // the outlet as written is an alias seen
                    if (turn.outletCountry() != null) {
                        out.addIri(turn.outlet().iri(), DKG.basedIn, turn.outletCountry().country().iri());
                        describe(out, described, turn.outletCountry().country(), turn.outletCountry().surface());
                    }
                }
            }
            Entity speaker = turn.speaker();
            if (speaker != null) {
                describe(out, described, speaker, null);
            }
            for (Entity issuer : turn.issuers()) {
                out.addIri(documentIri, DKG.issuedBy, issuer.iri());
                describe(out, described, issuer, null);
            }
            for (AnnotatedSentence sentence : turn.sentences()) {
                String statementKey = Iris.statementKey(document.date(), sentence.sentence().text());
                String statementIri = Iris.statement(statementKey);
                emitStatement(out, sentence.sentence(), statementKey, statementIri, documentIri, sourceIri, sourceFile, date);
                if (speaker != null) {
                    out.addIri(statementIri, DKG.speaker, speaker.iri());
                }
                if (kind == TurnKind.QUESTION) {
                    out.addIri(statementIri, DKG.partOf, currentQuestion);
                } else if (kind == TurnKind.ANSWER && currentQuestion != null) {
                    out.addIri(statementIri, sentence.questionUncertain() ? DKG.mayAnswer : DKG.answers, currentQuestion);
                }
                for (Mention mention : sentence.mentions()) {
                    boolean oneOfSeveral = sentence.mentions().stream().anyMatch(other -> other.begin() == mention.begin()
                            && other.end() == mention.end() && !other.entity().equals(mention.entity()));
                    emitMention(out, sentence.sentence().text(), statementKey, statementIri, mention, oneOfSeveral);
                    describe(out, described, mention.entity(), mention.surface());
                }
                for (PersonRole role : sentence.roles()) {
                    emitRole(out, sentence.sentence().text(), statementKey, role);
                }
                for (TimeMention time : sentence.times()) {
                    emitTime(out, sentence.sentence().text(), statementKey, statementIri, time);
                }
                for (Relation relation : sentence.relations()) {
                    emitRelation(out, sentence.sentence().text(), statementKey, statementIri, date, relation);
                    relation.parties().forEach(party -> describe(out, described, party, null));
                    if (relation.object() != null) { // a city's state visited (赴华盛顿) may be named nowhere else
                        describe(out, described, relation.object(), null);
                    }
                }
            }
            written += out.flushTo(sink);
        }
        return written;
    }

    private static String questionText(AnnotatedTurn turn) {
        StringBuilder text = new StringBuilder();
        turn.sentences().forEach(s -> text.append(s.sentence().text()));
        return text.toString();
    }

    private static void emitStatement(QuadCollector out, Sentence sentence, String statementKey, String statementIri,
                                      String documentIri, String sourceIri, String sourceFile, String date) {
        out.add(statementIri, RDF.type, DKG.Statement);
        out.add(statementIri, RDF.type, NIF.Context);
        out.addString(statementIri, NIF.isString, sentence.text());
        out.addTyped(statementIri, DKG.date, date, XSDDatatype.XSDdate);
        out.addIri(statementIri, DKG.inDocument, documentIri);
        out.addIri(statementIri, PROV.wasDerivedFrom, sourceIri);
        String spanIri = Iris.span(statementKey, sourceFile, sentence.sourceBegin());
        out.addIri(statementIri, DKG.span, spanIri);
        out.add(spanIri, RDF.type, DKG.SourceSpan);
        out.addIri(spanIri, DKG.document, documentIri);
        out.addTyped(spanIri, DKG.beginOffset, Integer.toString(sentence.sourceBegin()), XSDDatatype.XSDnonNegativeInteger);
        out.addTyped(spanIri, DKG.endOffset, Integer.toString(sentence.sourceEnd()), XSDDatatype.XSDnonNegativeInteger);
        if (sentence.reworded()) {
            out.addString(spanIri, DKG.variantText, sentence.wording());
        }
        for (Omission omission : sentence.omissions()) {
            String omissionIri = Iris.omission(sourceFile, omission.sourceBegin());
            region(out, spanIri, DKG.omits, omissionIri, DKG.OmittedText, omission.sourceBegin(), omission.sourceEnd(),
                    omission.sourceText());
            out.addLang(omissionIri, RDFS.comment, omission.what(), "en");
        }
    }

    /** A stretch of the source file, of class {@code type}, linked from {@code owner}: its offsets and text. */
    private static void region(QuadCollector out, String owner, Property link, String iri, Resource type, int begin, int end,
                               String text) {
        out.addIri(owner, link, iri);
        out.add(iri, RDF.type, type);
        out.addTyped(iri, DKG.beginOffset, Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger);
        out.addTyped(iri, DKG.endOffset, Integer.toString(end), XSDDatatype.XSDnonNegativeInteger);
        out.addString(iri, DKG.sourceText, text);
    }

    /** @param oneOfSeveral whether the same words name other entities too (两伊), so that the span alone is no name for it */
    private static void emitMention(QuadCollector out, String text, String statementKey, String statementIri, Mention mention,
                                    boolean oneOfSeveral) {
        int begin = text.codePointCount(0, mention.begin());
        int end = text.codePointCount(0, mention.end());
        String mentionIri = oneOfSeveral ? Iris.mentionOfOneOf(statementKey, begin, end, mention.entity().key())
                : Iris.mention(statementKey, begin, end);
        out.add(mentionIri, RDF.type, DKG.Mention);
        out.add(mentionIri, RDF.type, NIF.Phrase);
        anchor(out, mentionIri, statementIri, mention.surface(), begin, end);
        out.addIri(mentionIri, ITSRDF.taIdentRef, mention.entity().iri());
        out.addTyped(mentionIri, ITSRDF.taConfidence, Double.toString(mention.confidence()), XSDDatatype.XSDdouble);
        out.addIri(mentionIri, ITSRDF.taAnnotatorsRef, Iris.annotator(mention.annotator()));
    }

    /** The role stated next to a person's name belongs to that mention: it is what the sentence said then. */
    private static void emitRole(QuadCollector out, String text, String statementKey, PersonRole role) {
        Mention person = role.person();
        String mentionIri = Iris.mention(statementKey, text.codePointCount(0, person.begin()), text.codePointCount(0, person.end()));
        out.addLang(mentionIri, DKG.role, role.title(), "zh");
    }

    private static void emitRelation(QuadCollector out, String text, String statementKey, String statementIri,
                                     String date, Relation relation) {
        // The action is part of the key: 会见并会谈 at one place is two relations, not one with two actions.
        String relationIri = Iris.relation(statementKey, relation.kind().name(), text.codePointCount(0, relation.begin()),
                relation.parties().stream().map(Entity::iri).toList(),
                (relation.object() == null ? relation.objectText() : relation.object().iri())
                        + (relation.action() == null ? "" : "\u0000" + relation.action().name()));
        out.add(relationIri, RDF.type, DKG.Relation);
        out.add(relationIri, DKG.relationType, relation.kind().type());
        relation.parties().forEach(party -> out.addIri(relationIri, DKG.party, party.iri()));
        if (relation.object() != null) {
            out.addIri(relationIri, DKG.object, relation.object().iri());
        }
        if (relation.objectText() != null) {
            out.addString(relationIri, DKG.objectText, relation.objectText());
        }
        if (relation.action() != null) {
            out.add(relationIri, DKG.action, relation.action().individual());
        }
        out.add(relationIri, DKG.modality, relation.modality().individual());
        if (relation.time() != null) {
            out.addIri(relationIri, DKG.atTime, Iris.timeMention(statementKey, text.codePointCount(0, relation.time().begin()),
                    text.codePointCount(0, relation.time().end())));
        }
        if (relation.sinceYear() != null) {
            out.addTyped(relationIri, DKG.sinceYear, Integer.toString(relation.sinceYear()), XSDDatatype.XSDgYear);
        }
        out.addIri(relationIri, DKG.evidence, statementIri);
        out.addTyped(relationIri, DKG.date, date, XSDDatatype.XSDdate);
    }

    private static void emitTime(QuadCollector out, String text, String statementKey, String statementIri, TimeMention time) {
        int begin = text.codePointCount(0, time.begin());
        int end = text.codePointCount(0, time.end());
        String timeIri = Iris.timeMention(statementKey, begin, end);
        out.add(timeIri, RDF.type, DKG.TimeMention);
        out.add(timeIri, RDF.type, NIF.Phrase);
        anchor(out, timeIri, statementIri, time.surface(), begin, end);
        TimeValue value = time.value();
        if (value != null) {
            if (value.lexical() != null) {
                out.addTyped(timeIri, DKG.normalized, value.lexical(), xsdType(value.datatype()));
            }
            if (value.start() != null) {
                out.addTyped(timeIri, DKG.start, value.start().toString(), XSDDatatype.XSDdate);
            }
            if (value.end() != null) {
                out.addTyped(timeIri, DKG.end, value.end().toString(), XSDDatatype.XSDdate);
            }
        }
    }

    private static XSDDatatype xsdType(String datatype) {
        return switch (datatype) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            case "gYear" -> XSDDatatype.XSDgYear;
            default -> throw new IllegalArgumentException("not a time datatype: " + datatype);
        };
    }

    private static void anchor(QuadCollector out, String phraseIri, String statementIri, String surface, int begin, int end) {
        out.addIri(phraseIri, NIF.referenceContext, statementIri);
        out.addString(phraseIri, NIF.anchorOf, surface);
        out.addTyped(phraseIri, NIF.beginIndex, Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger);
        out.addTyped(phraseIri, NIF.endIndex, Integer.toString(end), XSDDatatype.XSDnonNegativeInteger);
    }

    /**
     * Types, labels and links of an entity, once per document: its reference list's aliases, and {@code surfaceSeen}
     * as an alias when it differs from the canonical label.
     */
    private static void describe(QuadCollector out, Set<String> described, Entity entity, String surfaceSeen) {
        String iri = entity.iri();
        if (surfaceSeen != null && !surfaceSeen.equals(entity.zhLabel()) && described.add(iri + "\u0000" + surfaceSeen)) {
            out.addLang(iri, SKOS.altLabel, surfaceSeen, "zh");
        }
        if (!described.add(iri)) {
            return;
        }
        out.add(iri, RDF.type, entity.type().ontologyClass());
        out.add(iri, RDF.type, DKG.Entity);
        out.addLang(iri, SKOS.prefLabel, entity.zhLabel(), "zh");
        out.addLang(iri, RDFS.label, entity.zhLabel(), "zh");
        for (String alias : entity.aliases()) { // every other name the reference list knows it by (上海世博会, 中国2010年上海世界博览会)
            if (!alias.equals(entity.zhLabel()) && !alias.equals(surfaceSeen) && described.add(iri + "\u0000" + alias)) {
                out.addLang(iri, SKOS.altLabel, alias, "zh");
            }
        }
        if (entity.enLabel() != null && !entity.enLabel().isBlank()) {
            out.addLang(iri, SKOS.prefLabel, entity.enLabel(), "en");
            out.addLang(iri, RDFS.label, entity.enLabel(), "en");
        }
        if (entity.wikidata() != null && !entity.wikidata().isBlank()) {
            out.addIri(iri, entity.wikidataExact() ? SKOS.exactMatch : SKOS.closeMatch,
                    "http://www.wikidata.org/entity/" + entity.wikidata());
        }
        if (entity.iso2() != null) {
            out.addString(iri, DKG.iso3166Code, entity.iso2());
        }
        if (entity.type() == EntityType.COUNTRY && FORMER_STATES.isFormerState(entity)) {
            out.addTyped(iri, DKG.formerState, "true", XSDDatatype.XSDboolean); // 南斯拉夫: no Wikidata item is required of it
        } else if (entity.type() == EntityType.COUNTRY && entity.wikidata() == null) {
            out.addLang(iri, SKOS.editorialNote, NO_ITEM_NOTE, "en"); // 丹麦: says why the item is missing, as the shapes ask
        }
    }
}
