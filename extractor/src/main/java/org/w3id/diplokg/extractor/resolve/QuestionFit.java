package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3id.diplokg.extractor.model.AnnotatedSentence;
import org.w3id.diplokg.extractor.model.AnnotatedTurn;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.gazetteer.Entity;

/**
 * Resolve stage for the question an answer answers: the one it sits under, unless the layout may have
 * set it there. An answer sentence only may answer its question ({@code dkg:mayAnswer}) when
 * <ul>
 * <li>a page jump lies between them: the text after it comes from elsewhere; or</li>
 * <li>the document's layout is known to be disturbed (it has a page jump, as a text that breaks off does) and the
 *     sentence's paragraph does not fit the question: it names none of the entities the question
 *     names, holds none of the one-character abbreviations it names parties by and shares none of its
 *     rare words ({@link TopicWords}), while naming entities of its own.
 *     A paragraph that names nothing is read with the one before it (the first of an answer fits).</li>
 * </ul>
 * A clean transcript's answers all answer their question: an answer may well turn to things the
 * question did not name, and only where text is known to have moved is that a sign it moved. The
 * answering country (China) is named by almost every question and answer, so it tells nothing; a
 * question that names nothing else gives nothing to judge by.
 */
public final class QuestionFit {
    private final Document document;
    private final Entity answeringCountry;
    private final Paragraphs paragraphs;
    private TopicWords topicWords;

    public QuestionFit(Document document, Entity answeringCountry) {
        this.document = document;
        this.answeringCountry = answeringCountry;
        this.paragraphs = new Paragraphs(document.source().text());
    }

    /** The answer's sentences, those that only may answer {@code question} (the last one asked before them) marked so. */
    public List<AnnotatedSentence> place(AnnotatedTurn question, List<AnnotatedSentence> answer) {
        int questionEnd = question.sentences().get(question.sentences().size() - 1).sentence().sourceEnd();
        Set<String> asked = named(question.sentences());
        boolean judged = disturbed() && !asked.isEmpty();
        String questionText = text(question.sentences());
        Set<String> abbreviations = abbreviations(question.sentences());
        List<AnnotatedSentence> placed = new ArrayList<>();
        boolean fits = true;
        for (List<AnnotatedSentence> paragraph : paragraphs.of(answer, AnnotatedSentence::sentence)) {
            if (judged) {
                fits = fits(paragraph, asked, abbreviations, questionText, fits);
            }
            for (AnnotatedSentence sentence : paragraph) {
                boolean uncertain = !fits || jumpBetween(questionEnd, sentence.sentence().sourceBegin());
                placed.add(uncertain ? sentence.withQuestionUncertain() : sentence);
            }
        }
        return placed;
    }

    /** Whether the paragraph fits the question that names {@code asked}; {@code before}: whether the paragraph before it did. */
    private boolean fits(List<AnnotatedSentence> paragraph, Set<String> asked, Set<String> abbreviations, String questionText,
                         boolean before) {
        Set<String> named = named(paragraph);
        String text = text(paragraph);
        if (named.stream().anyMatch(asked::contains) || topicWords().shared(text, questionText)
                || abbreviations.stream().anyMatch(text::contains)) {
            return true;
        }
        return named.isEmpty() && before;
    }

    /** The layout is known to have moved text: a jump line, or text broken off at page furniture (a text that breaks off has one too). */
    private boolean disturbed() {
        return !document.pageJumps().isEmpty();
    }

    /** True when a page jump of the document begins in the source between {@code from} and {@code to}. */
    private boolean jumpBetween(int from, int to) {
        return document.pageJumps().stream().anyMatch(jump -> jump.sourceBegin() >= from && jump.sourceBegin() < to);
    }

    /** The entities the sentences name, the answering country left out. */
    private Set<String> named(List<AnnotatedSentence> sentences) {
        Set<String> named = new HashSet<>();
        for (AnnotatedSentence sentence : sentences) {
            for (Mention mention : sentence.mentions()) {
                named.add(mention.entity().iri());
            }
        }
        named.remove(answeringCountry.iri());
        return named;
    }

    /**
     * The one-character abbreviations the question names parties by (欧 and 美 of 欧美), the answering
     * country's aside: an answer about 中欧 or 欧盟 answers a question on 欧美, though 欧 there is Europe.
     */
    private Set<String> abbreviations(List<AnnotatedSentence> sentences) {
        Set<String> found = new HashSet<>();
        for (AnnotatedSentence sentence : sentences) {
            for (Mention mention : sentence.mentions()) {
                if (mention.surface().length() == 1 && !mention.entity().iri().equals(answeringCountry.iri())) {
                    found.add(mention.surface());
                }
            }
        }
        return found;
    }

    private static String text(List<AnnotatedSentence> sentences) {
        StringBuilder text = new StringBuilder();
        sentences.forEach(sentence -> text.append(sentence.sentence().text()).append('\n'));
        return text.toString();
    }

    /** Counted once per document, and only for a document whose answers are judged. */
    private TopicWords topicWords() {
        if (topicWords == null) {
            topicWords = new TopicWords(document, paragraphs);
        }
        return topicWords;
    }
}
