package org.w3id.diplokg.store;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a dataset folder keeps its parts: the TDB2 database and the Lucene text index. */
public record DatasetLayout(Path folder) {
    public Path tdb2() { return folder.resolve("tdb2"); }

    public Path textIndex() { return folder.resolve("text"); }

    /** True when the folder holds a built dataset. */
    public boolean exists() {
        return Files.isDirectory(tdb2()) && Files.isDirectory(textIndex());
    }
}
