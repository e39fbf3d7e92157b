package org.w3id.diplokg.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The explorer's static files, read from the classpath: its stylesheet and script, and
 * Cytoscape.js from the WebJar Maven put on the classpath at build time (nothing is fetched
 * when the page runs).
 */
final class Assets {
    /** A file to serve: its bytes and content type. */
    record Asset(byte[] bytes, String contentType) {}

    private static final String OWN = "org/w3id/diplokg/explorer/";
    private static final String CYTOSCAPE_POM = "META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final Map<String, String> TYPES = Map.of(
            "explorer.css", "text/css; charset=utf-8",
            "graph.js", "text/javascript; charset=utf-8",
            "cytoscape.min.js", "text/javascript; charset=utf-8");

    private Assets() {}

    static Optional<Asset> find(String name) {
        String type = TYPES.get(name);
        if (type == null) {
            return Optional.empty();
        }
        String path = name.equals("cytoscape.min.js") ? cytoscapePath() : OWN + name;
        return Optional.of(new Asset(read(path), type));
    }

    /** Where the WebJar keeps the minified build: under its version, which its pom.properties gives. */
    static String cytoscapePath() {
        Properties pom = new Properties();
        try (InputStream in = resource(CYTOSCAPE_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "META-INF/resources/webjars/cytoscape/" + pom.getProperty("version") + "/dist/cytoscape.min.js";
    }

    private static byte[] read(String path) {
        try (InputStream in = resource(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Assets.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("missing on the classpath: " + path);
        }
        return in;
    }
}
