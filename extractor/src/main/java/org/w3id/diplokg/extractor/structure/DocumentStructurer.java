package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Sentence;
import org.w3id.diplokg.extractor.model.SourceText;
import org.w3id.diplokg.extractor.model.Turn;
import org.w3id.diplokg.extractor.model.TurnKind;
import org.w3id.diplokg.extractor.normalize.NormalizedText;
import org.w3id.diplokg.extractor.normalize.TextNormalizer;
import org.w3id.diplokg.extractor.source.InputException;

/**
 * Structure stage: turns a source text into a {@link Document}: its date and event, and its turns
 * (narration, questions with their outlets, answers and remarks with their speakers), each split
 * into sentences that know their place in the source file. Page furniture (jump lines, photo
 * credits, headers) is left out, and a paragraph printed twice is read once.
 */
public final class DocumentStructurer {
    /** Who answers at a foreign minister's press conference unless the manifest or the text says otherwise. */
    public static final List<String> DEFAULT_SPEAKERS = List.of("王毅");

    private static final String TERMINAL = "。！？”’」』）…";
    /** A paragraph shorter than this may repeat legitimately ("谢谢。"); longer repeats are layout. */
    private static final int MIN_DEDUPLICATED_LENGTH = 20;
    private static final Pattern DATELINE_START = Pattern.compile(
            "^(据|本报)?[\\p{IsHan}]{0,8}?(\\d{4}年)?(\\d{1,2}|[一二三四五六七八九十]{1,2})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日电");
    /** The reporter's introduction before a speech: 全文如下：, 讲话全文如下. */
    private static final Pattern INTRODUCTION = Pattern.compile("如下[：:]?$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(".{0,12}记者[\\p{IsHan}·]{2,8}(摄|摄影)");
    private static final Pattern TURN_MARKER = Pattern.compile("^[^。，！？]{0,30}：");
    private static final Pattern LEADING_PHOTO_CREDIT = Pattern.compile("^[\\p{IsHan}]{0,6}记者[\\p{IsHan}]{2,4}摄");

    private final TextNormalizer normalizer = new TextNormalizer();
    private final PatternList furniture = PatternList.load("/org/w3id/diplokg/extractor/structure/furniture.tsv");
    private final DocumentDateFinder dates = new DocumentDateFinder();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TurnLabelReader labels = new TurnLabelReader();
    private final ParticipantFinder participants = new ParticipantFinder(labels::isName);

    public Document structure(SourceText source, Manifest manifest) throws InputException {
        NormalizedText normalized = normalizer.normalize(source.text());
        String text = normalized.text();
        Manifest.Entry entry = manifest.entry(source.fileName()).orElse(null);
        List<String> speakers = entry != null && !entry.speakers().isEmpty() ? entry.speakers() : DEFAULT_SPEAKERS;
        Participants named = participants.find(text);

        DocumentDate date = entry != null && entry.date() != null
                ? new DocumentDate(entry.date(), "manifest", entry.file())
                : dates.find(text).orElseThrow(() -> new InputException(source.path(),
                        "no event date found in the text (looked for: " + dates.formsTried() + "); state it in the manifest"));

        List<Paragraph> paragraphs = paragraphs(text);
        List<String> titles = new ArrayList<>();
        TurnMarkerFinder markers = new TurnMarkerFinder(text, speakers, named, labels);
        List<TurnBuilder> turns = assembleTurns(text, paragraphs, markers, null, titles);
        if (named.author() != null && turns.stream().allMatch(turn -> turn.kind == TurnKind.NARRATION)) {
            // A speech or a statement with a byline and no turns: its sentences are the author's.
            titles.clear();
            turns = assembleTurns(text, paragraphs, markers, named.author(), titles);
        }
        List<Turn> result = new ArrayList<>();
        for (TurnBuilder turn : turns) {
            List<Sentence> sentences = sentences(turn, normalized);
            if (!sentences.isEmpty()) {
                String speaker = turn.kind == TurnKind.QUESTION ? null : turn.who;
                String outlet = turn.kind == TurnKind.QUESTION ? turn.who : null;
                result.add(new Turn(turn.kind, speaker, outlet, sentences));
            }
        }
        if (result.isEmpty()) {
            throw new InputException(source.path(), "no statements found: the text has no sentences");
        }
        String event = entry != null && entry.event() != null ? entry.event() : event(text, titles);
        return new Document(source, date.date(), date.source(), event, result);
    }

    /** Non-empty lines, trimmed, without furniture and without second copies of long paragraphs. */
    private List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean dropped = false;
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int begin = start;
            int stop = end;
            while (begin < stop && Character.isWhitespace(text.charAt(begin))) {
                begin++;
            }
            while (stop > begin && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            String line = text.substring(begin, stop);
            boolean repeated = line.length() >= MIN_DEDUPLICATED_LENGTH && !seen.add(line);
            if (PHOTO_CREDIT.matcher(line).matches() && !paragraphs.isEmpty()
                    && !TURN_MARKER.matcher(paragraphs.get(paragraphs.size() - 1).text()).find()) {
                // A photo credit closes a caption: the paragraph above it describes the photo.
                paragraphs.remove(paragraphs.size() - 1);
            }
            if (!line.isEmpty() && !furniture.matchesWhole(line) && !repeated) {
                paragraphs.add(new Paragraph(line, begin, stop, dropped));
                dropped = false;
            } else if (!line.isEmpty()) {
                dropped = true;
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return paragraphs;
    }

    /**
     * The text's turns, its titles (the short lines before the first turn) added to {@code titles}.
     * With an {@code author} (a speech or statement without turns), every paragraph but a dateline
     * and the reporter's introduction is the author's remarks.
     */
    private List<TurnBuilder> assembleTurns(String text, List<Paragraph> paragraphs, TurnMarkerFinder markers, String author,
                                            List<String> titles) {
        List<TurnBuilder> turns = new ArrayList<>();
        TurnBuilder current = null;
        boolean questionSeen = false;
        boolean narrationEnds = false;
        for (Paragraph paragraph : paragraphs) {
            if (current == null && isTitle(paragraph.text())) {
                // Each title line is narration of its own: what the headline, a subtitle or the byline names
                // (a joint statement's title, 在第56届慕尼黑安全会议上的演讲, the speaker) is anchored like any sentence;
                // a salutation (尊敬的…主席，女士们，先生们：) is not.
                if (!paragraph.text().matches(".*[，：,:]$")) {
                    TurnBuilder title = new TurnBuilder(TurnKind.NARRATION, null);
                    title.append(text, paragraph.begin(), paragraph.end());
                    turns.add(title);
                }
                titles.add(paragraph.text());
                continue;
            }
            List<TurnMarker> found = switch (markers.marking()) {
                case COLONS -> markers.findWithColons(paragraph.text());
                case NO_COLONS -> markers.findWithoutColons(paragraph.text());
                case NONE -> List.of();
            };
            boolean dateline = DATELINE_START.matcher(paragraph.text()).find();
            if (dateline && (found.isEmpty() || found.get(0).position() > 0)) {
                current = new TurnBuilder(TurnKind.NARRATION, null);
                turns.add(current);
            } else if (narrationEnds && (found.isEmpty() || found.get(0).position() > 0)) {
                current = null; // the author's words start here
            }
            narrationEnds = author != null && (dateline || INTRODUCTION.matcher(paragraph.text()).find());
            int position = 0;
            for (TurnMarker marker : found) {
                if (current == null) {
                    current = new TurnBuilder(TurnKind.NARRATION, null);
                    turns.add(current);
                }
                current.append(text, paragraph.begin() + position, paragraph.begin() + marker.position());
                TurnKind kind = marker.kind();
                if (kind == TurnKind.QUESTION) {
                    questionSeen = true;
                } else if (kind == TurnKind.ANSWER && !questionSeen) {
                    kind = TurnKind.REMARKS;
                }
                current = new TurnBuilder(kind, marker.who());
                turns.add(current);
                position = marker.textStart();
            }
            if (current == null) {
                boolean introduction = author != null && INTRODUCTION.matcher(paragraph.text()).find();
                current = author == null || introduction ? new TurnBuilder(TurnKind.NARRATION, null)
                        : new TurnBuilder(TurnKind.REMARKS, author);
                turns.add(current);
            }
            if (paragraph.afterBreak() && position == 0) {
                current.breakSentence();
            }
            current.append(text, paragraph.begin() + position, paragraph.end());
        }
        return turns;
    }

    /** A short line without an end-of-sentence mark before the transcript starts: a headline. */
    private static boolean isTitle(String paragraph) {
        return paragraph.length() <= 60 && TERMINAL.indexOf(paragraph.charAt(paragraph.length() - 1)) < 0
                && !DATELINE_START.matcher(paragraph).find();
    }

    private List<Sentence> sentences(TurnBuilder turn, NormalizedText normalized) {
        List<Sentence> sentences = new ArrayList<>();
        CharSequence text = turn.text();
        for (int[] range : splitter.split(text)) {
            int begin = range[0];
            Matcher credit = LEADING_PHOTO_CREDIT.matcher(text.subSequence(begin, range[1]));
            if (credit.find()) {
                begin += credit.end();
                if (turn.kind == TurnKind.NARRATION && !sentences.isEmpty()) {
                    sentences.remove(sentences.size() - 1); // the caption the credit closes
                }
            }
            if (begin >= range[1]) {
                continue;
            }
            String sentence = text.subSequence(begin, range[1]).toString();
            int sourceBegin = normalized.sourceBegin(turn.position(begin));
            int sourceEnd = normalized.sourceEnd(turn.position(range[1] - 1) + 1);
            sentences.add(new Sentence(sentence, sourceBegin, sourceEnd));
        }
        return sentences;
    }

    /** 十三届全国人大四次会议记者会 where the text names the session, else the headline. */
    private static String event(String text, List<String> titles) {
        String session = DocumentDateFinder.sessionName(text);
        if (session != null && text.contains("记者会")) {
            return session + "记者会";
        }
        return titles.isEmpty() ? null : titles.get(0);
    }
}
