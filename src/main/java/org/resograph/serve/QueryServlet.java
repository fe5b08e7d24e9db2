package org.resograph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.resograph.query.BoundQuery;
import org.resograph.query.CannedQuery;
import org.resograph.query.Display;
import org.resograph.query.QueryCatalogue;
import org.resograph.query.QueryLimit;
import org.resograph.query.QueryResult;
import org.resograph.query.QueryTarget;
import org.resograph.query.QueryUsageException;
import org.resograph.query.ResultFormat;
import org.resograph.serve.html.Pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The canned queries over HTTP. {@code /query} lists them; {@code /query/NAME?param=value}
 * answers one as a page, or, with {@code format=csv|tsv|json|dot|table} (or an Accept header
 * asking for CSV, TSV or SPARQL JSON results), in that format, exactly as
 * {@code resograph query NAME --param ... --format ...} writes it. A wrong parameter is a 400
 * naming the parameter, an unknown query a 404, a query over the time limit a 503.
 */
final class QueryServlet extends HttpServlet {
    private final transient PageSource source;
    private final transient QueryTarget target;
    private final long resultLimit;

    QueryServlet(PageSource source, Duration timeout, long resultLimit) {
        this.source = source;
        this.target = QueryTarget.local(source.dsg, timeout);
        this.resultLimit = resultLimit;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String name = path.startsWith("/query/") ? path.substring("/query/".length()) : "";
        if (name.endsWith("/")) name = name.substring(0, name.length() - 1);
        if (name.isEmpty()) {
            PageSource.sendHtml(resp, 200, source.read(() -> source.pages().queries()));
            return;
        }
        resp.setHeader("Vary", "Accept");
        Map<String, String> params;
        try {
            params = params(req);
        } catch (QueryUsageException e) {
            text(resp, 400, e.getMessage());
            return;
        }
        String format = format(req);
        if (format == null) {
            String n = name;
            Pages.Answer page = source.read(() -> source.pages().query(n, params));
            PageSource.sendHtml(resp, page.status(), page.html());
            return;
        }
        answer(resp, name, params, format);
    }

    /** The answer in one of the result formats, or a plain-text error. */
    private void answer(HttpServletResponse resp, String name, Map<String, String> params, String format) throws IOException {
        CannedQuery q = QueryCatalogue.builtIn().get(name);
        if (q == null) {
            text(resp, 404, "no query named '" + name + "'; see /query");
            return;
        }
        try {
            ResultFormat fmt = ResultFormat.of(format);
            String base = source.queryBase();
            BoundQuery bound = BoundQuery.bind(q, params, base);
            QueryResult r = target.run(QueryLimit.atMost(bound.query(), resultLimit));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fmt.write(r, out, new Display(base, bound.query().getPrefixMapping()), 0);
            PageSource.send(resp, 200, contentType(fmt, r), out.toString(StandardCharsets.UTF_8));
        } catch (QueryUsageException e) {
            text(resp, 400, e.getMessage());
        } catch (QueryCancelledException e) {
            text(resp, 503, "the query did not finish in the time this server allows");
        }
    }

    /** A plain-text message; it may repeat what the request said, so browsers must not sniff it as HTML. */
    private static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        PageSource.send(resp, status, "text/plain; charset=utf-8", message + "\n");
    }

    /**
     * The parameters: every request parameter but {@code format}; an empty field counts as not
     * given (so a form's blank field keeps the default); a parameter given twice is an error.
     */
    private static Map<String, String> params(HttpServletRequest req) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals("format")) continue;
            List<String> values = new ArrayList<>();
            for (String v : e.getValue()) if (v != null && !v.isBlank()) values.add(v);
            if (values.size() > 1) throw new QueryUsageException("parameter " + e.getKey() + " is given twice");
            if (values.size() == 1) out.put(e.getKey(), values.get(0));
        }
        return out;
    }

    /** The format asked for: the {@code format} parameter, else a results type in Accept; null for the page. */
    private static String format(HttpServletRequest req) {
        String f = req.getParameter("format");
        if (f != null && !f.isBlank()) return f.strip().toLowerCase(Locale.ROOT).equals("html") ? null : f;
        String accept = req.getHeader("Accept");
        if (accept == null || accept.contains("text/html")) return null;
        if (accept.contains("application/sparql-results+json") || accept.contains("application/json")) return "json";
        if (accept.contains("text/csv")) return "csv";
        if (accept.contains("text/tab-separated-values")) return "tsv";
        return null;
    }

    private static String contentType(ResultFormat f, QueryResult r) {
        String type = switch (f) {
            case CSV -> r.graph() != null ? "application/n-triples" : "text/csv";
            case TSV -> r.graph() != null ? "application/n-triples" : "text/tab-separated-values";
            case JSON -> r.graph() != null ? "application/ld+json" : "application/sparql-results+json";
            case DOT -> "text/vnd.graphviz";
            case TABLE -> r.graph() != null ? "text/turtle" : "text/plain";
        };
        return type + "; charset=utf-8";
    }
}
