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
        // One statement at a time: never split it again.
        properties.setProperty("ssplit.isOneSentence", "true");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(properties);
        LOG.info("CoreNLP Chinese models loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        return pipeline;
    }

    /** The entity spans and word boundaries CoreNLP finds in one sentence, with UTF-16 offsets into it. */
    public Tagging tag(String sentence) {
        CoreDocument document = new CoreDocument(sentence);
        pipeline.annotate(document);
        BitSet wordStarts = new BitSet(sentence.length() + 1);
        BitSet wordEnds = new BitSet(sentence.length() + 1);
        for (CoreLabel token : document.tokens()) {
            wordStarts.set(token.beginPosition());
            wordEnds.set(token.endPosition());
        }
        List<NerSpan> spans = new ArrayList<>();
        for (CoreEntityMention mention : document.entityMentions()) {
            String tag = mention.entityType();
            if (!USEFUL_TAGS.contains(tag)) {
                continue;
            }
            int begin = mention.charOffsets().first();
            int end = mention.charOffsets().second();
            if (begin < 0 || end > sentence.length() || begin >= end) {
                continue;
            }
            spans.add(new NerSpan(begin, end, sentence.substring(begin, end), tag));
        }
        return new Tagging(spans, wordStarts, wordEnds);
    }
}
