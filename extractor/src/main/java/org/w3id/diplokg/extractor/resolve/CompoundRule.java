package org.w3id.diplokg.extractor.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.diplokg.data.DataFile;
import org.w3id.diplokg.extractor.model.Annotator;
import org.w3id.diplokg.extractor.model.Mention;
import org.w3id.diplokg.extractor.model.Tagging;
import org.w3id.diplokg.extractor.structure.ChineseNumerals;
import org.w3id.diplokg.gazetteer.Entity;
import org.w3id.diplokg.gazetteer.EntityType;
import org.w3id.diplokg.gazetteer.Gazetteer;

/**
 * Compounds of one-character abbreviations name each party: 中俄关系 is China and Russia, 中日韩 three
 * countries, 美俄 the US and Russia. A compound of two counts only before a word from
 * {@code compound-followers.txt}; one of three or more (英法德, 中美俄) wherever the segmentation
 * ends a word after it. 俄方 and the like name one party. 阿 is read from context: the Arab
 * states where the sentence speaks of 阿拉伯, Afghanistan where it speaks of 阿富汗. The compounds of
 * {@code read-apart-compounds.tsv} (欧美: Europe and the United States) are read as listed wherever
 * a word starts with them.
 */
final class CompoundRule {
    static final double COMPOUND_CONFIDENCE = 0.85;
    static final double SIDE_CONFIDENCE = 0.9;
    private static final int LONGEST_COMPOUND = 8;
    /** A run of this many parties is a compound without a follower (英法德三国, 中日韩与东盟), where it ends a word. */
    private static final int PARTIES_ENOUGH = 3;
    /** Abbreviations too common as ordinary characters to stand alone before 方 (加方案, 老方法, 土方). */
    private static final Set<String> WEAK_BEFORE_SIDE = Set.of("加", "法", "土", "老", "新", "马", "伊", "尼", "亚", "非",
            "拉", "台", "港", "藏", "沙", "埃", "叙", "蒙", "意", "南");

    /** Weak abbreviations whose X方 is itself an ordinary word (南方 the south, 土方 earthwork). */
    private static final Set<String> SIDE_IS_A_WORD = Set.of("南", "土", "老", "东", "西", "北", "多", "比", "立", "秘", "双", "对",
            "各", "地", "大", "平", "前", "后", "上", "下", "一", "官", "药", "处", "远");

    /**
     * Whether a weak abbreviation and 方 are one word of the segmentation (法方, 意方), not the start of
     * another word (加 + 方案): the segmenter has seen the whole; without a segmentation, never.
     */
    private static boolean isSideWord(String sentence, int side, Tagging tagging) {
        return tagging != Tagging.NONE && !tagging.wordStartsAt(side)
                && (side + 1 == sentence.length() || tagging.wordStartsAt(side + 1))
                && !SIDE_IS_A_WORD.contains(sentence.substring(side - 1, side));
    }

    /**
     * 亚 (Asia) opens the compounds it is in (亚非拉, 亚欧) and ends many transliterated names (阿扎尼亚, 毛里塔尼亚):
     * a run of three or more parties ending in it that the segmentation reads as one word is a name the reference lists
     * lack, not 阿, 扎, 尼 and 亚.
     */
    private static final String ENDS_A_TRANSLITERATION = "亚";

    /** Abbreviations that begin many ordinary words: 新 (新时代), 南 (南方), 老 (老朋友), 加 (加强), 法 (法律), 土, 马, 意. */
    private static final Set<String> BEGINS_ORDINARY_WORDS = Set.of("新", "南", "老", "加", "法", "土", "马", "意");

