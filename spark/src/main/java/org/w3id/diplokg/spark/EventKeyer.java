package org.w3id.diplokg.spark;

import java.nio.file.Path;
import org.apache.spark.api.java.function.PairFunction;
import org.w3id.diplokg.extractor.align.RenditionAligner;
import org.w3id.diplokg.extractor.source.InputException;
import org.w3id.diplokg.extractor.source.SourceReader;
import org.w3id.diplokg.extractor.structure.DocumentStructurer;
import org.w3id.diplokg.extractor.structure.Manifest;
import scala.Tuple2;

/**
 * Keys each transcript by its event as the rendition aligner groups them (date and event, from the
 * manifest or the text), so that the renditions of one event are extracted in one task and aligned
 * as in a local build. A file with no event, or one that cannot be read, is its own group (the
 * extraction then reports why it fails). Reading and structuring is cheap next to annotating.
 */
final class EventKeyer implements PairFunction<SourceFile, String, SourceFile> {
    private final byte[] manifest;

    EventKeyer(byte[] manifest) {
        this.manifest = manifest;
    }

    @Override
    public Tuple2<String, SourceFile> call(SourceFile file) {
        return new Tuple2<>(keyOf(file), file);
    }

    private String keyOf(SourceFile file) {
        try (LocalFolder folder = LocalFolder.create()) {
            Path manifestFile = folder.writeManifest(manifest);
            Manifest metadata = manifestFile == null ? Manifest.empty() : Manifest.load(manifestFile);
            var document = new DocumentStructurer().structure(new SourceReader().read(folder.write(file)), metadata);
            return RenditionAligner.eventKey(document).map(event -> "event\u0000" + event).orElse(alone(file));
        } catch (InputException | RuntimeException e) {
            return alone(file);
        }
    }

    private static String alone(SourceFile file) {
        return "file\u0000" + file.name();
    }
}
