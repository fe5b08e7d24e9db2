package org.resograph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.resograph.query.BaseDetector;
import org.resograph.serve.html.Pages;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What the page servlets share: the dataset, read transactions, the data bases (read off the
 * graph names and re-read now and then, since a load may add one) and the way pages are sent.
 */
final class PageSource {
    private static final long BASES_TTL_NANOS = 10_000_000_000L;

    final DatasetGraph dsg;
    private final Duration timeout;
    private volatile List<String> bases;
    private volatile long basesRead;
    private volatile String queryBase;
    private volatile long queryBaseRead;

    PageSource(DatasetGraph dsg, Duration timeout) {
        this.dsg = dsg;
        this.timeout = timeout;
    }

    /** The pages for one request (they cache labels, so one instance per request). */
    Pages pages() {
        return new Pages(dsg, bases(), queryBase(), timeout);
    }

    List<String> bases() {
        long now = System.nanoTime();
        List<String> b = bases;
        if (b == null || now - basesRead > BASES_TTL_NANOS) {
            b = read(() -> Bases.of(dsg));
            bases = b;
            basesRead = now;
        }
        return b;
    }

    /**
     * The base that bare words in query parameters name, found as the command line finds it
     * ({@link BaseDetector}): the default one when the data uses it, else the one it uses.
     */
    String queryBase() {
        long now = System.nanoTime();
        String b = queryBase;
        if (b == null || now - queryBaseRead > BASES_TTL_NANOS) {
            b = BaseDetector.of(dsg);
            queryBase = b;
            queryBaseRead = now;
        }
        return b;
    }

    <T> T read(Supplier<T> action) {
        return dsg.isInTransaction() ? action.get() : Txn.calculateRead(dsg, action);
    }

    static void sendHtml(HttpServletResponse resp, int status, String html) throws IOException {
        send(resp, status, "text/html; charset=utf-8", html);
    }

    static void send(HttpServletResponse resp, int status, String contentType, String body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    static void notFound(HttpServletResponse resp, String what) throws IOException {
        sendHtml(resp, 404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                + "<body><h1>Not found</h1><p>Nothing is known about <code>" + escape(what) + "</code> in this database.</p>"
                + "<p><a href=\"/\">ResoGraph home</a></p></body></html>");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
