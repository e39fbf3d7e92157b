package org.w3id.diplokg.extractor.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.extractor.model.Document;
import org.w3id.diplokg.extractor.model.Omission;
import org.w3id.diplokg.extractor.model.PageJump;
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
 * credits, headers) is left out, and a paragraph printed twice is read once. A caption or byline
 * the layout set inside a sentence is cut out of it (the sentence runs on, its span records the
 * cut), and where the text does not run on (a jump line, or text stopping mid-sentence at page
 * furniture) the document records a page jump.
 */
public final class DocumentStructurer {
    /** Who answers at a foreign minister's press conference unless the manifest or the text says otherwise. */
    public static final List<String> DEFAULT_SPEAKERS = List.of("王毅");

    private static final String TERMINAL = "。！？”’」』）…";
    /** Thanks and nothing more (谢谢总理先生。, 感谢您接受我们的采访！): no question, whoever says it. */
    private static final Pattern THANKS_ONLY = Pattern.compile("(?:谢谢|感谢)[^？?。！!，,]{0,20}[。！!]?");
    /** A paragraph shorter than this may repeat legitimately ("谢谢。"); longer repeats are layout. */
    private static final int MIN_DEDUPLICATED_LENGTH = 20;
    private static final Pattern DATELINE_START = Pattern.compile(
            "^(据|本报)?[\\p{IsHan}]{0,8}?(\\d{4}年)?(\\d{1,2}|[一二三四五六七八九十]{1,2})月(\\d{1,2}|[一二三四五六七八九十]{1,3})日电");
    /**
     * The date and place a speech was given, on a line of its own under its byline: （2019年2月16日，慕尼黑）; or the date
     * and place a joint document was signed, on its last line (1987年4月14日于北京).
     */
    private static final Pattern DATED_HEADER = Pattern.compile(
            "[（(]\\s*(\\d{4}|[〇零一二三四五六七八九]{4})年[^（）()]{2,30}[）)]"
            // or a date alone on its line, or with where a statement was signed (1987年4月14日于北京): the golds list
            // all 21 such dates of the development texts as times
            + "|(\\d{4}|[〇零一二三四五六七八九]{4})年[\\d一二三四五六七八九十]{1,3}月[\\d一二三四五六七八九十]{1,3}[日号]"
            + "(\\s*于\\s*\\p{IsHan}{1,12})?(\\s*\\d{1,2}:\\d{2}(:\\d{2})?)?");
    /**
     * A web page's source line: the publisher it names (来源：外交部网站 2015-11-26) is named by the document, so
     * it is narration of its own; the date after it is the page's, which the event date finder weighs apart.
     */
    private static final Pattern SOURCE_LINE = Pattern.compile("(?<publisher>来源：[^\\s\\d：]{2,20})(?:\\s*\\d[^。！？]{0,30})?");
    /** A salutation greeting someone by name or office: 尊敬的伊辛格尔主席，, not 尊敬的各位来宾，. */
    private static final Pattern NAMED_SALUTATION = Pattern.compile("尊敬的(?!各位)[^，：,:]{2,40}[，：,:]");
    /** The reporter's introduction before a speech: 全文如下：, 讲话全文如下. */
    private static final Pattern INTRODUCTION = Pattern.compile("如下[：:]?$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile(".{0,12}记者[\\p{IsHan}·]{2,8}(摄|摄影)");
    private static final Pattern TURN_MARKER = Pattern.compile("^[^。，！？]{0,30}：");
    private static final Pattern LEADING_PHOTO_CREDIT = Pattern.compile("^[\\p{IsHan}]{0,6}记者[\\p{IsHan}]{2,4}摄");
    /** A jump line: 下转第四版 sends the text to page 4, 上接第一版 says it comes from page 1. */
    private static final Pattern JUMP_LINE = Pattern.compile("[（(]?(?<way>下转|上接)第(?<page>[一二三四五六七八九十〇零\\d]+)版[）)]?");
    /** Sentence punctuation: a line without any may be a caption (a sentence split over lines has some on most lines). */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。！？；：、]");
    /** The most lines a caption set into a sentence runs over. */
    private static final int CAPTION_LINES = 4;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final PatternList furniture = PatternList.load("/org/w3id/diplokg/extractor/structure/furniture.tsv");
    private final PatternList captions = PatternList.load("/org/w3id/diplokg/extractor/structure/captions.tsv");
    private final DocumentDateFinder dates = new DocumentDateFinder();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final TurnLabelReader labels = new TurnLabelReader();
    private final ParticipantFinder participants = new ParticipantFinder(labels::isName);

