package org.resograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.cli.Main;
import org.resograph.rdf.Vocab;

/**
 * Against a real standalone Fuseki (the jena-fuseki-server jar from Maven Central, copied to
 * target/fuseki by the build) run as its own process on a free loopback port: {@code load
 * --endpoint} pushes the seeds and they come back by SPARQL and by the Graph Store Protocol;
 * and the shipped configuration file serves a database that {@code load} wrote.
 */
class StandaloneFusekiTest {
    static final Path FUSEKI_JAR = Path.of("target", "fuseki", "jena-fuseki-server.jar");

    @TempDir
    Path tmp;

    @Test
    void loadEndpointPushesTheSeedsIntoAStandaloneFuseki() throws Exception {
        assumeTrue(Files.exists(FUSEKI_JAR), "run through Maven: the build copies the Fuseki server jar to " + FUSEKI_JAR);
        int port = freePort();
        try (Fuseki f = Fuseki.start(tmp, port, "--localhost", "--mem", "--update", "/ds")) {
            String ds = "http://127.0.0.1:" + port + "/ds";
            assertEquals(0, Main.commandLine().execute("load", "-q", "--endpoint", ds, "seeds"));
            String q = "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { } FILTER(STRSTARTS(STR(?g), '" + Vocab.DEFAULT_BASE + "graph/')) }";
            assertEquals(8, count(ds, q), "5 document graphs, the ontology, the reference data and seeds/adoptions.csv");

            // A document graph comes back as converted, and pushing again replaces rather than adds.
            Path trig = tmp.resolve("seeds.trig");
            assertEquals(0, Main.commandLine().execute("convert", "-q", "seeds", "-o", trig.toString()));
            DatasetGraph local = RDFDataMgr.loadDatasetGraph(trig.toString());
            String g = local.listGraphNodes().next().getURI();
            Graph remote = GSP.service(ds).graphName(g).GET();
            assertTrue(remote.isIsomorphicWith(local.getGraph(org.apache.jena.graph.NodeFactory.createURI(g))), g);
            long before = count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            assertEquals(0, Main.commandLine().execute("load", "-q", "--endpoint", ds, "seeds"));
            assertEquals(before, count(ds, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        }
    }

    @Test
    void theShippedConfigurationServesADatabaseThatLoadWrote() throws Exception {
        assumeTrue(Files.exists(FUSEKI_JAR), "run through Maven: the build copies the Fuseki server jar to " + FUSEKI_JAR);
        Path db = tmp.resolve("data").resolve("tdb2");
        assertEquals(0, Main.commandLine().execute("load", "-q", "--db", db.toString(), "seeds"));
        Path config = tmp.resolve("config.ttl");
        Files.copy(Path.of("src", "main", "fuseki", "resograph.ttl"), config);
        int port = freePort();
        // The configuration names data/tdb2 relative to the folder Fuseki runs in: tmp.
        try (Fuseki f = Fuseki.start(tmp, port, "--localhost", "--config=" + config)) {
            String ds = "http://127.0.0.1:" + port + "/resograph";
            String q = "PREFIX rg: <" + Vocab.RG + "> SELECT (COUNT(*) AS ?n) { ?c a rg:Citation }";
            long citations = count(ds + "/sparql", q);
            assertTrue(citations > 50, "citations in the union default graph: " + citations);
        }
    }

    private static long count(String endpoint, String query) {
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The standalone server process, stopped on close. */
    record Fuseki(Process process) implements AutoCloseable {
        static Fuseki start(Path workDir, int port, String... args) throws Exception {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-jar", FUSEKI_JAR.toAbsolutePath().toString(), "--port=" + port, "--ping"));
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve("fuseki-" + port + ".log").toFile());
            pb.environment().put("FUSEKI_BASE", workDir.resolve("run-" + port).toString());
            Fuseki f = new Fuseki(pb.start());
            HttpClient http = HttpClient.newHttpClient();
            URI ping = URI.create("http://127.0.0.1:" + port + "/$/ping");
            for (int i = 0; i < 120; i++) {
                if (!f.process.isAlive()) break;
                try {
                    if (http.send(HttpRequest.newBuilder(ping).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return f;
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            f.close();
            throw new IllegalStateException("Fuseki did not start:\n" + Files.readString(workDir.resolve("fuseki-" + port + ".log")));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }
}
