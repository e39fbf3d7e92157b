package org.w3id.diplokg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Bulk-loads N-Quads shards (what the Spark job writes) into a dataset folder through the same
 * TDB2 bulk loader and text indexing as `build`, replacing the dataset only when every shard loaded:
 * a shard that is not N-Quads, or holds a triple in no named graph, leaves the dataset as it was.
 */
public final class ShardLoader {
    private ShardLoader() {}

    /** A shard that cannot be loaded: which, and why. */
    public static final class BadShardException extends RuntimeException {
        private final Path shard;

        BadShardException(Path shard, String problem, Throwable cause) {
            super(problem, cause);
            this.shard = shard;
        }

        public Path shard() { return shard; }
    }

    /** Loads every shard, in order, into {@code dataFolder}; returns the number of quads read. */
    public static long load(List<Path> shards, Path dataFolder) {
        long[] quads = {0};
        DatasetBuilder.into(dataFolder).build(sink -> {
            shards.forEach(shard -> quads[0] += loadOne(shard, sink));
            return quads[0];
        }, loaded -> true);
        return quads[0];
    }

    private static long loadOne(Path shard, StreamRDF sink) {
        NamedGraphsOnly counted = new NamedGraphsOnly(shard, sink);
        try {
            RDFParser.source(shard).forceLang(Lang.NQUADS).parse(counted);
        } catch (RiotException e) {
            throw new BadShardException(shard, "not N-Quads: " + e.getMessage(), e);
        }
        return counted.quads;
    }

    /**
     * Passes quads on, counting them, and refuses a triple in the default graph: every quad of a
     * diplokg shard is in a document's or the provenance graph. The loader's stream is started and
     * finished once for all shards, so each file's own start and finish are not passed on.
     */
    private static final class NamedGraphsOnly extends StreamRDFWrapper {
        private final Path shard;
        long quads;

        NamedGraphsOnly(Path shard, StreamRDF loader) {
            super(loader);
            this.shard = shard;
        }

        @Override
        public void start() {}

        @Override
        public void finish() {}

        @Override
        public void triple(Triple triple) {
            throw new BadShardException(shard, "not a diplokg shard: a triple in no named graph (" + triple + ")", null);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
            }
            quads++;
            super.quad(quad);
        }
    }
}
