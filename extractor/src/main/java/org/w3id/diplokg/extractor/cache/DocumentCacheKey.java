package org.w3id.diplokg.extractor.cache;

import java.util.Map;
import java.util.TreeMap;
import org.w3id.diplokg.data.Sha256;
import org.w3id.diplokg.extractor.model.Document;

/**
 * Names everything a document's graph is made from, as one SHA-256: the extractor
 * ({@link ExtractorFingerprint}), the manifest, the tagger, the file's name and content, and the
 * name and content of each of its other renditions (alignment rewords a sentence by what the
 * other renditions say, so a changed rendition changes this document's graph too).
 *
 * @param hex the key, 64 hexadecimal digits
 */
public record DocumentCacheKey(String hex) {

    /**
     * @param document       the document as aligned, its renditions named
     * @param sha256ByFile   every file of the batch that was read, by file name, with its SHA-256
     * @param manifestSha256 the manifest's SHA-256, or empty when there is none
     * @param tagger         what finds the NER spans (CoreNLP, or a test's stand-in)
     */
    public static DocumentCacheKey of(String fingerprint, Document document, Map<String, String> sha256ByFile,
                                      String manifestSha256, String tagger) {
        Map<String, String> inputs = new TreeMap<>();
        inputs.put(document.source().fileName(), document.source().sha256());
        for (String rendition : document.renditions()) {
            inputs.put(rendition, sha256ByFile.getOrDefault(rendition, "unread"));
        }
        StringBuilder text = new StringBuilder()
                .append("extractor ").append(fingerprint).append('\n')
                .append("manifest ").append(manifestSha256).append('\n')
                .append("tagger ").append(tagger).append('\n')
                .append("document ").append(document.source().fileName()).append('\n');
        inputs.forEach((file, sha256) -> text.append("input ").append(file).append(' ').append(sha256).append('\n'));
        return new DocumentCacheKey(Sha256.hex(text.toString()));
    }
}
