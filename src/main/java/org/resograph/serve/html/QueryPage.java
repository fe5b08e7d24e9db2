package org.resograph.serve.html;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.query.QueryCancelledException;
import org.resograph.query.CannedQuery;
import org.resograph.query.QueryCatalogue;
import org.resograph.query.QueryParam;
import org.resograph.query.QueryUsageException;

/**
 * The canned queries on the web: {@code /query} lists them; {@code /query/NAME} shows one with
 * its question, a form for its parameters (filled with the values given, or showing the
 * defaults), its answer as a table, the downloads, the command line and the SPARQL text as sent.
 */
final class QueryPage {
    /** Rows shown on a query's page; the downloads have them all. */
    static final int ROWS = 500;

    private final Site site;

    QueryPage(Site site) {
        this.site = site;
    }

    String index() {
        Html h = new Html();
        h.el("div", "Canned queries", "class", "kind");
        h.el("h1", "Questions the graph answers");
        h.open("p").text("Each is a SPARQL file in the project's ").el("code", "queries/")
                .text(" folder, run here with the parameters you give (bound as RDF terms) or from the command line with ")
                .el("code", "resograph query NAME --param name=value").text(". The pages of documents, bodies, treaties, SDG targets, States and sessions show them for their resource.")
                .close("p");
        h.open("table").open("thead").open("tr").el("th", "Query").el("th", "Question").close("tr").close("thead").open("tbody");
        for (CannedQuery q : QueryCatalogue.builtIn().all()) {
            h.open("tr").open("td").a("/query/" + q.name(), q.name()).close("td").open("td");
            h.el("strong", q.title()).open("div", "class", "small muted").text(shorten(q.question(), 260)).close("div");
            h.close("td").close("tr");
        }
        h.close("tbody").close("table");
        return Layout.page("Canned queries", null, site.links, h);
    }

    /** A query's page; the status is 400 when a parameter is wrong, 404 when there is no such query. */
    Pages.Answer render(String name, Map<String, String> params) {
        CannedQuery q = QueryCatalogue.builtIn().get(name);
        if (q == null) {
            Html h = new Html();
            h.el("h1", "No such query");
            h.open("p").text("There is no canned query named “" + name + "”. ").a("/query", "See the list.").close("p");
            return new Pages.Answer(404, Layout.page("No such query", null, site.links, h));
        }
        Html h = new Html();
        h.open("div", "class", "kind").a("/query", "Canned query").text(" · " + q.name()).close("div");
        h.el("h1", q.title());
        h.el("p", q.question());
        form(h, q, params);
        int status = 200;
        try {
            PageQueries.Answer a = site.queries.run(q, params, ROWS);
            long rows = a.result().size();
            h.el("h2", "Answer", "id", "answer");
            h.el("p", String.format(Locale.ENGLISH, "%s%,d row%s in %.0f ms.", a.more() ? "The first " : "", rows,
                    rows == 1 ? "" : "s", a.millis()) + (a.more() ? " The downloads below have them all." : ""), "class", "muted small");
            if (rows == 0 && a.result().isSelect()) h.el("p", "No rows: nothing in the dataset matches.", "class", "muted");
            else new QueryTable(site).write(h, a.result(), ROWS);
            Map<String, String> given = new LinkedHashMap<>(params);
            h.open("p", "class", "small").text("Download: ");
            String sep = "";
            for (String f : new String[] {"csv", "tsv", "json", "dot", "table"}) {
                h.text(sep).a(QueryPanel.href(q.name(), given, f), f.equals("table") ? "text table" : f.toUpperCase(Locale.ROOT));
                sep = " · ";
            }
            h.close("p");
            h.open("p", "class", "small").text("Command line: ").el("code", QueryPanel.command(q.name(), given)).close("p");
            h.open("details").el("summary", "The SPARQL query as run (parameters bound)");
            h.el("pre", a.bound().text(), "class", "sparql");
            h.close("details");
        } catch (QueryUsageException e) {
            status = 400;
            h.el("p", e.getMessage(), "class", "error", "role", "alert");
        } catch (QueryCancelledException e) {
            status = 503;
            h.el("p", "The query did not finish in the time this server allows; try narrower parameters or the command line.", "class", "error", "role", "alert");
        }
        h.open("details").el("summary", "The query file (" + q.origin() + ")");
        h.el("pre", q.text(), "class", "sparql");
        h.close("details");
        return new Pages.Answer(status, Layout.page(q.title(), null, site.links, h));
    }

    /** A GET form with one field per parameter: the value given, else empty with the default as placeholder. */
    private void form(Html h, CannedQuery q, Map<String, String> params) {
        if (q.params().isEmpty()) {
            h.el("p", "This query takes no parameters.", "class", "muted small");
            return;
        }
        h.open("form", "class", "params", "method", "get", "action", "/query/" + q.name());
        for (QueryParam p : q.params()) {
            String id = "param-" + p.name();
            h.open("div", "class", "param");
            h.el("label", p.name(), "for", id);
            h.open("input", "type", "text", "id", id, "name", p.name(), "value", params.getOrDefault(p.name(), ""),
                    "placeholder", p.optional() ? "(any)" : p.defaultValue());
            h.el("span", p.meaning(), "class", "small muted");
            h.close("div");
        }
        h.open("button", "type", "submit").text("Run").close("button");
        h.close("form");
    }

    private static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max);
        return s.substring(0, cut > 0 ? cut : max) + " …";
    }
}
