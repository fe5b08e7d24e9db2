package org.resograph.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.query.BaseDetector;
import org.resograph.query.BoundQuery;
import org.resograph.query.CannedQuery;
import org.resograph.query.Display;
import org.resograph.query.QueryBench;
import org.resograph.query.QueryCatalogue;
import org.resograph.query.QueryParam;
import org.resograph.query.QueryResult;
import org.resograph.query.QueryTarget;
import org.resograph.query.QueryUsageException;
import org.resograph.query.ResultFormat;
import org.resograph.rdf.Vocab;
import org.resograph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code resograph query}: the canned queries (lineage, mandates, reporting, sponsors) on a database or an endpoint. */
@Command(name = "query",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Run a canned query (see --list) or a .rq file on the local database or on a SPARQL endpoint.",
            "Parameters are bound as RDF terms: --param body=UNODC, --param document=A/RES/74/174, "
                + "--param cited=resolution/ga/72/1, or any term: <IRI>, prefix:name, 42, \"text\".",
            "--show prints a query's text and parameters; --bench times every canned query."
        })
final class QueryCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A canned query's name, or the path of a .rq file.")
    String name;

    @Option(names = "--list", description = "List the canned queries: name and title.")
    boolean list;

    @Option(names = "--show", description = "Print the query's question, parameters and text instead of running it.")
    boolean show;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Bind a parameter (repeatable). A value is an RDF term or a bare word that the parameter's kind turns into one.")
    List<String> params = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv, json or dot (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    DatabaseOption database;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint (e.g. http://localhost:3030/resograph/sparql) instead of the local database.")
    String endpoint;

    @Option(names = "--base", paramLabel = "IRI",
            description = "Base of the data IRIs that bare words name (default: read off the local database; else " + Vocab.DEFAULT_BASE + ").")
    String base;

    @Option(names = "--width", paramLabel = "N", defaultValue = "60",
            description = "Widest table cell; longer ones are shortened with an ellipsis; 0 for no limit (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop a query after this many seconds.")
    Double timeoutSeconds;

    @Option(names = "--bench", description = "Time every canned query on the database: median of --runs runs. "
            + "Default parameters, or the --param values, each given to the queries that declare it.")
    boolean bench;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Runs per query for --bench (default: ${DEFAULT-VALUE}).")
    int runs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(new NonClosing(System.out), true, StandardCharsets.UTF_8);
        try {
            if (base != null) new BaseIri(spec).check(base);
            QueryCatalogue catalogue = QueryCatalogue.builtIn();
            if (list) {
                list(catalogue, out);
                return ExitCodes.OK;
            }
            if (bench) return bench(catalogue, out);
            if (name == null) throw new QueryUsageException("give a query name (see `resograph query --list`) or the path of a .rq file");
            CannedQuery q = catalogue.resolve(name);
            ResultFormat fmt = ResultFormat.of(format);
            Map<String, String> given = parseParams(params);
            if (show) {
                show(q, out);
                return ExitCodes.OK;
            }
            BoundQuery.checkNames(q, given.keySet());
            return withTarget(target -> {
                String b = base != null ? base : target.base();
                BoundQuery bound = BoundQuery.bind(q, given, b);
                QueryResult r = target.target().run(bound.query());
                fmt.write(r, out, new Display(b, bound.query().getPrefixMapping()), width);
                return ExitCodes.OK;
            });
        } catch (QueryUsageException e) {
            System.err.println("resograph: error: " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            out.flush();
        }
    }

    /** The target and the base its bare words use. */
    record Where(QueryTarget target, String base) {}

    interface Job {
        int run(Where where);
    }

    private int withTarget(Job job) {
        Duration timeout = timeoutSeconds == null ? null : Duration.ofMillis(Math.round(timeoutSeconds * 1000));
        if (endpoint != null) {
            try {
                return job.run(new Where(QueryTarget.endpoint(endpoint, timeout), Vocab.DEFAULT_BASE));
            } catch (HttpException e) {
                System.err.println("resograph: error: " + endpoint + ": " + e.getMessage());
                return ExitCodes.FAILED_INPUTS;
            } catch (QueryCancelledException e) {
                System.err.println("resograph: error: the query took longer than " + timeoutSeconds + " s");
                return ExitCodes.FAILED_INPUTS;
            }
        }
        DatasetGraph dsg = database.openExisting("give --db or --endpoint");
        if (dsg == null) return ExitCodes.FAILED_INPUTS;
        try {
            return job.run(new Where(QueryTarget.local(dsg, timeout), BaseDetector.of(dsg)));
        } catch (QueryCancelledException e) {
            System.err.println("resograph: error: the query took longer than " + timeoutSeconds + " s");
            return ExitCodes.FAILED_INPUTS;
        } finally {
            TdbStore.close(dsg);
        }
    }

    private int bench(QueryCatalogue catalogue, PrintStream out) {
        return withTarget(where -> {
            String b = base != null ? base : where.base();
            QueryBench qb = new QueryBench(where.target(), b, runs, parseParams(params));
            List<CannedQuery> qs = new ArrayList<>(catalogue.all());
            if (name != null) qs = List.of(catalogue.resolve(name));
            int w = 5;
            for (CannedQuery q : qs) w = Math.max(w, q.name().length());
            out.printf("%-" + w + "s  %10s  %10s  %10s  %6s%n", "query", "median ms", "min ms", "max ms", "rows");
            for (CannedQuery q : qs) {
                QueryBench.Timing t = qb.time(q);
                out.printf("%-" + w + "s  %10.1f  %10.1f  %10.1f  %6d%n", t.name(), t.medianMillis(), t.minMillis(), t.maxMillis(), t.rows());
            }
            out.printf("(%d runs each after one warm-up run, on %s)%n", runs, where.target().describe());
            return ExitCodes.OK;
        });
    }

    private static void list(QueryCatalogue catalogue, PrintStream out) {
        int w = 0;
        for (CannedQuery q : catalogue.all()) w = Math.max(w, q.name().length());
        for (CannedQuery q : catalogue.all()) out.printf("%-" + w + "s  %s%n", q.name(), q.title());
    }

    private static void show(CannedQuery q, PrintStream out) {
        out.println(q.name() + ": " + q.title());
        if (!q.question().isEmpty()) out.println(q.question());
        for (QueryParam p : q.params()) {
            out.println("  --param " + p.name() + "=" + (p.optional() ? "(any)" : p.defaultValue()) + "   [" + p.kind().keyword() + "] " + p.meaning());
        }
        out.println();
        out.print(q.text().endsWith("\n") ? q.text() : q.text() + "\n");
    }

    /** {@code name=value} pairs; a name given twice is an error. */
    static Map<String, String> parseParams(List<String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) throw new QueryUsageException("--param needs NAME=VALUE, got '" + p + "'");
            String k = p.substring(0, eq).strip();
            if (out.containsKey(k)) throw new QueryUsageException("parameter " + k + " is given twice");
            out.put(k, p.substring(eq + 1));
        }
        return out;
    }

    /** Standard output, which the command must not close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}
