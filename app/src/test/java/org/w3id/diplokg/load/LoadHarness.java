package org.w3id.diplokg.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded load test of a running {@code ./diplokg serve}, on loopback only: N clients for T
 * seconds, each looping over the README's example queries (read from README.md, every
 * {@code ```sparql} block, so they never drift from the document) and a list of explorer pages,
 * each request bounded by a timeout. Prints, per query and page and overall, the count, errors,
 * p50, p99 and slowest time as a markdown table.
 *
 * <p>JDK only, so it runs as a single source file ({@code dev/load-harness}, which passes the
 * options below) as well as from the test classpath:
 *
 * <pre>
 * java app/src/test/java/org/w3id/diplokg/load/LoadHarness.java --url http://127.0.0.1:3030 \
 *      --clients 32 --seconds 60 --timeout 30 --readme README.md --pages dev/load-pages.tsv
 * </pre>
 */
public final class LoadHarness {
    /** One kind of request: a README query (POSTed to the SPARQL endpoint) or an explorer page (GET). */
    public record Target(String label, String query, String path) {
        static Target query(String label, String sparql) { return new Target(label, sparql, null); }

        static Target page(String label, String path) { return new Target(label, null, path); }

        boolean isQuery() { return query != null; }
    }

    /** What one target gave: each successful request's time in nanoseconds, and the failures. */
    public static final class Tally {
        private long[] nanos = new long[64];
        private int count;
        private int errors;
        private final Map<String, Integer> reasons = new LinkedHashMap<>();

        public synchronized void ok(long elapsedNanos) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = elapsedNanos;
        }

        public synchronized void error(String reason) {
            errors++;
            reasons.merge(reason, 1, Integer::sum);
        }

        public synchronized long[] sortedNanos() {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            return sorted;
        }

        public synchronized int errors() { return errors; }

        public synchronized Map<String, Integer> reasons() { return new LinkedHashMap<>(reasons); }

        synchronized void addAll(Tally other) {
            for (long n : other.sortedNanos()) {
                ok(n);
            }
            errors += other.errors();
            other.reasons().forEach((k, v) -> reasons.merge(k, v, Integer::sum));
        }
    }

    private LoadHarness() {}

    /**
     * The nearest-rank percentile of sorted values: the smallest value such that at least {@code p}
     * percent of them are at most it. {@code p} in (0, 100]; -1 for no values.
     */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** Every {@code ```sparql} block of the README, labelled with the heading above it ("q1 Which countries…"). */
    public static List<Target> readmeQueries(String readme) {
        List<Target> targets = new ArrayList<>();
        String heading = "";
        String[] lines = readme.split("\n", -1);
        Pattern numbered = Pattern.compile("^#+\\s+(\\d+)\\.\\s*(.*)$");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                heading = line;
            }
            if (!line.equals("```sparql")) {
                continue;
            }
            StringBuilder query = new StringBuilder();
            for (i++; i < lines.length && !lines[i].equals("```"); i++) {
                query.append(lines[i]).append('\n');
            }
            int n = targets.size() + 1;
            Matcher m = numbered.matcher(heading);
            String title = m.matches() ? m.group(2) : heading.replaceFirst("^#+\\s*", "");
            targets.add(Target.query("q" + n + " " + shorten(title, 48), query.toString()));
        }
        return targets;
    }

    /** Pages from a file of "label TAB path" lines ('#' starts a comment). */
    public static List<Target> pages(List<String> lines) {
        List<Target> targets = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("not \"label<TAB>/path\": " + line);
            }
            targets.add(Target.page("page " + parts[0].trim(), parts[1].trim()));
        }
        return targets;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The markdown report: one row per target in the order given, then all of them together. */
    public static String report(List<Target> targets, Map<Target, Tally> tallies, double seconds) {
        StringBuilder out = new StringBuilder();
        out.append("| request | n | errors | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        Tally all = new Tally();
        Tally queries = new Tally();
        Tally pages = new Tally();
        for (Target target : targets) {
            Tally tally = tallies.get(target);
            row(out, target.label(), tally);
            all.addAll(tally);
            (target.isQuery() ? queries : pages).addAll(tally);
        }
        if (targets.stream().anyMatch(Target::isQuery) && targets.stream().anyMatch(t -> !t.isQuery())) {
            row(out, "**all README queries**", queries);
            row(out, "**all explorer pages**", pages);
        }
        row(out, "**all**", all);
        long n = all.sortedNanos().length + all.errors();
        out.append(String.format(Locale.ROOT, "%n%,d requests in %.1f s: %.1f/s%n", n, seconds, n / seconds));
        all.reasons().forEach((reason, times) -> out.append("errors: ").append(times).append(" × ").append(reason).append('\n'));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Tally tally) {
        long[] sorted = tally.sortedNanos();
        out.append(String.format(Locale.ROOT, "| %s | %,d | %d | %s | %s | %s |%n", label, sorted.length, tally.errors(),
                ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.length == 0 ? -1 : sorted[sorted.length - 1])));
    }

    private static String ms(long nanos) {
        if (nanos < 0) {
            return "–";
        }
        double ms = nanos / 1e6;
        return ms < 10 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%,.0f", ms);
    }

    /** Options of a run. */
    public record Options(URI base, int clients, Duration duration, Duration timeout, List<Target> targets) {}

    /**
     * Requests every target {@code rounds} times, one at a time, before the timed run (JIT, caches,
     * page cache); returns those times, which are what a first request costs (none when 0 rounds).
     */
    public static Map<Target, Tally> warmUp(Options options, int rounds) throws InterruptedException {
        if (rounds == 0) {
            return Map.of();
        }
        return run(new Options(options.base(), 1, Duration.ZERO, options.timeout(), options.targets()), rounds * options.targets().size());
    }

    /**
     * Runs the load: each client starts at its own place in the list of targets and goes round it
     * until the time is up; a request still running then is waited for (at most the timeout) and
     * counted. Returns each target's tally.
     */
    public static Map<Target, Tally> run(Options options) throws InterruptedException {
        return run(options, Long.MAX_VALUE);
    }

    /** As {@link #run(Options)}, each client stopping after {@code maxRequests} requests at most (a warm-up's rounds). */
    private static Map<Target, Tally> run(Options options, long maxRequests) throws InterruptedException {
        if (!isLoopback(options.base())) {
            throw new IllegalArgumentException("loopback only: " + options.base());
        }
        Map<Target, Tally> tallies = new LinkedHashMap<>();
        options.targets().forEach(t -> tallies.put(t, new Tally()));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        long deadline = System.nanoTime() + options.duration().toNanos();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            int start = c;
            Thread client = new Thread(() -> {
                List<Target> targets = options.targets();
                boolean byCount = maxRequests != Long.MAX_VALUE;
                for (long n = 0, i = start; byCount ? n < maxRequests : System.nanoTime() < deadline; n++, i++) {
                    Target target = targets.get((int) (i % targets.size()));
                    request(http, options, target, tallies.get(target));
                }
            }, "load-client-" + c);
            client.setDaemon(true);
            clients.add(client);
        }
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            client.join();
        }
        return tallies;
    }

    private static void request(HttpClient http, Options options, Target target, Tally tally) {
        HttpRequest.Builder builder = HttpRequest.newBuilder().timeout(options.timeout());
        if (target.isQuery()) {
            builder.uri(options.base().resolve("/kg/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(target.query(), StandardCharsets.UTF_8)));
        } else {
            builder.uri(options.base().resolve(target.path())).GET();
        }
        long begin = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = pending.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
            long elapsed = System.nanoTime() - begin;
            if (response.statusCode() == 200) {
                tally.ok(elapsed);
            } else {
                tally.error("HTTP " + response.statusCode());
            }
        } catch (TimeoutException e) {
            pending.cancel(true);
            tally.error("no answer within " + options.timeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            tally.error(cause.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.error("interrupted");
        }
    }

    static boolean isLoopback(URI base) {
        try {
            return base.getHost() != null && InetAddress.getByName(base.getHost()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    public static void main(String[] args) throws Exception {
        String url = "http://127.0.0.1:3030";
        int clients = 32;
        int seconds = 60;
        int timeout = 30;
        Path readme = Path.of("README.md");
        Path pagesFile = Path.of("dev", "load-pages.tsv");
        String only = "all";
        int warmup = 1;
        String match = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--url" -> { url = value; i++; }
                case "--clients" -> { clients = Integer.parseInt(value); i++; }
                case "--seconds" -> { seconds = Integer.parseInt(value); i++; }
                case "--timeout" -> { timeout = Integer.parseInt(value); i++; }
                case "--readme" -> { readme = Path.of(value); i++; }
                case "--pages" -> { pagesFile = Path.of(value); i++; }
                case "--only" -> { only = value; i++; }
                case "--match" -> { match = value; i++; }
                case "--warmup" -> { warmup = Integer.parseInt(value); i++; }
                default -> {
                    System.err.println("usage: LoadHarness [--url http://127.0.0.1:3030] [--clients 32] [--seconds 60]"
                            + " [--timeout 30] [--readme README.md] [--pages dev/load-pages.tsv] [--only all|queries|pages] [--match REGEX]"
                            + " [--warmup ROUNDS (default 1: each request once, one at a time, its times printed apart)]");
                    System.exit(2);
                }
            }
        }
        List<Target> targets = new ArrayList<>();
        if (!only.equals("pages")) {
            targets.addAll(readmeQueries(Files.readString(readme)));
        }
        if (!only.equals("queries")) {
            targets.addAll(pages(Files.readAllLines(pagesFile)));
        }
        if (match != null) {
            Pattern pattern = Pattern.compile(match);
            targets.removeIf(t -> !pattern.matcher(t.label()).find());
        }
        if (targets.isEmpty()) {
            System.err.println("nothing to request");
            System.exit(2);
        }
        Options options = new Options(URI.create(url), clients, Duration.ofSeconds(seconds), Duration.ofSeconds(timeout), targets);
        String warmupBefore = loadAverage();
        long warmupBegin = System.nanoTime();
        Map<Target, Tally> warmupTallies = warmUp(options, warmup);
        if (!warmupTallies.isEmpty()) {
            System.out.printf(Locale.ROOT, "Warm-up, not in the timed run: %d round(s) of each request, one at a time, against %s;"
                    + " load average %s → %s%n%n", warmup, url, warmupBefore, loadAverage());
            System.out.print(report(targets, warmupTallies, (System.nanoTime() - warmupBegin) / 1e9));
            System.out.println();
        }
        String before = loadAverage();
        Instant started = Instant.now();
        long begin = System.nanoTime();
        Map<Target, Tally> tallies = run(options);
        double elapsed = (System.nanoTime() - begin) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %d clients, %d s, timeout %d s, %d targets (after %d untimed round(s) of each), against %s;"
                + " load average %s → %s%n%n", started, clients, seconds, timeout, targets.size(), warmup, url, before, loadAverage());
        System.out.print(report(targets, tallies, elapsed));
    }
}
