package org.w3id.diplokg.extractor.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.w3id.diplokg.data.Sha256;

/**
 * A SHA-256 of code: the folders or jars holding some classes read byte by byte (our own modules,
 * their resources included), and the jars holding some resources by name and size (released
 * dependencies, named by their version and never changed under it; hashing the 1 GB model jar
 * would cost seconds every build).
 */
public final class CodeFingerprint {
    private CodeFingerprint() {}

    /**
     * @param ownCode              a class of each of our modules whose code and resources are read whole
     * @param dependencyResources  a class or resource file of each dependency whose jar is named
     */
    public static String of(List<Class<?>> ownCode, List<String> dependencyResources) {
        return ofLocations(ownCode.stream().map(type -> locationOf(type.getProtectionDomain().getCodeSource())).toList(),
                dependencyResources);
    }

    /** As {@link #of}, with the folders or jars of our code given. */
    static String ofLocations(List<Path> ownCode, List<String> dependencyResources) {
        MessageDigest digest = Sha256.digest();
        try {
            for (Path location : ownCode) {
                if (Files.isDirectory(location)) {
                    digestFolder(location, digest);
                } else {
                    digestFile(location, digest);
                }
            }
            for (String resource : dependencyResources) {
                URL url = CodeFingerprint.class.getClassLoader().getResource(resource);
                String identity = url == null ? "absent" : jarIdentity(url);
                digest.update((resource + "=" + identity + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the code to fingerprint it: " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every file under the folder, by relative path and content, in a fixed order. */
    private static void digestFolder(Path folder, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(folder.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digestFile(file, digest);
        }
    }

    private static void digestFile(Path file, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
    }

    /** A jar's file name and size (a resource outside a jar: its URL). */
    private static String jarIdentity(URL url) throws IOException {
        String text = url.toString();
        if (!text.startsWith("jar:file:")) {
            return text;
        }
        Path jar = Path.of(java.net.URI.create(text.substring("jar:".length(), text.indexOf("!/"))));
        return jar.getFileName() + ":" + Files.size(jar);
    }

    private static Path locationOf(CodeSource source) {
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("a code location that is not a path: " + source.getLocation(), e);
        }
    }
}
