package org.w3id.diplokg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The diplokg ontology ({@code dkg:}), one constant per term. The terms are defined in
 * {@code ontology/src/main/resources/org/w3id/diplokg/ontology/diplokg.ttl}; a test checks that
 * every constant here is declared there. Instance IRIs live under {@link #ID}.
 */
public final class DKG {
    private DKG() {}

    /** The ontology namespace. */
    public static final String NS = "https://w3id.org/diplokg/ontology#";
    /** The usual prefix. */
    public static final String PREFIX = "dkg";
    /** Base of every resource the extractor mints (documents, statements, entities...). */
    public static final String ID = "https://w3id.org/diplokg/id/";
    /** The ontology itself. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource("https://w3id.org/diplokg/ontology");

    /**
     * The IRI of a resource the extractor mints: {@link #ID} followed by the segments joined with
     * "/", each percent-encoded where an IRI path segment may not hold the character (Chinese
     * characters stay readable, as IRIs allow).
     */
    public static String id(String... segments) {
        StringBuilder iri = new StringBuilder(ID);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                iri.append('/');
            }
            appendEncoded(iri, segments[i]);
        }
        return iri.toString();
    }

    private static void appendEncoded(StringBuilder iri, String segment) {
        segment.codePoints().forEach(c -> {
            boolean unreservedAscii = c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@".indexOf(c) >= 0);
            boolean readableUnicode = c >= 0xA0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                    && Character.getType(c) != Character.PRIVATE_USE && Character.getType(c) != Character.FORMAT;
            if (unreservedAscii || readableUnicode) {
                iri.appendCodePoint(c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    iri.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
    }

    private static Resource cls(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property prop(String local) { return ResourceFactory.createProperty(NS + local); }

    // ---- Entities -------------------------------------------------------------------------
    /** Anything the transcripts name that the graph resolves: the superclass of the entity types. */
    public static final Resource Entity = cls("Entity");
    /** A sovereign state. */
    public static final Resource Country = cls("Country");
    /** An international or national organization. */
    public static final Resource Organization = cls("Organization");
    /** A newspaper, agency or broadcaster whose reporter asks a question. */
    public static final Resource NewsOrganization = cls("NewsOrganization");
    /** A treaty, charter, declaration or other named agreement. */
    public static final Resource Agreement = cls("Agreement");
    /** A named policy initiative (一带一路, 全球发展倡议...). */
    public static final Resource Initiative = cls("Initiative");
    /** A region that is not a country (Taiwan, Hong Kong, Xinjiang, Tibet, ...). */
    public static final Resource Region = cls("Region");
    /** A person: a speaker or someone named. */
    public static final Resource Person = cls("Person");
    /** A named event: a summit, games, expo, crisis. */
    public static final Resource Event = cls("Event");

    // ---- Text structure -------------------------------------------------------------------
    /** One source file: a transcript or interview. */
    public static final Resource Document = cls("Document");
    /** One sentence said by a speaker; also a nif:Context. */
    public static final Resource Statement = cls("Statement");
    /** One question turn. */
    public static final Resource Question = cls("Question");
    /** A stretch of a source file given by code-point offsets: a span, a caption cut out, a page jump. */
    public static final Resource SourceRegion = cls("SourceRegion");
    /** Where a statement occurs in a source file. */
    public static final Resource SourceSpan = cls("SourceSpan");
    /** Text inside a statement's span that is not part of it: a caption or byline set in the sentence. */
    public static final Resource OmittedText = cls("OmittedText");
    /** A place where a newspaper's text does not run on: a jump line, or text broken off at page furniture. */
    public static final Resource PageJump = cls("PageJump");
    /** A phrase of a statement that names an entity. */
    public static final Resource Mention = cls("Mention");
    /** A phrase of a statement that expresses a time. */
    public static final Resource TimeMention = cls("TimeMention");
    /** Something that found mentions: the gazetteer, CoreNLP's NER, or a pattern rule. */
    public static final Resource Annotator = cls("Annotator");

    // ---- Document properties --------------------------------------------------------------
    /** The file name of a document's source, e.g. "002_14f217126f1f39bb.txt". */
    public static final Property sourceFile = prop("sourceFile");
    /** The event date of a document or statement (xsd:date). */
    public static final Property date = prop("date");
    /** The event a document records, in words (e.g. 十三届全国人大四次会议记者会). */
    public static final Property event = prop("event");
    /** Where the document's date came from: manifest, dateline, session number, header. */
    public static final Property dateSource = prop("dateSource");
    /** The character encoding the source file was read in. */
    public static final Property encoding = prop("encoding");
    /** SHA-256 of the source file's bytes. */
    public static final Property sha256 = prop("sha256");
    /** What the manifest's note column says about the file. */
    public static final Property note = prop("note");
    /** True when the text breaks off at a jump line to a page the file does not hold. */
    public static final Property truncated = prop("truncated");
    /** A page jump in the document's text. */
    public static final Property pageJump = prop("pageJump");
    /** The page a jump line sends the text to (下转第四版: 4). */
    public static final Property toPage = prop("toPage");
    /** The page a jump line says the text comes from (上接第一版: 1). */
    public static final Property fromPage = prop("fromPage");
    /** Another document of the same event, whose matching sentences are the same statements. */
    public static final Property renditionOf = prop("renditionOf");
    /** Who issues a joint document (a joint statement's leaders), which no one person speaks. */
    public static final Property issuedBy = prop("issuedBy");

    // ---- Statement and question properties -----------------------------------------------
    /** A statement's source span. */
    public static final Property span = prop("span");
    /** The document a span points into. */
    public static final Property document = prop("document");
    /** Code-point offset where a span begins in its decoded source file. */
    public static final Property beginOffset = prop("beginOffset");
    /** Code-point offset where a span ends (exclusive) in its decoded source file. */
    public static final Property endOffset = prop("endOffset");
    /** A region's text exactly as the file has it between its offsets. */
    public static final Property sourceText = prop("sourceText");
    /** The sentence as a span's source words it, where that differs from the statement's text. */
    public static final Property variantText = prop("variantText");
    /** Text inside a span that is not part of its statement. */
    public static final Property omits = prop("omits");
    /** Who said the statement. */
    public static final Property speaker = prop("speaker");
    /** Each document a statement or question occurs in. */
    public static final Property inDocument = prop("inDocument");
    /** The question an answer statement answers. */
    public static final Property answers = prop("answers");
    /** The question an answer sentence sits under when a page jump lies between them (not said to answer it). */
    public static final Property mayAnswer = prop("mayAnswer");
    /** The question a question sentence belongs to. */
    public static final Property partOf = prop("partOf");
    /** The news organization whose reporter asked a question. */
    public static final Property askedBy = prop("askedBy");
    public static final Property basedIn = prop("basedIn");
    public static final Property role = prop("role");

    // ---- Entity and time properties ----------------------------------------------------------
    /** ISO 3166-1 alpha-2 code of a country. */
    public static final Property iso3166Code = prop("iso3166Code");
    /** True for a state that no longer exists (苏联), which may lack a Wikidata item. */
    public static final Property formerState = prop("formerState");
    /** A time mention's value resolved against the document date (xsd:date, gYearMonth or gYear). */
    public static final Property normalized = prop("normalized");
    /** First day of the period a time mention denotes. */
    public static final Property start = prop("start");
    /** Last day of the period a time mention denotes. */
    public static final Property end = prop("end");

    // ---- Relations ----------------------------------------------------------------------------
    /** A typed relation one statement asserts (n-ary: type, parties, object, action, modality, time, evidence). */
    public static final Resource Relation = cls("Relation");
    /** The class of the relation types below. */
    public static final Resource RelationType = cls("RelationType");
    public static final Resource Partnership = cls("Partnership"); // a dkg:RelationType individual
    public static final Resource AgreementAction = cls("AgreementAction"); // a dkg:RelationType individual
    public static final Resource Membership = cls("Membership"); // a dkg:RelationType individual
    public static final Resource RelationsAnniversary = cls("RelationsAnniversary"); // a dkg:RelationType individual
    public static final Resource Support = cls("Support"); // a dkg:RelationType individual
    public static final Resource Opposition = cls("Opposition"); // a dkg:RelationType individual
    public static final Resource InitiativeParticipation = cls("InitiativeParticipation"); // a dkg:RelationType individual
    public static final Resource AgreementParty = cls("AgreementParty"); // a dkg:RelationType individual
    public static final Resource Meeting = cls("Meeting"); // a dkg:RelationType individual
    public static final Resource Visit = cls("Visit"); // a dkg:RelationType individual
    public static final Resource Hosting = cls("Hosting"); // a dkg:RelationType individual
    public static final Resource Aid = cls("Aid"); // a dkg:RelationType individual
    public static final Resource Talks = cls("Talks"); // a dkg:RelationType individual
    public static final Resource Conflict = cls("Conflict"); // a dkg:RelationType individual
    public static final Resource Cooperation = cls("Cooperation"); // a dkg:RelationType individual
    /** What kind of relation it is. */
    public static final Property relationType = prop("relationType");
    /** An entity that holds the relation or acts in it. */
    public static final Property party = prop("party");
    /** The entity the relation is about where it is not a party. */
    public static final Property object = prop("object");
    /** What is supported or opposed, as worded, where it names no entity. */
    public static final Property objectText = prop("objectText");
    /** The year relations began or an action happened, where an anniversary gives it. */
    public static final Property sinceYear = prop("sinceYear");
    /** The time mention of the statement that says when the relation happened. */
    public static final Property atTime = prop("atTime");

    /** The class of what was done in a relation (the individuals below). */
    public static final Resource Action = cls("Action");
    /** What was done: a dkg:Action individual. */
    public static final Property action = prop("action");
    public static final Resource Signed = cls("Signed"); // a dkg:Action individual
    public static final Resource Extended = cls("Extended"); // a dkg:Action individual
    public static final Resource EnteredIntoForce = cls("EnteredIntoForce"); // a dkg:Action individual
    public static final Resource Ratified = cls("Ratified"); // a dkg:Action individual
    public static final Resource Withdrawn = cls("Withdrawn"); // a dkg:Action individual
    public static final Resource Negotiated = cls("Negotiated"); // a dkg:Action individual
    public static final Resource Concluded = cls("Concluded"); // a dkg:Action individual
    public static final Resource AppliedToJoin = cls("AppliedToJoin"); // a dkg:Action individual
    public static final Resource Adopted = cls("Adopted"); // a dkg:Action individual
    public static final Resource Implemented = cls("Implemented"); // a dkg:Action individual
    public static final Resource Member = cls("Member"); // a dkg:Action individual
    public static final Resource Accession = cls("Accession"); // a dkg:Action individual
    public static final Resource CoBuilding = cls("CoBuilding"); // a dkg:Action individual
    public static final Resource Participates = cls("Participates"); // a dkg:Action individual
    public static final Resource Proposes = cls("Proposes"); // a dkg:Action individual
    public static final Resource DiplomaticRelations = cls("DiplomaticRelations"); // a dkg:Action individual
    public static final Resource DialogueRelations = cls("DialogueRelations"); // a dkg:Action individual
    public static final Resource PartnershipEstablished = cls("PartnershipEstablished"); // a dkg:Action individual
    public static final Resource RelationsRestored = cls("RelationsRestored"); // a dkg:Action individual
    public static final Resource RelationsNormalized = cls("RelationsNormalized"); // a dkg:Action individual
    public static final Resource Meets = cls("Meets"); // a dkg:Action individual
    public static final Resource HoldsTalks = cls("HoldsTalks"); // a dkg:Action individual
    public static final Resource Calls = cls("Calls"); // a dkg:Action individual
    public static final Resource Visits = cls("Visits"); // a dkg:Action individual
    public static final Resource Attends = cls("Attends"); // a dkg:Action individual

    /** The class of how a statement puts a relation (the individuals below). */
    public static final Resource Modality = cls("Modality");
    /** Done, ongoing, planned, sought or denied: a dkg:Modality individual. */
    public static final Property modality = prop("modality");
    public static final Resource Done = cls("Done"); // a dkg:Modality individual
    public static final Resource Ongoing = cls("Ongoing"); // a dkg:Modality individual
    public static final Resource Planned = cls("Planned"); // a dkg:Modality individual
    public static final Resource Sought = cls("Sought"); // a dkg:Modality individual
    public static final Resource Denied = cls("Denied"); // a dkg:Modality individual
    /** The statement asserting the relation. */
    public static final Property evidence = prop("evidence");
}
