package org.resograph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.rdf.Vocab;
import org.resograph.serve.ResoServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code resograph serve}: Fuseki with the SPARQL endpoint, the Fuseki UI and the linked-data pages. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Serve the database: SPARQL at /resograph/sparql (default graph = union of the named graphs), "
                + "Graph Store read access at /resograph/get, linked-data pages at / and /id/..., the canned queries at /query, the Fuseki UI at /index.html, "
                + "and /$/ping. Read-only unless --allow-update.",
        })
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DatabaseOption database;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--all-interfaces", description = "Listen on every network interface, not only on localhost.")
    boolean allInterfaces;

    @Option(names = "--allow-update", description = "Enable SPARQL Update and Graph Store writes on /resograph.")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10000",
            description = "Most results a query returns; a larger or missing LIMIT is lowered to it; 0 for none (default: ${DEFAULT-VALUE}).")
    long limit;

    @Option(names = "--load", paramLabel = "FILE", arity = "1..*",
            description = "Load these texts, RDF files or folders into the database first (as `resograph load` does).")
    List<Path> load;

    @Mixin
    RunOptions run;

    @Override
    public Integer call() throws Exception {
        Path db = database.db();
        int loaded = ExitCodes.OK;
        if (load != null) {
            loaded = LoadCommand.loadLocal(db, Inputs.expandForLoad(load), new TextToQuads(Vocab.DEFAULT_BASE), true, true, run);
        }
        DatasetGraph dsg = database.openExisting("add --load FILE...");
        if (dsg == null) return ExitCodes.FAILED_INPUTS;
        Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        FusekiServer server = ResoServer.build(dsg, new ResoServer.Settings(port, allInterfaces, allowUpdate, timeout, limit));
        server.start();
        String host = "http://localhost:" + server.getHttpPort();
        System.err.printf("resograph: serving %s%s%n"
                + "  browse:  %s/%n"
                + "  queries: %s/query%n"
                + "  SPARQL:  %s%s/sparql   (query timeout %s s, at most %,d results%s)%n"
                + "  Fuseki:  %s/index.html%n"
                + "  stop with Ctrl-C%n",
                db.toAbsolutePath().normalize(), loaded == ExitCodes.OK ? "" : " (some inputs failed to load)",
                host, host, host, ResoServer.DATASET, fmt(timeoutSeconds), limit, allowUpdate ? ", updates allowed" : ", read-only", host);
        server.join();
        return ExitCodes.OK;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
