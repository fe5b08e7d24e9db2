package org.resograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.rdf.Vocab;

/**
 * The server in-process over a TDB2 database of the seeds, converted with a non-default base:
 * the SPARQL endpoint, its limits, read-only access, and linked-data content negotiation.
 */
class ServerTest {
    static final String BASE = "http://example.org/un/";

    @TempDir
    static Path tmp;
    static final HttpClient http = HttpClient.newHttpClient();
    static SeedsServer seeds;
    static DatasetGraph dsg;
    static String root;

    @BeforeAll
    static void start() {
        seeds = SeedsServer.start(tmp, BASE, new ResoServer.Settings(0, false, false, Duration.ofSeconds(10), 50));
        dsg = seeds.dsg();
        root = seeds.root();
    }

    @AfterAll
    static void stop() {
        if (seeds != null) seeds.close();
    }

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return seeds.get(path, accept);
    }

    @Test
    void theQueriesOnTheWebNameTheDatabasesOwnBase() throws Exception {
        // Loaded with another base: body=UNODC must name BASE id/body/UNODC, as on the command line.
        HttpResponse<String> csv = get("/query/mandates?body=UNODC&format=csv", null);
        assertEquals(200, csv.statusCode(), csv.body());
        List<String> rows = csv.body().lines().skip(1).toList();
        assertTrue(rows.size() >= 10, csv.body());
        for (String row : rows) assertTrue(row.contains(BASE + "id/body/UNODC"), row);
        HttpResponse<String> page = get("/id/body/UNODC", "text/html");
        assertTrue(page.body().contains("href=\"/query/mandates?body=UNODC\""), "the body page links its query by short name");
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheDocumentGraphs() {
        long union = count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        long named = count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }");
        assertTrue(union > 10_000, "default graph has " + union + " triples");
        assertEquals(named, union);
        assertEquals(5, count("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } FILTER(STRSTARTS(STR(?g), '" + BASE + "graph/document/')) }"));
    }

    @Test
    void aQueryWithoutLimitIsCappedAndAnAskIsNot() {
        try (QueryExecution qe = QueryExecutionHTTP.service(root + "/resograph/sparql").query("SELECT * { ?s ?p ?o }").build()) {
            ResultSet rs = qe.execSelect();
            int n = 0;
            while (rs.hasNext()) {
                rs.next();
                n++;
            }
            assertEquals(50, n);
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(root + "/resograph/sparql").query("SELECT * { ?s ?p ?o } LIMIT 7").build()) {
            int n = 0;
            for (ResultSet rs = qe.execSelect(); rs.hasNext(); rs.next()) n++;
            assertEquals(7, n);
        }
    }

    @Test
    void theEndpointIsReadOnlyAndPingAnswers() throws Exception {
        HttpRequest update = HttpRequest.newBuilder(URI.create(root + "/resograph/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <http://x/a> <http://x/b> 1 }")).build();
        int status = http.send(update, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status == 404 || status == 405, "update answered " + status);
        HttpRequest put = HttpRequest.newBuilder(URI.create(root + "/resograph?graph=http://x/g"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<http://x/a> <http://x/b> 1 .")).build();
        int putStatus = http.send(put, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(putStatus >= 400, "GSP PUT answered " + putStatus);
        assertEquals(200, get("/$/ping", null).statusCode());
        // Graph Store read access: a document graph comes back whole.
        HttpResponse<String> g = get("/resograph/get?graph=" + java.net.URLEncoder.encode(BASE + "graph/reference", StandardCharsets.UTF_8), "text/turtle");
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("Office on Drugs and Crime"));
    }

    @Test
    void everyIdIriDereferencesUnderItsOwnBaseInEveryRdfSyntax() throws Exception {
        String iri = BASE + "id/body/UNODC";
        for (String[] form : List.of(new String[] {"text/turtle", "TTL"}, new String[] {"application/ld+json", "JSONLD"},
                new String[] {"application/n-triples", "NTRIPLES"}, new String[] {"application/rdf+xml", "RDFXML"})) {
            HttpResponse<String> r = get("/id/body/UNODC", form[0]);
            assertEquals(200, r.statusCode(), form[0]);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(form[0]), form[0]);
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), langOf(form[1])).parse(g);
            assertTrue(g.contains(NodeFactory.createURI(iri), null, null), form[0] + " says nothing about " + iri);
        }
        HttpResponse<String> bySuffix = get("/id/body/UNODC.nt", "text/html");
        assertEquals(200, bySuffix.statusCode());
        assertTrue(bySuffix.body().contains("<" + iri + ">"));
        HttpResponse<String> page = get("/id/body/UNODC", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertEquals(404, get("/id/body/NO-SUCH-BODY", "text/html").statusCode());
        assertEquals(404, get("/id/body/NO-SUCH-BODY", "text/turtle").statusCode());
        assertEquals(406, get("/id/body/UNODC", "image/png").statusCode());
    }

    @Test
    void aDocumentAndTheOntologyDereference() throws Exception {
        String q = "PREFIX rg: <" + Vocab.RG + "> SELECT ?d { ?d a rg:Document } ORDER BY ?d LIMIT 1";
        String doc;
        try (QueryExecution qe = QueryExecutionHTTP.service(root + "/resograph/sparql").query(q).build()) {
            doc = qe.execSelect().next().getResource("d").getURI();
        }
        assertTrue(doc.startsWith(BASE + "id/document/"), doc);
        HttpResponse<String> r = get("/" + doc.substring(BASE.length()), "text/turtle");
        assertEquals(200, r.statusCode(), doc);
        HttpResponse<String> ont = get("/ontology", "text/turtle");
        assertEquals(200, ont.statusCode());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(ont.body(), Lang.TURTLE).parse(g);
        assertTrue(g.contains(NodeFactory.createURI(Vocab.RG + "Document"), null, null));
        assertEquals(200, get("/ontology", "text/html").statusCode());
        HttpResponse<String> nt = get("/ontology.nt", "text/html");
        assertEquals(200, nt.statusCode());
        assertTrue(nt.body().contains("<" + Vocab.RG + "Document>"));
        assertEquals(200, get("/", "text/html").statusCode());
    }

    private static long count(String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(root + "/resograph/sparql").query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Lang langOf(String name) {
        return switch (name) {
            case "TTL" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.RDFXML;
        };
    }
}
