package org.w3id.diplokg.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SPARQL service's answers kept by request, least recently used first out, bounded by their
 * total size: the served dataset is read-only, so a request answered once gives the same bytes for
 * as long as the server runs. An answer larger than an eighth of the bound is not kept, so one
 * large answer cannot push out all the others. Counts what it answered and what it did not, so a
 * test can see that a query was not run again.
 */
public final class ResultCache {
    /** The bound `serve` gives the cache unless told otherwise. */
    public static final int DEFAULT_MEGABYTES = 64;

    /** What a key and an entry's bookkeeping cost beside their bytes (a rough figure, for the bound). */
    private static final int OVERHEAD = 256;

    private final long maxBytes;
    private final Map<String, CachedResponse> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;
    private long evictions;

    public ResultCache(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("a cache needs room: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** The largest answer kept. */
    public long maxEntryBytes() { return maxBytes / 8; }

    public long maxBytes() { return maxBytes; }

    /** The answer kept for {@code key}, or null (counted as a miss: the request goes on to the query engine). */
    synchronized CachedResponse get(String key) {
        CachedResponse response = entries.get(key);
        if (response == null) {
            misses++;
        } else {
            hits++;
        }
        return response;
    }

    /** Keeps the answer unless it is too large, then drops the least recently used until all fit. */
    synchronized void put(String key, CachedResponse response) {
        long size = weight(key, response);
        if (size > maxEntryBytes()) {
            return;
        }
        CachedResponse previous = entries.put(key, response);
        if (previous != null) {
            bytes -= weight(key, previous);
        }
        bytes += size;
        var eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<String, CachedResponse> entry = eldest.next();
            bytes -= weight(entry.getKey(), entry.getValue());
            eldest.remove();
            evictions++;
        }
    }

    private static long weight(String key, CachedResponse response) {
        return 2L * key.length() + response.size() + OVERHEAD;
    }

    /** Requests answered from the cache. */
    public synchronized long hits() { return hits; }

    /** Requests that went on to the query engine (not in the cache, or not cacheable). */
    public synchronized long misses() { return misses; }

    public synchronized long evictions() { return evictions; }

    public synchronized int size() { return entries.size(); }

    /** The entries' total weight: their bytes, keys and bookkeeping. */
    public synchronized long bytes() { return bytes; }
}
