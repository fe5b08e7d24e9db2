package org.resograph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.cli.Main;
import org.resograph.store.TdbStore;

/**
 * For the tests that talk to a running server: the seeds loaded with {@code resograph load}
 * into a new database, served on a free loopback port, and a small HTTP client for it.
 *
 * @param root the server's address, {@code http://localhost:PORT}
 */
public record SeedsServer(DatasetGraph dsg, FusekiServer server, String root) implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /**
     * Loads the seeds into {@code dir/db} and starts the server.
     *
     * @param base the data base for {@code load --base}, or null for the default
     */
    public static SeedsServer start(Path dir, String base, ResoServer.Settings settings) {
        Path db = dir.resolve("db");
        List<String> args = new ArrayList<>(List.of("load", "-q", "--db", db.toString()));
        if (base != null) args.addAll(List.of("--base", base));
        args.add("seeds");
        assertEquals(0, Main.commandLine().execute(args.toArray(String[]::new)), "load seeds");
        DatasetGraph dsg = TdbStore.open(db);
        FusekiServer server = ResoServer.build(dsg, settings);
        server.start();
        return new SeedsServer(dsg, server, "http://localhost:" + server.getHttpPort());
    }

    /** The default settings: port 0, loopback, read-only, 30 s timeout, at most 10,000 results. */
    public static SeedsServer start(Path dir) {
        return start(dir, null, new ResoServer.Settings(0, false, false, Duration.ofSeconds(30), 10_000));
    }

    /** The SPARQL query endpoint. */
    public String endpoint() {
        return root + "/resograph/sparql";
    }

    /** GET a path of the server, with an Accept header unless it is null. */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
        TdbStore.close(dsg);
    }
}
