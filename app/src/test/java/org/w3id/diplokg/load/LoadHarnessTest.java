package org.w3id.diplokg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.diplokg.SeedsDataset;
import org.w3id.diplokg.load.LoadHarness.Tally;
import org.w3id.diplokg.load.LoadHarness.Target;

class LoadHarnessTest {
    @Test
    void nearestRankPercentiles() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = i + 1;
        }
        assertEquals(50, LoadHarness.percentile(hundred, 50));
        assertEquals(99, LoadHarness.percentile(hundred, 99));
        assertEquals(100, LoadHarness.percentile(hundred, 100));
        assertEquals(1, LoadHarness.percentile(hundred, 0.5));
        assertEquals(7, LoadHarness.percentile(new long[] {7}, 99));
        assertEquals(2, LoadHarness.percentile(new long[] {1, 2, 3}, 50));
        assertEquals(3, LoadHarness.percentile(new long[] {1, 2, 3}, 99));
        assertEquals(-1, LoadHarness.percentile(new long[0], 50));
    }

    @Test
    void reportGivesEachTargetAndTheTotals() {
        Target query = new Target("q1 countries", "SELECT * {}", null);
        Target page = new Target("page overview", null, "/explore/");
        Tally q = new Tally();
        for (int ms = 1; ms <= 100; ms++) {
            q.ok(ms * 1_000_000L);
        }
        q.error("HTTP 503");
        Tally p = new Tally();
        p.ok(250_000_000L);
        String report = LoadHarness.report(List.of(query, page), Map.of(query, q, page, p), 10);
        assertTrue(report.contains("| q1 countries | 100 | 1 | 50 | 99 | 100 |"), report);
        assertTrue(report.contains("| page overview | 1 | 0 | 250 | 250 | 250 |"), report);
        assertTrue(report.contains("| **all README queries** | 100 | 1 |"), report);
        assertTrue(report.contains("| **all** | 101 | 1 | 51 | 100 | 250 |"), report);
        assertTrue(report.contains("102 requests in 10.0 s: 10.2/s"), report);
        assertTrue(report.contains("errors: 1 × HTTP 503"), report);
    }

    @Test
    void readsEveryReadmeQueryWithItsHeading() throws Exception {
        String readme = Files.readString(SeedsDataset.projectRoot().resolve("README.md"));
        List<Target> queries = LoadHarness.readmeQueries(readme);
        assertTrue(queries.size() >= 16, "README queries: " + queries.size());
        assertTrue(queries.get(0).label().startsWith("q1 Which countries"), queries.get(0).label());
        assertTrue(queries.stream().allMatch(t -> t.query().contains("SELECT")));
        assertTrue(queries.stream().noneMatch(t -> t.query().contains("```")));
    }

    @Test
    void pagesFileShared() throws Exception {
        List<Target> pages = LoadHarness.pages(Files.readAllLines(SeedsDataset.projectRoot().resolve("dev/load-pages.tsv")));
        assertFalse(pages.isEmpty());
        assertTrue(pages.stream().allMatch(t -> t.path().startsWith("/explore/")));
        assertThrows(IllegalArgumentException.class, () -> LoadHarness.pages(List.of("no tab here")));
    }

    @Test
    void runsBoundedClientsAgainstAServerAndCountsFailures() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/kg/sparql", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/explore/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.createContext("/explore/slow", exchange -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        java.util.concurrent.ExecutorService executor = java.util.concurrent.Executors.newFixedThreadPool(8);
        server.setExecutor(executor);
        server.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            Target query = new Target("q", "SELECT * {}", null);
            Target missing = new Target("missing", null, "/explore/missing");
            Target slow = new Target("slow", null, "/explore/slow");
            long begin = System.nanoTime();
            Map<Target, Tally> tallies = LoadHarness.run(new LoadHarness.Options(base, 3, Duration.ofMillis(800),
                    Duration.ofMillis(500), List.of(query, missing, slow)));
            double seconds = (System.nanoTime() - begin) / 1e9;
            assertTrue(seconds < 6, "bounded by the duration plus one timeout, not the slow page's 10 s: " + seconds);
            assertTrue(tallies.get(query).sortedNanos().length > 0);
            assertEquals(0, tallies.get(query).errors());
            assertTrue(tallies.get(missing).reasons().containsKey("HTTP 404"), tallies.get(missing).reasons().toString());
            assertEquals(0, tallies.get(slow).sortedNanos().length);
            assertTrue(tallies.get(slow).errors() > 0);
        } finally {
            server.stop(0);
            executor.shutdownNow();
        }
        assertThrows(IllegalArgumentException.class, () -> LoadHarness.run(new LoadHarness.Options(
                URI.create("http://192.0.2.1:3030"), 1, Duration.ofMillis(10), Duration.ofMillis(10), List.of())));
    }
}
