package org.w3id.diplokg.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's command line, refused before any Spark context starts. */
class SparkExtractionJobTest {
    @Test
    void argumentsNameTheOutputThePartitionsAndTheInputs() {
        SparkExtractionJob.Arguments arguments = SparkExtractionJob.Arguments.parse(
                new String[] {"--out", "shards", "--partitions", "8", "a/", "b.txt", "--manifest", "m.tsv"});
        assertEquals(new SparkExtractionJob.Arguments(List.of("a/", "b.txt"), "shards", "m.tsv", 8), arguments);
    }

    @Test
    void aMissingOutputNoInputOrABadPartitionCountIsAUsageError() {
        assertEquals(SparkExtractionJob.USAGE, SparkExtractionJob.run(new String[] {"seeds/"}));
        assertTrue(message("--out", "shards").contains("no INPUT given"));
        assertTrue(message("--out", "shards", "--partitions", "0", "seeds/").contains("at least 1, not 0"));
        assertTrue(message("--out", "shards", "--colour", "red", "seeds/").contains("unknown option --colour"));
        assertTrue(message("--out").contains("--out needs a value"));
    }

    private static String message(String... args) {
        return assertThrows(JobUsageException.class, () -> SparkExtractionJob.Arguments.parse(args)).getMessage();
    }
}
