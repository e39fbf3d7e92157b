package org.w3id.diplokg.extractor.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.StringUtils;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.diplokg.extractor.model.NerSpan;
import org.w3id.diplokg.extractor.model.Tagging;

/**
 * Annotate stage, CoreNLP part: segments, POS-tags and NER-tags one sentence of Chinese and
 * returns the entity spans that can name something the graph resolves (people, organizations,
 * countries and places). The gazetteer and rules run beside it; {@code resolve} merges them.
 *
 * <p>The models take seconds and about a gigabyte of heap to load, so one tagger is shared per JVM
 * ({@link #shared()}); {@code annotate} is safe to call from several threads.
 */
public final class ChineseEntityTagger {
    private static final Logger LOG = LoggerFactory.getLogger(ChineseEntityTagger.class);

    /** The NER tags worth passing on; MISC, NUMBER, DATE and the like are left to other stages. */
    private static final Set<String> USEFUL_TAGS = Set.of(
            "PERSON", "ORGANIZATION", "COUNTRY", "GPE", "LOCATION", "STATE_OR_PROVINCE", "CITY", "NATIONALITY");

    private static volatile ChineseEntityTagger shared;

    private final StanfordCoreNLP pipeline;

    private ChineseEntityTagger(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** The JVM's tagger, loading the Chinese models on first use. */
    public static ChineseEntityTagger shared() {
        ChineseEntityTagger tagger = shared;
        if (tagger == null) {
            synchronized (ChineseEntityTagger.class) {
                tagger = shared;
                if (tagger == null) {
                    tagger = new ChineseEntityTagger(loadPipeline());
                    shared = tagger;
                }
            }
        }
        return tagger;
    }

    private static StanfordCoreNLP loadPipeline() {
        long started = System.nanoTime();
        Properties properties = StringUtils.argsToProperties("-props", "StanfordCoreNLP-chinese.properties");
        // The stock Chinese properties also run parse and coref, which are slow and add nothing here.
        properties.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // The small segmenter model loads in half the time and heap with near-identical output.
        properties.setProperty("segment.model", "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz");
        // Sentences arrive already split, one per line: CoreNLP must not split them again.
        properties.setProperty("ssplit.eolonly", "true");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        LOG.info("CoreNLP Chinese models loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return pipeline;
    }

    /** The entity spans and word boundaries CoreNLP finds in one sentence, with UTF-16 offsets into it. */
    public Tagging tag(String sentence) {
        return tagAll(List.of(sentence)).get(0);
    }

    /**
     * Tags many sentences in one CoreNLP document (one per line), which saves the fixed cost of
     * each annotate call; offsets in each result are into its own sentence.
     */
    public List<Tagging> tagAll(List<String> sentences) {
        StringBuilder joined = new StringBuilder();
        int[] starts = new int[sentences.size() + 1];
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            if (sentence.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a sentence holds a line break: " + sentence);
            }
            starts[i] = joined.length();
            joined.append(sentence).append('\n');
        }
        starts[sentences.size()] = joined.length();
        CoreDocument document = new CoreDocument(joined.toString());
        pipeline.annotate(document);

        List<BitSet> wordStarts = new ArrayList<>();
        List<BitSet> wordEnds = new ArrayList<>();
        List<List<NerSpan>> entities = new ArrayList<>();
        List<List<Tagging.Word>> words = new ArrayList<>();
        for (String sentence : sentences) {
            wordStarts.add(new BitSet(sentence.length() + 1));
            wordEnds.add(new BitSet(sentence.length() + 1));
            entities.add(new ArrayList<>());
            words.add(new ArrayList<>());
        }
        for (CoreLabel token : document.tokens()) {
            int index = sentenceAt(starts, token.beginPosition());
            int offset = starts[index];
            int begin = token.beginPosition() - offset;
            int end = token.endPosition() - offset;
            wordStarts.get(index).set(begin);
            wordEnds.get(index).set(end);
            if (begin >= 0 && end <= sentences.get(index).length() && begin < end) {
                words.get(index).add(new Tagging.Word(begin, end, sentences.get(index).substring(begin, end), token.tag()));
            }
        }
        for (CoreEntityMention mention : document.entityMentions()) {
            if (!USEFUL_TAGS.contains(mention.entityType())) {
                continue;
            }
            int index = sentenceAt(starts, mention.charOffsets().first());
            String sentence = sentences.get(index);
            int begin = mention.charOffsets().first() - starts[index];
            int end = mention.charOffsets().second() - starts[index];
            if (begin >= 0 && end <= sentence.length() && begin < end) {
                entities.get(index).add(new NerSpan(begin, end, sentence.substring(begin, end), mention.entityType()));
            }
        }
        List<Tagging> taggings = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            taggings.add(new Tagging(entities.get(i), wordStarts.get(i), wordEnds.get(i), words.get(i)));
        }
        return taggings;
    }

    /** The sentence whose text contains the joined-text offset. */
    private static int sentenceAt(int[] starts, int offset) {
        int index = java.util.Arrays.binarySearch(starts, offset);
        return index >= 0 ? Math.min(index, starts.length - 2) : -index - 2;
    }
}
