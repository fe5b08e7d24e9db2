package org.resograph.serve.html;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryCancelledException;
import org.resograph.query.CannedQuery;
import org.resograph.query.QueryParam;
import org.resograph.query.QueryUsageException;

/**
 * A canned query's answer inside a resource page: the rows for this resource, a link to the
 * query's own page (all rows, CSV, JSON, DOT, the SPARQL text) and the same question on the
 * command line. A query that fails or runs out of time leaves a note, never a broken page.
 */
final class QueryPanel {
    /** Rows shown inside a resource page; the query page shows the rest. */
    static final int ROWS = 20;

    private final Site site;

    QueryPanel(Site site) {
        this.site = site;
    }

    /**
     * Parameters for one resource: {@code name} bound to the node, in its short form for that
     * parameter's kind; empty for a node no parameter can name (a blank node), which the callers
     * then leave out.
     */
    Map<String, String> about(String query, String param, Node n) {
        CannedQuery q = site.queries.query(query);
        QueryParam p = q.param(param);
        if (p == null) throw new IllegalStateException("query " + query + " has no parameter " + param);
        String value = n == null ? null : site.queries.value(n, p.kind(), n.isURI() ? site.data.text(n, Terms.SYMBOL) : null);
        if (value == null) return Map.of();
        Map<String, String> m = new LinkedHashMap<>();
        m.put(param, value);
        return m;
    }

    /**
     * Runs the query and writes its rows under a heading.
     *
     * @param heading the heading (h3); the query's title when null
     * @param empty what to say when there are no rows; when null, nothing at all is written then
     * @return the number of rows shown
     */
    int show(Html h, String query, Map<String, String> params, String heading, String empty) {
        return show(h, query, params, heading, empty, null);
    }

    /** The same, showing only the named columns (all when null). */
    int show(Html h, String query, Map<String, String> params, String heading, String empty, List<String> columns) {
        if (params.isEmpty()) return 0; // the resource has no name a parameter can take
        PageQueries.Answer a = run(h, query, params, ROWS, heading);
        return a == null ? 0 : write(h, query, params, a, heading, empty, columns);
    }

    /**
     * Runs a query for a page; on failure writes the heading and a note instead and returns null.
     *
     * @param cap the most rows read
     */
    PageQueries.Answer run(Html h, String query, Map<String, String> params, int cap, String heading) {
        CannedQuery q = site.queries.query(query);
        try {
            return site.queries.runInPage(q, params, cap);
        } catch (QueryCancelledException e) {
            h.el("h3", heading != null ? heading : q.title());
            h.el("p", "The query " + query + " did not finish in time on this server; run it from its page or the command line.", "class", "muted");
            footer(h, query, params, false);
        } catch (QueryUsageException e) {
            h.el("h3", heading != null ? heading : q.title());
            h.el("p", "The query " + query + " could not be run: " + e.getMessage(), "class", "muted");
        }
        return null;
    }

    /** Writes an answer already run: heading, the first {@link #ROWS} rows, the links. */
    int write(Html h, String query, Map<String, String> params, PageQueries.Answer a, String heading, String empty, List<String> columns) {
        int rows = (int) a.result().size();
        if (rows == 0 && empty == null) return 0;
        h.el("h3", heading != null ? heading : site.queries.query(query).title());
        if (rows == 0) h.el("p", empty, "class", "muted");
        else new QueryTable(site).write(h, a.result(), ROWS, columns);
        footer(h, query, params, a.more() || rows > ROWS);
        return rows;
    }

    /** The heading of a page's part made of canned queries. */
    void section(Html h) {
        h.el("h2", "From the canned queries", "id", "queries");
    }

    /** The line under a panel: the query page, the downloads and the command line. */
    void footer(Html h, String query, Map<String, String> params, boolean more) {
        if (params.isEmpty()) return;
        h.open("p", "class", "small muted query-links");
        if (more) h.text(String.format(Locale.ENGLISH, "The first %d rows. ", ROWS));
        h.text("Canned query ").a(href(query, params, null), query).text(more ? " (all rows)" : "").text(": ");
        h.a(href(query, params, "csv"), "CSV").text(" · ").a(href(query, params, "json"), "JSON");
        h.text(" · command line: ").el("code", command(query, params));
        h.close("p");
    }

    /** The address of a query's page (format null) or of its answer in a format. */
    static String href(String query, Map<String, String> params, String format) {
        StringBuilder b = new StringBuilder("/query/").append(query);
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(enc(e.getKey())).append('=').append(enc(e.getValue()));
            sep = '&';
        }
        if (format != null) b.append(sep).append("format=").append(format);
        return b.toString();
    }

    /** The same run as a {@code resograph query} command line, quoted for a POSIX shell. */
    static String command(String query, Map<String, String> params) {
        StringBuilder b = new StringBuilder("resograph query ").append(query);
        for (Map.Entry<String, String> e : params.entrySet()) b.append(" --param ").append(shellWord(e.getKey() + "=" + e.getValue()));
        return b.toString();
    }

    private static String shellWord(String s) {
        if (s.matches("[A-Za-z0-9_./:=@%+-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