    /** The rows of {@code read-apart-compounds.tsv}, read once. */
    private static final List<DataFile.Row> READ_APART = DataFile.read("/org/w3id/diplokg/extractor/resolve/read-apart-compounds.tsv");
    /** The compounds of {@code read-apart-compounds.tsv}, for stages that need only to know one when they see it. */
    private static final Set<String> READ_APART_WORDS = READ_APART.stream()
            .map(row -> row.cell(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Gazetteer gazetteer;
    private final PartyAbbreviations abbreviations;
    private final Set<String> followers;
    /** Each compound of {@code read-apart-compounds.tsv} with its parties. */
    private final Map<String, ReadApart> readApart = new LinkedHashMap<>();

    /** The parties a read-apart compound names: one per character (欧美), or all by the whole word (两伊, the two Yi). */
    private record ReadApart(List<Entity> parties, boolean whole) {}

    CompoundRule(Gazetteer gazetteer, PartyAbbreviations abbreviations) {
        this.gazetteer = gazetteer;
        this.abbreviations = abbreviations;
        this.followers = WordList.load("compound-followers.txt");
        for (DataFile.Row row : READ_APART) {
            boolean whole = row.cell(1).equals("whole");
            int last = whole ? row.cells().length - 1 : row.cell(0).length();
            List<Entity> parties = new ArrayList<>();
            for (int c = whole ? 2 : 1; c <= last; c++) {
                String reference = row.cell(c);
                parties.add(gazetteer.byReference(reference)
                        .orElseThrow(() -> new IllegalStateException(row.resource() + ":" + row.line() + ": no entity " + reference)));
            }
            readApart.put(row.cell(0), new ReadApart(parties, whole));
        }
    }

    /** Whether a word is one of the compounds read apart (两伊: Iran and Iraq). */
    static boolean isReadApart(String word) {
        return READ_APART_WORDS.contains(word);
    }

    /** The compound of {@code read-apart-compounds.tsv} a word starting at {@code i} starts with, read as listed, if any. */
    private Optional<Candidate> readApart(String sentence, int i, Tagging tagging) {
        if (!tagging.wordStartsAt(i)) {
            return Optional.empty();
        }
        for (Map.Entry<String, ReadApart> compound : readApart.entrySet()) {
            String word = compound.getKey();
            if (sentence.startsWith(word, i)) {
                List<Mention> parties = new ArrayList<>();
                List<Entity> named = compound.getValue().parties();
                for (int p = 0; p < named.size(); p++) {
                    // 两伊: each party by the whole word, for 两 (two) names neither alone
                    int start = compound.getValue().whole() ? i : i + p;
                    int end = compound.getValue().whole() ? i + word.length() : i + p + 1;
                    parties.add(new Mention(start, end, sentence.substring(start, end), named.get(p), COMPOUND_CONFIDENCE, Annotator.RULE));
                }
                return Optional.of(new Candidate(i, i + word.length(), Candidate.RULE, parties));
            }
        }
        return Optional.empty();
    }

    /**
     * @param around what the text around the sentence (its turn, the question it answers) decided
     *               about ambiguous abbreviations the sentence itself leaves open
     */
    List<Candidate> find(String sentence, Tagging tagging, AbbreviationContext around) {
        AbbreviationContext context = abbreviations.within(sentence, around);
        List<Candidate> found = listed(sentence, context);
        int i = 0;
        while (i < sentence.length()) {
            Optional<Candidate> apart = readApart(sentence, i, tagging);
            if (apart.isPresent()) {
                found.add(apart.get());
                i = apart.get().end();
                continue;
            }
            int countryName = CountryNames.lengthAt(gazetteer, sentence, i, LONGEST_COMPOUND);
            if (countryName > 0) {
                i += countryName; // 肯尼亚蒙内铁路: 肯尼亚 is Kenya by name, not 肯, 尼, 亚 and 蒙 abbreviated
                continue;
            }
            int end = i;
            List<Integer> partyEnds = new ArrayList<>();
            while (end < sentence.length() && end - i < LONGEST_COMPOUND) {
                // The first party is an abbreviation; later ones may be short names (中印尼).
                int length = end == i ? (party(sentence, i, context).isPresent() ? 1 : 0) : partyLength(sentence, end, context);
                if (length == 0) {
                    break;
                }
                end += length;
                partyEnds.add(end);
            }
            // The longest run that a follower closes: 中俄新时代 is 中俄 + 新时代, not 中俄新 (Singapore) + 时代.
            List<Integer> runEnds = List.copyOf(partyEnds);
            int closed = end;
            // 中俄新时代: a last party that also begins ordinary words (新时代, 南方, 加强) needs a follower as before;
            // 亚非拉 does not.
            boolean manyParties = partyEnds.size() >= PARTIES_ENOUGH && tagging.wordStartsAt(i)
                    && (end >= sentence.length() || tagging.wordStartsAt(end))
                    && !BEGINS_ORDINARY_WORDS.contains(sentence.substring(end - 1, end))
                    && !taggedAPerson(tagging, i, end);
            if (partyEnds.size() >= PARTIES_ENOUGH && transliteratedName(sentence, tagging, i, end)) {
                i = end; // 阿扎尼亚人民: a name the reference lists lack, even before a follower
                continue;
            }
            while (!manyParties && closed - i >= 2 && !followedByFollower(sentence, closed)) {
                partyEnds.remove(partyEnds.size() - 1);
                closed = partyEnds.isEmpty() ? i : partyEnds.get(partyEnds.size() - 1);
            }
            if (closed - i >= 2) {
                end = closed;
            }
            if (end - i >= 2 && tagging.wordStartsAt(i) && (manyParties || followedByFollower(sentence, end))
                    && !adjectiveOpening(sentence, i, tagging)) {
                List<Mention> parties = new ArrayList<>();
                int k = i;
                for (int partyEnd : partyEnds) {
                    if (partyEnd > end) {
                        break;
                    }
                    Entity entity = partyEnd - k == 1 ? party(sentence, k, context).orElseThrow() : shortName(sentence, k).orElseThrow();
                    parties.add(new Mention(k, partyEnd, sentence.substring(k, partyEnd), entity, COMPOUND_CONFIDENCE, Annotator.RULE));
                    k = partyEnd;
                }
                found.add(new Candidate(i, end, Candidate.RULE, parties));
                i = end;
                continue;
            }
            boolean lastIsAbbreviation = !runEnds.isEmpty() && runEnds.get(runEnds.size() - 1) == end
                    && end - (runEnds.size() == 1 ? i : runEnds.get(runEnds.size() - 2)) == 1;
            String before = lastIsAbbreviation ? sentence.substring(end - 1, end) : "";
            boolean weak = WEAK_BEFORE_SIDE.contains(before) || abbreviations.onlyCued(before); // 哈方 only as one word
            if (lastIsAbbreviation && end < sentence.length() && sentence.charAt(end) == '方' && tagging.wordStartsAt(end - 1)
                    && (!weak || isSideWord(sentence, end, tagging))) {
                Entity entity = party(sentence, end - 1, context).orElseThrow();
                Mention side = new Mention(end - 1, end + 1, sentence.substring(end - 1, end + 1), entity, SIDE_CONFIDENCE, Annotator.RULE);
                found.add(new Candidate(end - 1, end + 1, Candidate.RULE, List.of(side)));
                i = end + 1;
                continue;
            }
            i = Math.max(i + 1, end == i ? i + 1 : end);
        }
        return found;
    }

    /** A run of parties that the segmentation reads as one word ending in 亚 ({@link #ENDS_A_TRANSLITERATION}). */
    private static boolean transliteratedName(String sentence, Tagging tagging, int begin, int end) {
        if (tagging == Tagging.NONE || !ENDS_A_TRANSLITERATION.equals(sentence.substring(end - 1, end))) {
            return false;
        }
        return tagging.words().stream().anyMatch(w -> w.begin() == begin && w.end() == end);
    }

    /** A run the tagger reads as, or as ending in, a person's name (德马科先生, a Maltese; tagged 德 + 马科): a name, not three states. */
    private static boolean taggedAPerson(Tagging tagging, int begin, int end) {
        return tagging.entities().stream().anyMatch(span -> "PERSON".equals(span.tag()) && span.begin() < end && span.end() > begin);
    }

    /** A weak first party the tagger reads as an adjective word of its own (新/JJ 南非/NR: "the new South Africa"). */
    private static boolean adjectiveOpening(String sentence, int i, Tagging tagging) {
        return BEGINS_ORDINARY_WORDS.contains(sentence.substring(i, i + 1))
                && tagging.words().stream().anyMatch(w -> w.begin() == i && w.end() == i + 1 && w.pos().equals("JJ"));
    }

    /** Abbreviations listed with 、 (中、美、俄、英、法、德六国), the last one a single character too. */
    private static final Pattern LISTED = Pattern.compile("\\p{IsHan}(?:、\\p{IsHan})+(?!\\p{IsHan}*、)");
    /** What closes such a list: the states counted (六国, 两国, 五个), 等, 各方 or no character of a word. */
    private static final Pattern LIST_CLOSED = Pattern.compile("^(?:(?<count>[两三四五六七八九十]+)[国方个]|等|[双各]方|[^\\p{IsHan}]|$)");

    /**
     * One-character abbreviations listed with 、 and closed by their count or a mark (中、美、俄、英、法、德六国外长,
     * （中、美、俄）): each a party. Every character must abbreviate one, so 依法、依规 names none. A list glued to
     * the word before it (同俄、哈、吉、塔四国, 举行的中、哈…五国) needs its count to match or 各方 after it.
     */
    private List<Candidate> listed(String sentence, AbbreviationContext context) {
        List<Candidate> found = new ArrayList<>();
        Matcher list = LISTED.matcher(sentence);
        while (list.find()) {
            Matcher closed = LIST_CLOSED.matcher(sentence.substring(list.end()));
            boolean isClosed = closed.find();
            if (!isClosed && !followedByFollower(sentence, list.end())) {
                continue;
            }
            boolean glued = list.start() > 0 && Character.UnicodeScript.of(sentence.charAt(list.start() - 1)) == Character.UnicodeScript.HAN;
            int items = (list.end() - list.start() + 1) / 2;
            if (glued && !(isClosed && (closed.group().endsWith("各方")
                    || closed.group("count") != null && ChineseNumerals.parse(closed.group("count")) == items))) {
                continue;
            }
            List<Mention> parties = new ArrayList<>();
            for (int at = list.start(); at < list.end(); at += 2) {
                Optional<Entity> party = party(sentence, at, context);
                if (party.isEmpty()) {
                    parties.clear();
                    break;
                }
                parties.add(new Mention(at, at + 1, sentence.substring(at, at + 1), party.get(), COMPOUND_CONFIDENCE, Annotator.RULE));
            }
            if (!parties.isEmpty()) {
                found.add(new Candidate(list.start(), list.end(), Candidate.RULE, parties));
            }
        }
        return found;
    }

    /** The party the abbreviation at {@code index} stands for here, if any. */
    private Optional<Entity> party(String sentence, int index, AbbreviationContext context) {
        return abbreviations.party(sentence.substring(index, index + 1), context);
    }

    /** A two-character country name (印尼, 沙特) inside a compound after its first party: 中印尼 is China and Indonesia. */
    private Optional<Entity> shortName(String sentence, int index) {
        if (index + 2 > sentence.length()) {
            return Optional.empty();
        }
        return gazetteer.byName(sentence.substring(index, index + 2)).filter(e -> e.type() == EntityType.COUNTRY);
    }

    /** How many characters the party at {@code index} takes: 2 for a short country name, 1 for an abbreviation, else 0. */
    private int partyLength(String sentence, int index, AbbreviationContext context) {
        if (shortName(sentence, index).isPresent()) {
            return 2;
        }
        return party(sentence, index, context).isPresent() ? 1 : 0;
    }

    private boolean followedByFollower(String sentence, int end) {
        for (String follower : followers) {
            if (sentence.startsWith(follower, end)) {
                return true;
            }
        }
        return false;
    }
}
