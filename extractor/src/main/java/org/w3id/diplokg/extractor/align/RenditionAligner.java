package org.w3id.diplokg.extractor.align;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.Turn;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Align stage: the documents of one event (the same date and event: two renditions of a press
 * conference) share their statements. A sentence that is the same in two renditions after
 * normalisation is one statement already (its IRI comes from its text); this stage makes a sentence
 * that two renditions word alike up to OCR and editing differences (动荡不宁 / 动荡不安, 第26届 /
 * 第二十六届, a 的 more or less) one statement too: each rendition's sentence takes one wording as
 * the statement's text and keeps its own as its wording ({@link Sentence#wording()}), so both
 * renditions annotate and emit the same statement, with a span in each.
 *
 * <p>Two sentences of two renditions are one when they are at least {@link #THRESHOLD} alike
 * character by character ({@link SentenceSimilarity}), both questions or both not, and name the same
 * entities, times and numbers or one of them less ({@link SentenceContents}): sentences that share
 * words but name other parties, years or ordinals are never merged. Each sentence matches at most one
 * of another rendition, the most alike first, and a statement never takes two sentences of one
 * document. The wording kept is the one that names the most, then that of the rendition with fewer
 * OCR spaces (spaces between Chinese characters), then that of the file whose name sorts first.
 */
public final class RenditionAligner {
    /**
     * Measured on the two renditions of 2021-03-07 (seeds 000 and 001): of the sentences of 000 with
     * no identical sentence in 001, the best match in 001 of the 38 that are one sentence reworded is
     * 0.907 to 0.990 alike; the next, a sentence 000 cut short, is 0.857, and sentences that share
     * only words are 0.77 and below. Different sentences one character apart (中非 / 中俄) reach 0.917
     * and are kept apart by what they name, not by this threshold.
     */
    public static final double THRESHOLD = 0.88;

    private final SentenceContents.Reader contents;

    public RenditionAligner(Gazetteer gazetteer) {
        this.contents = new SentenceContents.Reader(gazetteer);
    }

    /** One match between two renditions: the sentences, how alike, and the files they come from. */
    public record Match(String text, String otherText, double similarity, String file, String otherFile) {}

    /**
     * The documents in the order given, those of an event with other renditions in the batch with
     * their sentences read as the statements they share and their other renditions named.
     */
    public List<Document> align(List<Document> documents) {
        Map<String, Document> aligned = new HashMap<>();
        for (List<Document> event : events(documents)) {
            Map<String, String> statementText = statementTexts(event, null);
            for (Document document : event) {
                List<String> others = event.stream().filter(other -> other != document).map(d -> d.source().fileName()).toList();
                aligned.put(document.source().fileName(), document.withTurns(reread(document, statementText), others));
            }
        }
        return documents.stream().map(document -> aligned.getOrDefault(document.source().fileName(), document)).toList();
    }

    /** Every match the stage makes between the renditions of each event in {@code documents} (for measuring it). */
    public List<Match> matches(List<Document> documents) {
        List<Match> matches = new ArrayList<>();
        events(documents).forEach(event -> statementTexts(event, matches));
        return matches;
    }

    /**
     * What makes two documents renditions of one event (their date and named event), or none when the
     * document names no event; a distributed build keeps the documents of one key together.
     */
    public static Optional<String> eventKey(Document document) {
        return document.event() == null ? Optional.empty() : Optional.of(document.date() + "\u0000" + document.event());
    }

    /** The documents grouped by event, in the order given: only groups of two or more, with a named event. */
    private static List<List<Document>> events(List<Document> documents) {
        Map<String, List<Document>> byEvent = new LinkedHashMap<>();
        for (Document document : documents) {
            eventKey(document).ifPresent(event -> byEvent.computeIfAbsent(event, key -> new ArrayList<>()).add(document));
        }
        return byEvent.values().stream().filter(group -> group.size() > 1).toList();
    }

    /** A distinct sentence text of an event: the documents (indices) that hold it, whether a question holds it, its contents. */
    private static final class Text {
        final String text;
        final Set<Integer> documents = new HashSet<>();
        final boolean question;
        SentenceContents contents;
        Text cluster = this; // the representative of the statement it belongs to (union–find)

        Text(String text, boolean question) {
            this.text = text;
            this.question = question;
        }

        Text root() {
            Text root = this;
            while (root.cluster != root) {
                root = root.cluster;
            }
            return root;
        }
    }

    /**
     * For each sentence text of the event's documents that is read as another's wording, that
     * wording; matches made are added to {@code log} when it is not null.
     */
    private Map<String, String> statementTexts(List<Document> event, List<Match> log) {
        LocalDate date = event.get(0).date();
        Map<String, Text> texts = new LinkedHashMap<>();
        List<Set<String>> perDocument = new ArrayList<>();
        for (int d = 0; d < event.size(); d++) {
            Set<String> own = new HashSet<>();
            for (Turn turn : event.get(d).turns()) {
                for (Sentence sentence : turn.sentences()) {
                    Text text = texts.computeIfAbsent(sentence.text(), t -> new Text(t, turn.kind() == TurnKind.QUESTION));
                    text.documents.add(d);
                    own.add(sentence.text());
                }
            }
            perDocument.add(own);
        }
        // Members of one statement across documents: the documents each statement (cluster root) holds.
        Map<Text, Set<Integer>> held = new HashMap<>();
        texts.values().forEach(text -> held.put(text, new HashSet<>(text.documents)));
        for (int a = 0; a < event.size(); a++) {
            for (int b = a + 1; b < event.size(); b++) {
                List<Text> onlyA = only(texts, perDocument.get(a), perDocument.get(b));
                List<Text> onlyB = only(texts, perDocument.get(b), perDocument.get(a));
                record Candidate(Text a, Text b, double similarity) {}
                List<Candidate> candidates = new ArrayList<>();
                for (Text x : onlyA) {
                    for (Text y : onlyB) {
                        if (x.question != y.question) {
                            continue;
                        }
                        double similarity = SentenceSimilarity.atLeast(x.text, y.text, THRESHOLD);
                        if (similarity >= THRESHOLD && contents(x, date).agreesWith(contents(y, date))) {
                            candidates.add(new Candidate(x, y, similarity));
                        }
                    }
                }
                candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                        .thenComparing(c -> c.a().text).thenComparing(c -> c.b().text));
                Set<Text> taken = new HashSet<>();
                for (Candidate candidate : candidates) {
                    if (taken.contains(candidate.a()) || taken.contains(candidate.b())) {
                        continue;
                    }
                    Text rootA = candidate.a().root();
                    Text rootB = candidate.b().root();
                    Set<Integer> documentsA = held.get(rootA);
                    Set<Integer> documentsB = held.get(rootB);
                    if (rootA == rootB || documentsA.stream().anyMatch(documentsB::contains)) {
                        continue; // a statement never takes two sentences of one document
                    }
                    taken.add(candidate.a());
                    taken.add(candidate.b());
                    rootB.cluster = rootA;
                    documentsA.addAll(documentsB);
                    if (log != null) {
                        log.add(new Match(candidate.a().text, candidate.b().text, candidate.similarity(),
                                event.get(a).source().fileName(), event.get(b).source().fileName()));
                    }
                }
            }
        }
        double[] ocrSpaces = event.stream().mapToDouble(RenditionAligner::ocrSpaces).toArray();
        Map<Text, List<Text>> clusters = new LinkedHashMap<>();
        texts.values().forEach(text -> clusters.computeIfAbsent(text.root(), root -> new ArrayList<>()).add(text));
        Map<String, String> statementText = new HashMap<>();
        for (List<Text> members : clusters.values()) {
            if (members.size() < 2) {
                continue;
            }
            Text kept = members.stream().min(Comparator.<Text>comparingInt(t -> -contents(t, date).size())
                    .thenComparingDouble(t -> t.documents.stream().mapToDouble(d -> ocrSpaces[d]).min().orElse(0))
                    .thenComparing(t -> t.documents.stream().map(d -> event.get(d).source().fileName()).sorted().findFirst().orElse(""))
                    .thenComparing(t -> t.text)).orElseThrow();
            members.stream().filter(t -> t != kept).forEach(t -> statementText.put(t.text, kept.text));
        }
        return statementText;
    }

    private static List<Text> only(Map<String, Text> texts, Set<String> in, Set<String> notIn) {
        return in.stream().filter(text -> !notIn.contains(text)).sorted().map(texts::get).toList();
    }

    private SentenceContents contents(Text text, LocalDate date) {
        if (text.contents == null) {
            text.contents = contents.read(text.text, date);
        }
        return text.contents;
    }

    /** Spaces between two Chinese characters per character of the file: how much OCR left in it. */
    private static double ocrSpaces(Document document) {
        String text = document.source().text();
        int spaces = 0;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ' ' || c == '\u3000') && Character.isIdeographic(text.charAt(i - 1)) && Character.isIdeographic(text.charAt(i + 1))) {
                spaces++;
            }
        }
        return text.isEmpty() ? 0 : (double) spaces / text.length();
    }

    private static List<Turn> reread(Document document, Map<String, String> statementText) {
        return document.turns().stream().map(turn -> new Turn(turn.kind(), turn.speaker(), turn.outlet(),
                turn.sentences().stream().map(sentence -> {
                    String shared = statementText.get(sentence.text());
                    return shared == null ? sentence : sentence.as(shared);
                }).toList())).toList();
    }
}
