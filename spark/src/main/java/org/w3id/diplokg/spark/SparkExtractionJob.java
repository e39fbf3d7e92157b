package org.w3id.diplokg.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The job's entry point for spark-submit:
 * {@code SparkExtractionJob --out DIR [--manifest FILE] [--partitions N] INPUT...}. The master comes
 * from spark-submit ({@code --master yarn}) or {@code -Dspark.master=local[2]}. Exit codes as
 * `diplokg build`'s: 0 every file built, 1 some file refused, 2 a usage error.
 */
public final class SparkExtractionJob {
    static final int SUCCESS = 0;
    static final int INPUT_FAILED = 1;
    static final int USAGE = 2;

    private SparkExtractionJob() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (JobUsageException e) {
            System.err.println("diplokg-spark: " + e.getMessage());
            System.err.println("usage: SparkExtractionJob --out DIR [--manifest FILE] [--partitions N] INPUT...");
            return USAGE;
        }
        SparkConf conf = new SparkConf().setAppName("diplokg extraction").setIfMissing("spark.master", "local[*]");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            int partitions = arguments.partitions > 0 ? arguments.partitions : spark.defaultParallelism();
            ShardedExtraction.Report report = new ShardedExtraction(spark).run(arguments.inputs, arguments.manifest, arguments.out, partitions);
            report.failures().forEach(failure -> System.err.println("diplokg-spark: refused " + failure));
            System.err.printf("diplokg-spark: %d documents built, %d refused, shards in %s%n",
                    report.built().size(), report.failures().size(), arguments.out);
            return report.failures().isEmpty() ? SUCCESS : INPUT_FAILED;
        } catch (JobUsageException e) {
            System.err.println("diplokg-spark: " + e.getMessage());
            return USAGE;
        }
    }

    /** The command line, parsed by hand: picocli is the app's, and this jar should carry little. */
    record Arguments(List<String> inputs, String out, String manifest, int partitions) {
        static Arguments parse(String[] args) {
            List<String> inputs = new ArrayList<>();
            String out = null;
            String manifest = null;
            int partitions = 0;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> out = valueOf(args, ++i, "--out");
                    case "--manifest" -> manifest = valueOf(args, ++i, "--manifest");
                    case "--partitions" -> partitions = partitionsOf(valueOf(args, ++i, "--partitions"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new JobUsageException("unknown option " + args[i]);
                        }
                        inputs.add(args[i]);
                    }
                }
            }
            if (out == null) {
                throw new JobUsageException("--out DIR is required (a folder that does not exist yet)");
            }
            if (inputs.isEmpty()) {
                throw new JobUsageException("no INPUT given (transcript files or folders of *.txt)");
            }
            return new Arguments(inputs, out, manifest, partitions);
        }

        private static String valueOf(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new JobUsageException(option + " needs a value");
            }
            return args[index];
        }

        private static int partitionsOf(String value) {
            try {
                int partitions = Integer.parseInt(value);
                if (partitions >= 1) {
                    return partitions;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new JobUsageException("--partitions must be a whole number of at least 1, not " + value);
        }
    }
}
