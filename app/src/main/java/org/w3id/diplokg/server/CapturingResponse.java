package org.w3id.diplokg.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The response on its way to the client, copied as it streams, with what the query engine said of
 * it: the headers it set and whether any status but 200 was ever set. Fuseki signals a query that
 * timed out or failed after the first bytes were sent only by setting an error status on the
 * already-committed response, so a single non-200 status marks the copy as not to be kept.
 */
final class CapturingResponse extends HttpServletResponseWrapper {
    /** Set per request by Fuseki: not part of the answer. */
    private static final String REQUEST_ID = "Fuseki-Request-Id";

    private final long maxBytes;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private ServletOutputStream stream;
    private boolean failed;

    CapturingResponse(HttpServletResponse response, long maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    /** The answer as sent, or null when it must not be kept: an error status, too large, or written as text. */
    CachedResponse captured() {
        if (failed || copy == null || getStatus() != SC_OK) {
            return null;
        }
        Map<String, List<String>> kept = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> kept.put(name, List.copyOf(values)));
        return new CachedResponse(getContentType(), Collections.unmodifiableMap(kept), copy.toByteArray());
    }

    @Override
    public void setStatus(int status) {
        failed |= status != SC_OK;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status) throws IOException {
        failed = true;
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        failed = true;
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        failed = true;
        super.sendRedirect(location);
    }

    @Override
    public void reset() {
        failed = true;
        super.reset();
    }

    @Override
    public void resetBuffer() {
        failed = true;
        super.resetBuffer();
    }

    @Override
    public void setHeader(String name, String value) {
        if (!REQUEST_ID.equalsIgnoreCase(name)) {
            List<String> values = new ArrayList<>();
            values.add(value);
            headers.put(name, values);
        }
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (!REQUEST_ID.equalsIgnoreCase(name)) {
            headers.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        super.addHeader(name, value);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        failed = true; // a date is of this response, not of the answer (Fuseki sets none)
        super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
        failed = true;
        super.addDateHeader(name, date);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        failed = true; // Fuseki writes answers as bytes; text goes only into its error messages
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new Tee(super.getOutputStream());
        }
        return stream;
    }

    private void copied(byte[] bytes, int offset, int length) {
        if (copy == null) {
            return;
        }
        if (copy.size() + (long) length > maxBytes) {
            copy = null; // too large to keep: stop copying, the client still gets every byte
            return;
        }
        copy.write(bytes, offset, length);
    }

    /** Writes to the client and to the copy. */
    private final class Tee extends ServletOutputStream {
        private final ServletOutputStream out;

        Tee(ServletOutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copied(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            copied(bytes, offset, length);
        }

        @Override
        public void flush() throws IOException { out.flush(); }

        @Override
        public void close() throws IOException { out.close(); }

        @Override
        public boolean isReady() { return out.isReady(); }

        @Override
        public void setWriteListener(WriteListener listener) { out.setWriteListener(listener); }
    }
}
