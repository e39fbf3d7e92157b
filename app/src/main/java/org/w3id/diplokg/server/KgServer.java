package org.w3id.diplokg.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.diplokg.explorer.ExplorerServlet;
import org.w3id.diplokg.store.KnowledgeGraphStore;
import org.w3id.diplokg.store.StoreException;

/**
 * The embedded Fuseki server: the dataset, read-only, at {@code /kg} (SPARQL query at
 * {@code /kg/sparql} and {@code /kg/query}, graph store read at {@code /kg/get}, where the default
 * graph is the union of the documents' graphs as it is for queries), the Fuseki UI at
 * {@code /}, the server status the UI reads at {@code /$/server}, and the explorer at
 * {@code /explore/}, which queries the same dataset in-process with the same timeout. Queries time
 * out and the SPARQL service's results are capped. Answers at {@code /kg/sparql} and
 * {@code /kg/query} are kept in a {@link ResultCache} ({@link ResultCache#DEFAULT_MEGABYTES} MB unless set; none with 0): nothing
 * writes to the dataset while it is served, so a request answered once is answered the same again.
 *
 * <pre>
 * KgServer server = KgServer.builder().dataDir(Path.of("data")).port(3030).build().start();
 * </pre>
 */
public final class KgServer {
    public static final String DATASET = "/kg";
    public static final String EXPLORER = "/explore";

    private final FusekiServer server;
    private final KnowledgeGraphStore store;
    private final Runnable afterStart;
    private final ResultCache queryCache;

    private KgServer(FusekiServer server, KnowledgeGraphStore store, Runnable afterStart, ResultCache queryCache) {
        this.server = server;
        this.store = store;
        this.afterStart = afterStart;
        this.queryCache = queryCache;
    }

    public static Builder builder() { return new Builder(); }

    /** Starts serving; when it cannot (the port is taken), releases the dataset before saying why. */
    public KgServer start() {
        try {
            server.start();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        afterStart.run();
        return this;
    }

    public void stop() {
        server.stop();
        store.close();
    }

    /** Blocks until the server stops. */
    public void join() { server.join(); }

    /** The port it listens on (the one chosen when built with port 0). */
    public int port() { return server.getHttpPort(); }

    public String sparqlEndpoint() { return "http://127.0.0.1:" + port() + DATASET + "/sparql"; }

    /** The cache of SPARQL answers, unless turned off. */
    public Optional<ResultCache> queryCache() { return Optional.ofNullable(queryCache); }

    public String uiAddress() { return "http://127.0.0.1:" + port() + "/"; }

    public String explorerAddress() { return "http://127.0.0.1:" + port() + EXPLORER + "/"; }

    public static final class Builder {
        private Path dataDir = Path.of("data");
        private int port = 3030;
        private boolean loopback = true;
        private long timeoutMillis = 30_000;
        private long maxRows = 10_000;
        private boolean warmUp = false;
        private long queryCacheBytes = (long) ResultCache.DEFAULT_MEGABYTES << 20;

        public Builder dataDir(Path dataDir) { this.dataDir = dataDir; return this; }

        /** 0 picks a free port (for tests). */
        public Builder port(int port) { this.port = port; return this; }

        /** Listen on 127.0.0.1 only (the default). */
        public Builder loopback(boolean loopback) { this.loopback = loopback; return this; }

        public Builder timeoutMillis(long timeoutMillis) { this.timeoutMillis = timeoutMillis; return this; }

        public Builder maxRows(long maxRows) { this.maxRows = maxRows; return this; }

        /** The SPARQL answers' cache's bound in bytes (an answer above an eighth of it is not kept); 0 turns it off. */
        public Builder queryCacheBytes(long queryCacheBytes) { this.queryCacheBytes = queryCacheBytes; return this; }

        /** Render the explorer's overview in the background once started, so its first visitor finds it ready. */
        public Builder warmUp(boolean warmUp) { this.warmUp = warmUp; return this; }

        public KgServer build() {
            KnowledgeGraphStore store = KnowledgeGraphStore.open(dataDir);
            DatasetGraph graph = store.dataset().asDatasetGraph();
            graph.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            DataService service = DataService.newBuilder(new UnionDefaultGraph(graph))
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.GSP_R)
                    .build();
            ExplorerServlet explorer = new ExplorerServlet(graph, timeoutMillis);
            ResultCache cache = queryCacheBytes > 0 ? new ResultCache(queryCacheBytes) : null;
            FusekiServer.Builder fuseki = FusekiServer.create();
            if (cache != null) {
                // Before Fuseki's dispatch, on the query endpoints; the service has no update endpoint to make an answer stale.
                ResultCacheFilter filter = new ResultCacheFilter(cache);
                fuseki.addFilter(DATASET + "/sparql", filter).addFilter(DATASET + "/query", filter);
            }
            FusekiServer server = fuseki
                    .port(port)
                    .loopback(loopback)
                    .registerOperation(Operation.Query, new CappedQuery(maxRows))
                    .add(DATASET, service)
                    .addServlet("/$/server", new ActionServerStatus())
                    .addServlet(EXPLORER + "/*", explorer)
                    .enablePing(true)
                    .staticFileBase(FusekiUi.folder().toString())
                    .build();
            return new KgServer(server, store, warmUp ? explorer::warmUp : () -> {}, cache);
        }
    }

    /** The Fuseki UI's static files, unpacked once from the jena-fuseki-ui jar. */
    static final class FusekiUi {
        private static Path folder;

        private FusekiUi() {}

        static synchronized Path folder() {
            if (folder != null) {
                return folder;
            }
            URL index = KgServer.class.getClassLoader().getResource("webapp/index.html");
            if (index == null) {
                throw new StoreException("the Fuseki UI (jena-fuseki-ui) is not on the classpath");
            }
            try {
                Path target = Files.createTempDirectory("diplokg-fuseki-ui");
                if ("jar".equals(index.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) index.openConnection();
                    try (JarFile jar = new JarFile(connection.getJarFileURL().getPath())) {
                        Enumeration<JarEntry> entries = jar.entries();
                        while (entries.hasMoreElements()) {
                            JarEntry entry = entries.nextElement();
                            if (!entry.getName().startsWith("webapp/") || entry.isDirectory()) {
                                continue;
                            }
                            Path file = target.resolve(entry.getName().substring("webapp/".length())).normalize();
                            if (!file.startsWith(target)) {
                                continue; // no entry may write outside the folder
                            }
                            Files.createDirectories(file.getParent());
                            try (InputStream in = jar.getInputStream(entry)) {
                                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                            }
                        }
                    }
                    folder = target;
                } else {
                    folder = Path.of(index.toURI()).getParent();
                }
                return folder;
            } catch (IOException | java.net.URISyntaxException e) {
                throw new StoreException("cannot unpack the Fuseki UI: " + e.getMessage(), e);
            }
        }
    }
}
