package org.resograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.query.BoundQuery;
import org.resograph.query.CannedQuery;
import org.resograph.query.Display;
import org.resograph.query.QueryCatalogue;
import org.resograph.query.QueryResult;
import org.resograph.query.QueryTarget;
import org.resograph.query.ResultFormat;
import org.resograph.rdf.Vocab;

/**
 * The canned queries on the web, against the server over the loaded seeds: the query pages and
 * downloads give what the command line gives, and the resource pages show the queries' answers
 * for their resource, a document's page with its lineage drawn.
 */
class QueryWebTest {
    @TempDir
    static Path tmp;
    static SeedsServer seeds;
    static QueryTarget local;
    static final QueryCatalogue CATALOGUE = QueryCatalogue.builtIn();
    static final String B = Vocab.DEFAULT_BASE;

    @BeforeAll
    static void start() {
        seeds = SeedsServer.start(tmp);
        local = QueryTarget.local(seeds.dsg(), Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (seeds != null) seeds.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return seeds.get(path, accept);
    }

    static String page(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, "text/html");
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    /** What `resograph query NAME --format F` prints for these parameters on the same database. */
    static String commandLine(String name, Map<String, String> params, ResultFormat f) {
        BoundQuery bound = BoundQuery.bind(CATALOGUE.get(name), params, B);
        QueryResult r = local.run(bound.query());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(r, out, new Display(B, bound.query().getPrefixMapping()), 0);
        return out.toString(StandardCharsets.UTF_8);
    }

    static QueryResult run(String name, Map<String, String> params) {
        return local.run(BoundQuery.bind(CATALOGUE.get(name), params, B).query());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theQueryListLinksEveryCannedQuery() throws Exception {
        String html = page("/query");
        assertFalse(CATALOGUE.all().isEmpty());
        for (CannedQuery q : CATALOGUE.all()) {
            assertTrue(html.contains("href=\"/query/" + q.name() + "\""), "no link to " + q.name());
        }
        assertTrue(page("/").contains("href=\"/query\""), "the site header links the queries");
    }

    @Test
    void everyQueryDownloadsAsTheCommandLinePrintsIt() throws Exception {
        for (CannedQuery q : CATALOGUE.all()) {
            for (ResultFormat f : List.of(ResultFormat.CSV, ResultFormat.JSON)) {
                HttpResponse<String> r = get("/query/" + q.name() + "?format=" + f.name().toLowerCase(), null);
                assertEquals(200, r.statusCode(), q.name() + ": " + r.body());
                assertEquals(commandLine(q.name(), Map.of(), f), r.body(), q.name() + " as " + f);
            }
        }
        // With parameters, and the SPARQL results JSON by content negotiation.
        HttpResponse<String> r = get("/query/mandates?body=SG", "application/sparql-results+json");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
        int n = 0;
        while (rs.hasNext()) {
            assertEquals(B + "id/body/SG", rs.next().getResource("addressee").getURI());
            n++;
        }
        assertEquals(run("mandates", Map.of("body", "SG")).size(), n);
        assertTrue(n > 0);
    }

    @Test
    void aQueryPageShowsEveryRowWithLinksAndTheCommandLine() throws Exception {
        String html = page("/query/mandates?body=UNODC");
        QueryResult r = run("mandates", Map.of("body", "UNODC"));
        assertTrue(r.size() >= 10, "mandates to UNODC on the seeds: " + r.size());
        assertEquals(r.size(), rows(html, "query"), "one table row per answer row");
        assertTrue(html.contains(r.size() + " rows in "), "the count is printed");
        assertTrue(html.contains("resograph query mandates --param body=UNODC"), "the command line is shown");
        assertTrue(html.contains("value=\"UNODC\""), "the form keeps the value given");
        for (Binding b : r.rows()) {
            String doc = b.get(Var.alloc("document")).getURI();
            assertTrue(html.contains("href=\"" + doc.substring(B.length() - 1) + "\""), "no link to " + doc);
        }
    }

    @Test
    void wrongRequestsGetClearAnswers() throws Exception {
        HttpResponse<String> bad = get("/query/mandates?body=" + enc("no such body"), "text/html");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("parameter body"), bad.body());
        HttpResponse<String> badCsv = get("/query/mandates?body=" + enc("no such body") + "&format=csv", null);
        assertEquals(400, badCsv.statusCode());
        assertTrue(badCsv.body().startsWith("parameter body"), badCsv.body());
        HttpResponse<String> unknownParam = get("/query/mandates?colour=blue&format=csv", null);
        assertEquals(400, unknownParam.statusCode());
        assertTrue(unknownParam.body().contains("no parameter 'colour'"), unknownParam.body());
        assertEquals(404, get("/query/no-such-query", "text/html").statusCode());
        assertEquals(404, get("/query/no-such-query?format=csv", null).statusCode());
        HttpResponse<String> format = get("/query/cites?format=xml", null);
        assertEquals(400, format.statusCode());
        assertTrue(format.body().contains("unknown format 'xml'"), format.body());
    }

    @Test
    void aDocumentPageDrawsItsLineageAndShowsSharedLanguage() throws Exception {
        // Every seed document whose paragraphs share wording with another's: the page draws a
        // dashed line to each such document and lists the pairs, as the query answers them.
        Set<String> docs = new LinkedHashSet<>();
        List<Binding> all = new ArrayList<>();
        QueryResult texts = local.run(org.apache.jena.query.QueryFactory.create(
                "SELECT ?d { ?d a <" + Vocab.RG + "Document> ; <" + Vocab.RG + "sourceFile> ?f }"));
        for (Binding t : texts.rows()) {
            QueryResult r = run("shared-language", Map.of("document", "<" + t.get(Var.alloc("d")).getURI() + ">"));
            all.addAll(r.rows());
            if (r.size() > 0) docs.add(t.get(Var.alloc("d")).getURI());
        }
        assertEquals(5, texts.size());
        assertTrue(docs.size() >= 2, "documents sharing language on the seeds: " + docs);
        for (String doc : docs) {
            String html = page(doc.substring(B.length() - 1));
            String svg = svg(html);
            Set<String> others = new LinkedHashSet<>();
            Set<String> paragraphs = new LinkedHashSet<>();
            int pairs = 0;
            for (Binding b : all) {
                if (!b.get(Var.alloc("document")).getURI().equals(doc)) continue;
                others.add(b.get(Var.alloc("otherDocument")).getURI());
                paragraphs.add(b.get(Var.alloc("paragraph")).getURI());
                pairs++;
            }
            assertTrue(others.size() <= 12, "more than a column holds: " + others);
            for (String o : others) {
                assertTrue(svg.contains("href=\"" + o.substring(B.length() - 1) + "\""), doc + ": the picture has no box for " + o);
            }
            assertTrue(svg.contains("stroke-dasharray"), doc + ": no shared-language line");
            // In the text, the paragraphs whose language is shared carry a mark that leads to the query.
            assertEquals(paragraphs.size(), count(html, "class=\"shared\""), doc + ": paragraphs marked as shared");
            String section = between(html, "Where its language appears before and after", "</table>");
            assertEquals(Math.min(pairs, 20), rows(section, "query"), doc + ": shared-language rows");
        }
    }

    @Test
    void theLineagePictureHasEveryAncestorOfTheFirstDepths() throws Exception {
        // The 2019 draft cites nine resolutions; none of their texts is among the seeds.
        String doc = B + "id/document/E/CN.15/2019/L.3/Rev.1";
        QueryResult r = run("ancestry", Map.of("document", "E/CN.15/2019/L.3/Rev.1"));
        assertTrue(r.size() >= 5, "ancestors: " + r.size());
        String html = page(doc.substring(B.length() - 1));
        String svg = svg(html);
        List<String> ancestors = new ArrayList<>();
        for (Binding b : r.rows()) ancestors.add(b.get(Var.alloc("ancestor")).getURI());
        for (String a : ancestors.subList(0, Math.min(ancestors.size(), 12))) {
            assertTrue(svg.contains("href=\"" + a.substring(B.length() - 1) + "\""), "no box for " + a);
        }
        assertEquals(Math.min(r.size(), 20), rows(between(html, "<h3>Citation ancestry</h3>", "</table>"), "query"));
        // A draft also shows its revisions and adoption.
        assertTrue(html.contains("<h3>Revisions and adoption</h3>"), "no revisions panel on a draft");
        assertTrue(html.contains("resograph query ancestry --param document=E/CN.15/2019/L.3/Rev.1"));
    }

    @Test
    void resourcePagesShowTheQueriesForTheirResource() throws Exception {
        String treaty = page("/id/treaty/UNTOC");
        long invocations = run("treaty-invocations", Map.of("treaty", "UNTOC")).size();
        assertTrue(invocations > 0);
        assertEquals(Math.min(invocations, 20), rows(between(treaty, "<h3>Invocations over time</h3>", "</table>"), "query"));
        assertTrue(treaty.contains("href=\"/query/treaty-invocations?treaty=UNTOC\""));

        String sdg = page("/resource?iri=" + enc("http://metadata.un.org/sdg/16.2"));
        long sdgRows = run("sdg-invocations", Map.of("target", "16.2")).size();
        assertTrue(sdgRows > 0);
        assertEquals(Math.min(sdgRows, 20), rows(between(sdg, "<h3>Invocations over time</h3>", "</table>"), "query"));

        String body = page("/id/body/UNODC");
        assertTrue(body.contains("href=\"/query/mandates?body=UNODC\""), "the body's mandates link their query");
        assertTrue(body.contains("href=\"/query/reporting?reporter=UNODC\"") || body.contains("href=\"/query/reporting?to=UNODC\""));
    }

    @Test
    void whatARequestSaysComesBackEscapedAndTheFormatsHaveTheirTypes() throws Exception {
        String hostile = "<script>alert(1)</script>";
        HttpResponse<String> page = get("/query/mandates?body=" + enc(hostile), "text/html");
        assertEquals(400, page.statusCode());
        assertFalse(page.body().contains(hostile), "the value is reflected unescaped");
        assertTrue(page.body().contains("&lt;script&gt;"), "the value is shown, escaped");
        HttpResponse<String> missing = get("/query/" + enc(hostile), "text/html");
        // Jetty itself may refuse such a path (400); we answer 404 for a name that is no query.
        assertTrue(missing.statusCode() == 404 || missing.statusCode() == 400, "status " + missing.statusCode());
        assertEquals(404, get("/query/" + enc("no such query"), "text/html").statusCode());
        assertFalse(missing.body().contains(hostile));
        HttpResponse<String> text = get("/query/mandates?body=" + enc(hostile) + "&format=csv", null);
        assertEquals("nosniff", text.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertEquals(400, get("/query/mandates?body=SG&body=UNODC&format=csv", null).statusCode(), "a parameter given twice");

        for (String[] f : new String[][] {{"tsv", "text/tab-separated-values"}, {"dot", "text/vnd.graphviz"}, {"table", "text/plain"},
                {"json", "application/sparql-results+json"}, {"csv", "text/csv"}}) {
            HttpResponse<String> r = get("/query/reporting?format=" + f[0], null);
            assertEquals(200, r.statusCode(), f[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0] + ": " + r.headers().firstValue("Content-Type"));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        }
        HttpResponse<String> csv = get("/query/reporting", "text/csv");
        assertEquals(commandLine("reporting", Map.of(), ResultFormat.CSV), csv.body(), "CSV by Accept");
        assertTrue(get("/query/reporting?format=dot", null).body().startsWith("digraph"));
    }

    @Test
    void anArticlePageShowsItsInvocations() throws Exception {
        QueryResult r = run("treaty-invocations", Map.of("treaty", "UNTOC/article/24"));
        assertTrue(r.size() > 0, "article 24 of UNTOC is cited by the 2006 draft");
        String html = page("/id/treaty/UNTOC/article/24");
        assertEquals(Math.min(r.size(), 20), rows(between(html, "<h3>Invocations over time</h3>", "</table>"), "query"));
        assertTrue(html.contains("href=\"/query/treaty-invocations?treaty=UNTOC%2Farticle%2F24\""), "link with the article's short form");
    }

    /** The page's one inline SVG, checked to be well-formed XML. */
    static String svg(String html) throws Exception {
        int from = html.indexOf("<svg");
        int to = html.indexOf("</svg>");
        assertTrue(from >= 0 && to > from, "no picture");
        String svg = html.substring(from, to + 6);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        assertNotNull(f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
        return svg;
    }

    static String between(String s, String start, String end) {
        int a = s.indexOf(start);
        assertTrue(a >= 0, "missing: " + start);
        int b = s.indexOf(end, a);
        return s.substring(a, b < 0 ? s.length() : b);
    }

    /** Body rows of the first table of a class in the text. */
    static int rows(String html, String tableClass) {
        int t = html.indexOf("<table class=\"" + tableClass + "\"");
        if (t < 0) return 0;
        int body = html.indexOf("<tbody>", t);
        int end = html.indexOf("</tbody>", body);
        Matcher m = Pattern.compile("<tr>").matcher(html.substring(body, end));
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
