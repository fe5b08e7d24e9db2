package org.resograph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.resograph.rdf.SharedLanguageGraph;
import org.resograph.rdf.StandingGraphs;
import org.resograph.read.AdoptionTable;
import org.resograph.similar.SharedLanguageFinder;
import org.resograph.store.GraphStorePush;
import org.resograph.store.QuadSpool;
import org.resograph.store.RdfFiles;
import org.resograph.store.SharedLanguageStore;
import org.resograph.store.StoreException;
import org.resograph.store.TdbStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code resograph load}: texts (converted on the way) and RDF files into a TDB2 database, or into
 * a running SPARQL Graph Store.
 */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Convert texts (or read RDF files) and load them into a TDB2 database, one named graph per document, "
                + "with the ontology and the reference data in their own graphs.",
            "Re-loading a document replaces its graph. The load is one transaction: if it dies, the database is as it was.",
            "It also computes the shared-language graph (--no-shared-language skips it): for a new database in the same bulk load, "
                + "for an existing one in a second transaction over every paragraph in the database; if that dies, the old graph stays.",
            "With --endpoint, push the graphs to a running Fuseki (SPARQL Graph Store Protocol, one PUT per graph) instead."
        })
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Texts (*.txt, *.md), RDF files (*.nq, *.trig, *.ttl, *.nt, *.jsonld, *.rdf), adoption tables "
                    + "(adoptions.csv, *.adoptions.csv), or folders to search for them.")
    List<Path> inputs;

    @Mixin
    DatabaseOption database;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Push to this Graph Store endpoint (a Fuseki dataset URL, e.g. http://localhost:3030/ds) instead of a local database.")
    String endpoint;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = org.resograph.rdf.Vocab.DEFAULT_BASE,
            description = "Base of the data IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--no-reference", negatable = false,
            description = "Do not (re)load the ontology and reference data graphs.")
    boolean noReference;

    @Option(names = "--no-shared-language", negatable = false,
            description = "Do not recompute the shared-language graph (pairs of paragraphs of different documents "
                    + "that share language) after the load.")
    boolean noSharedLanguage;

    @Mixin
    RunOptions run;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        new BaseIri(spec).check(base);
        List<Path> files = Inputs.forLoad(inputs);
        TextToQuads texts = new TextToQuads(base);
        try {
            return endpoint != null ? push(files, texts) : loadLocal(database.db(), files, texts, !noReference, !noSharedLanguage, run);
        } catch (StoreException e) {
            System.err.println("resograph: error: " + e.getMessage());
            return ExitCodes.FAILED_INPUTS;
        }
    }

    /**
     * Converts and spools every input, then writes the spool into the database in one go. Unless
     * told not to, it also computes the shared-language graph: into the spool for a new database,
     * else over every paragraph of the database in a second write transaction.
     */
    static int loadLocal(Path database, List<Path> files, TextToQuads converter, boolean reference, boolean sharedLanguage,
                         RunOptions run) throws IOException, InterruptedException {
        Path db = database.toAbsolutePath().normalize();
        PrintStream err = System.err;
        try (QuadSpool spool = QuadSpool.create(db.getParent())) {
            if (reference) {
                try (QuadSpool.Segment s = spool.segment()) {
                    s.accept(StandingGraphs.ontology(converter.base()));
                    s.accept(StandingGraphs.reference(converter.base()));
                    s.commit();
                }
            }
            Batch.Outcome o;
            try (QuadSpool.Segment texts = spool.segment()) {
                o = Batch.run(files, run.jobs(), run.quiet, f -> {
                    if (RdfFiles.isRdf(f)) {
                        readRdf(f, spool, converter.base());
                        return List.of();
                    }
                    if (AdoptionTable.isAdoptionTable(f)) {
                        texts.accept(converter.adoptionTable(f));
                        return List.of();
                    }
                    TextToQuads.Converted c = converter.convert(f);
                    texts.accept(c.quads());
                    return c.warnings();
                }, err);
                texts.commit();
            }
            SharedLanguageFinder.Options options = SharedLanguageFinder.Options.DEFAULT.withThreads(run.jobs());
            // A new database gets the shared-language graph in the same bulk load as the rest;
            // an existing one has it recomputed over all its paragraphs after the load.
            // (An input that brings a shared-language graph of its own, a dump, is replaced by a recompute.)
            boolean fresh = TdbStore.willCreate(db)
                    && !spool.graphs().contains(NodeFactory.createURI(SharedLanguageGraph.graphName(converter.base())));
            if (sharedLanguage && fresh) report(SharedLanguageStore.intoSpool(spool, converter.base(), options), converter.base(), run);
            if (!run.quiet) err.printf("resograph: writing %,d quads in %,d graphs into %s%n", spool.quadCount(), spool.graphs().size(), db);
            TdbStore.Result r = TdbStore.load(db, spool, monitor(run.quiet));
            if (!run.quiet) err.printf("resograph: %d of %d files loaded into %s (%s) in %.1f s, %,.0f quads/s%s%n",
                    o.done(), files.size(), db, r.newDatabase() ? "new database" : r.graphsReplaced() + " graphs replaced",
                    r.seconds(), r.quadsLoaded() / Math.max(r.seconds(), 1e-3), o.failed() > 0 ? ", " + o.failed() + " failed" : "");
            if (sharedLanguage && !fresh) report(SharedLanguageStore.recompute(db, converter.base(), options, monitor(true)), converter.base(), run);
            return o.failed() > 0 ? ExitCodes.FAILED_INPUTS : ExitCodes.OK;
        }
    }

    /**
     * An RDF file is parsed whole before anything of it is kept. N-Quads or TriG with every quad
     * in a named graph is then loaded as it is; anything else is copied into a segment of its
     * own, its triples put in the file's graph.
     */
    private static void readRdf(Path f, QuadSpool spool, String base) throws Exception {
        if (RdfFiles.isQuadsSyntax(f)) {
            RdfFiles.Scan scan = RdfFiles.scan(f);
            if (!scan.hasDefaultGraph()) {
                spool.addAsIs(f.toAbsolutePath(), scan.graphs(), scan.quads());
                return;
            }
        }
        try (QuadSpool.Segment s = spool.segment()) {
            RdfFiles.read(f, base, s::accept);
            s.commit();
        }
    }

    private static void report(SharedLanguageStore.Result s, String base, RunOptions run) {
        if (run.quiet) return;
        System.err.printf("resograph: shared language: %,d pairs of paragraphs of different documents among %,d paragraphs "
                + "(graph %s, %,d quads) in %.1f s%n", s.pairs(), s.paragraphs(), SharedLanguageGraph.graphName(base), s.quads(), s.seconds());
    }

    private int push(List<Path> files, TextToQuads converter) throws InterruptedException {
        GraphStorePush gsp = new GraphStorePush(endpoint);
        gsp.check();
        AtomicInteger graphs = new AtomicInteger();
        if (!noReference) {
            graphs.addAndGet(gsp.put(StandingGraphs.ontology(converter.base())));
            graphs.addAndGet(gsp.put(StandingGraphs.reference(converter.base())));
        }
        Batch.Outcome o = Batch.run(files, run.jobs(), run.quiet, f -> {
            if (AdoptionTable.isAdoptionTable(f)) {
                graphs.addAndGet(gsp.put(converter.adoptionTable(f)));
                return List.of();
            }
            if (RdfFiles.isRdf(f)) {
                List<Quad> all = new java.util.ArrayList<>();
                RdfFiles.read(f, converter.base(), all::addAll);
                graphs.addAndGet(gsp.put(all));
                return List.of();
            }
            TextToQuads.Converted c = converter.convert(f);
            graphs.addAndGet(gsp.put(c.quads()));
            return c.warnings();
        }, System.err);
        if (!run.quiet) System.err.printf("resograph: %d of %d files pushed to %s (%d graphs)%s%n", o.done(), files.size(), endpoint,
                graphs.get(), o.failed() > 0 ? ", " + o.failed() + " failed" : "");
        return o.failed() > 0 ? ExitCodes.FAILED_INPUTS : ExitCodes.OK;
    }

    private static MonitorOutput monitor(boolean quiet) {
        PrintStream err = System.err;
        return quiet ? (fmt, args) -> {} : (fmt, args) -> err.println("resograph: tdb2: " + String.format(fmt, args));
    }
}