    /** Why no date was found: a day the text gives without a year, or none of the forms tried. */
    private String noDateMessage(String text) {
        String fix = "; state it in the manifest";
        return dates.dayWithoutYear(text)
                .map(day -> "no event date found: the text gives the day (" + day + ") but no year"
                        + " (no page header, NPC session, anniversary counted from a known year or full date)" + fix)
                .orElse("no event date found in the text (looked for: " + dates.formsTried() + ")" + fix);
    }

    public Document structure(SourceText source, Manifest manifest) throws InputException {
        NormalizedText normalized = normalizer.normalize(source.text());
        String text = normalized.text();
        Manifest.Entry entry = manifest.entry(source.fileName()).orElse(null);
        List<String> speakers = entry != null && !entry.speakers().isEmpty() ? entry.speakers() : DEFAULT_SPEAKERS;
        Participants named = participants.find(text);

        DocumentDate date = entry != null && entry.date() != null
                ? new DocumentDate(entry.date(), "manifest", entry.file())
                : dates.find(text).orElseThrow(() -> new InputException(source.path(), noDateMessage(text)));

        Layout layout = layout(text);
        List<Paragraph> paragraphs = layout.paragraphs();
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
            List<Sentence> sentences = sentences(turn, normalized, source.text(), layout.cuts());
            if (!sentences.isEmpty()) {
                // a reporter's turn that only thanks (谢谢总理先生。) closes the interview: no question is asked
                TurnKind kind = turn.kind == TurnKind.QUESTION && sentences.stream().allMatch(s -> THANKS_ONLY.matcher(s.text()).matches())
                        ? TurnKind.NARRATION : turn.kind;
                String speaker = kind == TurnKind.QUESTION || kind == TurnKind.NARRATION ? null : turn.who;
                // a question naming no outlet, in an interview given to one, is that outlet's
                String outlet = kind == TurnKind.QUESTION ? (turn.who != null ? turn.who : named.interviewer()) : null;
                result.add(new Turn(kind, speaker, outlet, sentences));
            }
        }
        if (result.isEmpty()) {
            throw new InputException(source.path(), "no statements found: the text has no sentences");
        }
        String event = entry != null && entry.event() != null ? entry.event() : event(text, titles);
        List<PageJump> jumps = layout.jumps().stream().map(jump -> jump.inSource(normalized, source.text())).toList();
        return new Document(source, date.date(), date.source(), event, result, jumps, entry == null ? null : entry.note(), List.of());
    }

    /** A line of the normalised text, trimmed: [begin, end). */
    private record Line(String text, int begin, int end) {}

    /** Text cut out of a sentence: [begin, end) of the normalised text, and what it is. */
    private record Cut(int begin, int end, String what) {}

    /** A page jump found in the normalised text: [begin, end), and the pages a jump line names. */
    private record Jump(int begin, int end, Integer toPage, Integer fromPage) {
        PageJump inSource(NormalizedText normalized, String source) {
            int sourceBegin = normalized.sourceBegin(begin);
            int sourceEnd = normalized.sourceEnd(end);
            return new PageJump(sourceBegin, sourceEnd, codePoints(source, sourceBegin, sourceEnd), toPage, fromPage);
        }
    }

    /** What the page layout gives: the paragraphs to read, what is cut out of sentences, and where the text jumps. */
    private record Layout(List<Paragraph> paragraphs, List<Cut> cuts, List<Jump> jumps) {}

    /**
     * Non-empty lines, trimmed, without furniture and without second copies of long paragraphs; a
     * caption set inside a sentence is cut, and each page jump is noted.
     */
    private Layout layout(String text) {
        List<Line> lines = lines(text);
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        List<Jump> jumps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int droppedBegin = -1; // where the run of lines left out since the last paragraph begins
        int droppedEnd = -1;
        boolean jumpMarked = false;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Paragraph previous = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
            if (droppedBegin < 0 && previous != null && stopsMidSentence(previous.text())) {
                int after = captionBlock(lines, i);
                if (after > i) {
                    Line last = lines.get(after - 1);
                    String block = joined(lines, i, after);
                    cuts.add(new Cut(line.begin(), last.end(), captions.whatMatchesWhole(block).orElseThrow()));
                    i = after - 1;
                    continue;
                }
            }
            boolean repeated = line.text().length() >= MIN_DEDUPLICATED_LENGTH && !seen.add(line.text());
            if (PHOTO_CREDIT.matcher(line.text()).matches() && previous != null && !TURN_MARKER.matcher(previous.text()).find()) {
                // A photo credit closes a caption: the paragraph above it describes the photo.
                paragraphs.remove(paragraphs.size() - 1);
                droppedBegin = previous.begin();
                droppedEnd = previous.end();
            }
            Matcher source = SOURCE_LINE.matcher(line.text());
            if (source.matches()) {
                paragraphs.add(new Paragraph(source.group("publisher"), line.begin(), line.begin() + source.end("publisher"), false));
                continue;
            }
            if (!furniture.matchesWhole(line.text()) && !repeated) {
                Paragraph before = paragraphs.isEmpty() ? null : paragraphs.get(paragraphs.size() - 1);
                if (droppedBegin >= 0 && !jumpMarked && before != null && stopsMidSentence(before.text())) {
                    // The text stopped mid-sentence where furniture is set, and goes on with text from elsewhere.
                    jumps.add(new Jump(droppedBegin, droppedEnd, null, null));
                }
                paragraphs.add(new Paragraph(line.text(), line.begin(), line.end(), droppedBegin >= 0));
                droppedBegin = -1;
                jumpMarked = false;
                continue;
            }
            Matcher jump = JUMP_LINE.matcher(line.text());
            if (jump.matches()) {
                Integer page = page(jump.group("page"));
                boolean onward = jump.group("way").equals("下转");
                jumps.add(new Jump(line.begin(), line.end(), onward ? page : null, onward ? null : page));
                jumpMarked = true;
            }
            if (droppedBegin < 0) {
                droppedBegin = line.begin();
            }
            droppedEnd = line.end();
        }
        return new Layout(paragraphs, cuts, jumps);
    }

    /** The non-empty lines of the text, trimmed. */
    private static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
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
            if (stop > begin) {
                lines.add(new Line(text.substring(begin, stop), begin, stop));
            }
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    /**
     * Where the caption block starting at line {@code first} ends (the index after its last line), or
     * {@code first} when none starts there: the longest run of lines without sentence punctuation,
     * up to {@link #CAPTION_LINES}, whose joined text has the form of a caption, credit or byline.
     */
    private int captionBlock(List<Line> lines, int first) {
        int last = first;
        while (last < lines.size() && last - first < CAPTION_LINES && !SENTENCE_PUNCTUATION.matcher(lines.get(last).text()).find()) {
            last++;
        }
        for (int end = last; end > first; end--) {
            if (captions.whatMatchesWhole(joined(lines, first, end)).isPresent()) {
                return end;
            }
        }
        return first;
    }

    private static String joined(List<Line> lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        lines.subList(from, to).forEach(line -> text.append(line.text()));
        return text.toString();
    }

    /** Running text (it has sentence punctuation, unlike a headline) that stops before its sentence ends. */
    private static boolean stopsMidSentence(String paragraph) {
        return TERMINAL.indexOf(paragraph.charAt(paragraph.length() - 1)) < 0 && SENTENCE_PUNCTUATION.matcher(paragraph).find();
    }

    /** 四 → 4, 13 → 13; null for a page number that cannot be read. */
    private static Integer page(String number) {
        try {
            int page = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : ChineseNumerals.parse(number);
            return page > 0 ? page : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The code points [begin, end) of {@code text}. */
    private static String codePoints(String text, int begin, int end) {
        int from = text.offsetByCodePoints(0, begin);
        return text.substring(from, text.offsetByCodePoints(from, end - begin));
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
            if (SOURCE_LINE.matcher(paragraph.text()).matches()) {
                if (current == null) { // before the turns; set inside one, it is the page's furniture
                    TurnBuilder source = new TurnBuilder(TurnKind.NARRATION, null);
                    source.append(text, paragraph.begin(), paragraph.end());
                    turns.add(source); // not a title: the document is not named by its publisher
                }
                continue;
            }
            if (current == null && isTitle(paragraph.text())) {
                // Each title line is narration of its own: what the headline, a subtitle or the byline names
                // (a joint statement's title, 在第56届慕尼黑安全会议上的演讲, the speaker) is anchored like any sentence,
                // and so is a salutation that names whom it greets (尊敬的第77届联合国大会主席克勒希先生，); one that
                // names nobody (女士们，先生们：, 尊敬的各位来宾，) is not.
                if (!paragraph.text().matches(".*[，：,:]$") || NAMED_SALUTATION.matcher(paragraph.text()).matches()) {
                    TurnBuilder title = new TurnBuilder(TurnKind.NARRATION, null);
                    title.append(text, paragraph.begin(), paragraph.end());
                    turns.add(title);
                }
                titles.add(paragraph.text());
                continue;
            }
            if (DATED_HEADER.matcher(paragraph.text()).matches()) {
                // Narration of its own, not the author's first words: its place (纽约, 北京梅地亚中心) is named
                // by the document, and its date is a time expression like any other.
                TurnBuilder header = new TurnBuilder(TurnKind.NARRATION, null);
                header.append(text, paragraph.begin(), paragraph.end());
                turns.add(header);
                current = null;
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

    /**
     * A short line without an end-of-sentence mark before the transcript starts: a headline. A line with a full stop
     * inside is a lead that ends in a colon (…书面回答了日本共同社的提问。全文如下：), not a headline.
     */
    private static boolean isTitle(String paragraph) {
        return paragraph.length() <= 60 && TERMINAL.indexOf(paragraph.charAt(paragraph.length() - 1)) < 0
                && paragraph.indexOf('。') < 0 && !DATELINE_START.matcher(paragraph).find();
    }

    private List<Sentence> sentences(TurnBuilder turn, NormalizedText normalized, String source, List<Cut> cuts) {
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
            int first = turn.position(begin);
            int last = turn.position(range[1] - 1);
            int sourceBegin = normalized.sourceBegin(first);
            int sourceEnd = normalized.sourceEnd(last + 1);
            List<Omission> omissions = new ArrayList<>();
            for (Cut cut : cuts) {
                if (cut.begin() > first && cut.end() <= last) {
                    int omittedBegin = normalized.sourceBegin(cut.begin());
                    int omittedEnd = normalized.sourceEnd(cut.end());
                    omissions.add(new Omission(omittedBegin, omittedEnd, codePoints(source, omittedBegin, omittedEnd), cut.what()));
                }
            }
            sentences.add(new Sentence(sentence, sourceBegin, sourceEnd, omissions));
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
