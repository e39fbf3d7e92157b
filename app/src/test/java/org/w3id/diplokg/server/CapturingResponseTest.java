package org.w3id.diplokg.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the copy of a response keeps, with the calls Fuseki makes: an answer sent whole is kept; one
 * cut short by a timeout after its first bytes (Fuseki then sets status 400 on the committed
 * response and appends a note), an error, or one over the size limit is not, while the client
 * still gets every byte.
 */
class CapturingResponseTest {
    /** The client's side of a response: its status, content type and bytes. */
    private static final class Client {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = 200;
        String contentType;

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) { bytes.write(b); }

                @Override
                public boolean isReady() { return true; }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "getOutputStream" -> out;
                        case "setStatus" -> { status = (Integer) args[0]; yield null; }
                        case "getStatus" -> status;
                        case "setContentType" -> { contentType = (String) args[0]; yield null; }
                        case "getContentType" -> contentType;
                        default -> null;
                    });
        }
    }

    private static final byte[] ANSWER = "{ \"head\": {}, \"results\": { \"bindings\": [] } }".getBytes(StandardCharsets.UTF_8);

    @Test
    void keepsAnAnswerSentWholeWithItsHeadersButNotTheRequestId() throws Exception {
        Client client = new Client();
        CapturingResponse response = new CapturingResponse(client.response(), 1_000);
        response.setHeader("Fuseki-Request-Id", "7");
        response.setHeader("Vary", "Accept");
        response.addHeader("Vary", "Accept-Encoding");
        response.setContentType("application/sparql-results+json; charset=utf-8");
        response.setStatus(200);
        response.getOutputStream().write(ANSWER);
        CachedResponse kept = response.captured();
        assertNotNull(kept);
        assertArrayEquals(ANSWER, kept.body());
        assertEquals(List.of("Accept", "Accept-Encoding"), kept.headers().get("vary"));
        assertNull(kept.headers().get("Fuseki-Request-Id"));
        assertEquals("application/sparql-results+json; charset=utf-8", kept.contentType());
    }

    @Test
    void doesNotKeepAnAnswerCutShortByATimeout() throws Exception {
        Client client = new Client();
        CapturingResponse response = new CapturingResponse(client.response(), 1_000);
        response.setStatus(200);
        response.getOutputStream().write(ANSWER, 0, 20);
        // Fuseki's Responses.output on QueryCancelledException, the response already committed:
        response.setStatus(400);
        response.getOutputStream().write("\n##  Query cancelled due to timeout during execution   ##\n".getBytes(StandardCharsets.UTF_8));
        assertNull(response.captured());
    }

    @Test
    void doesNotKeepAnErrorEvenIfAStatus200FollowsIt() throws Exception {
        Client client = new Client();
        CapturingResponse response = new CapturingResponse(client.response(), 1_000);
        response.sendError(503);
        response.setStatus(200);
        response.getOutputStream().write(ANSWER);
        assertNull(response.captured());
    }

    @Test
    void doesNotKeepAnAnswerOverTheLimitButSendsItWhole() throws Exception {
        Client client = new Client();
        CapturingResponse response = new CapturingResponse(client.response(), ANSWER.length - 1);
        response.setStatus(200);
        response.getOutputStream().write(ANSWER, 0, 10);
        response.getOutputStream().write(ANSWER, 10, ANSWER.length - 10);
        assertNull(response.captured());
        assertArrayEquals(ANSWER, client.bytes.toByteArray());
    }
}
