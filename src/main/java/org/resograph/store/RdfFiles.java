package org.resograph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.resograph.read.InputProblem;

/**
 * RDF files given to {@code load} as they are: quads keep their graph; triples (Turtle,
 * N-Triples, RDF/XML, or the default graph of a quads file) go to a graph named after the file,
 * {@code BASE graph/file/<file name>}, so that loading the file again replaces them.
 */
public final class RdfFiles {
    private static final int BATCH = 10_000;

    private RdfFiles() {}

    /** Whether the file name says an RDF syntax that Jena reads. */
    public static boolean isRdf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && RDFLanguages.isQuads(lang) | RDFLanguages.isTriples(lang);
    }

    public static String fileGraph(String base, Path file) {
        return base + "graph/file/" + file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** What a full parse of a file found. */
    public record Scan(Set<Node> graphs, long quads, boolean hasDefaultGraph) {}

    /** Parses the whole file without keeping it: checks the syntax and lists the graphs. */
    public static Scan scan(Path file) throws InputProblem {
        Set<Node> graphs = new HashSet<>();
        long[] count = {0};
        boolean[] defaultGraph = {false};
        parse(file, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                defaultGraph[0] = true;
                count[0]++;
            }

            @Override
            public void quad(Quad q) {
                if (q.isDefaultGraph()) defaultGraph[0] = true;
                else graphs.add(q.getGraph());
                count[0]++;
            }
        });
        return new Scan(Set.copyOf(graphs), count[0], defaultGraph[0]);
    }

    /** Parses the whole file, handing its quads on in batches; a syntax error names the file and line. */
    public static void read(Path file, String base, Consumer<List<Quad>> out) throws InputProblem {
        Node fileGraph = NodeFactory.createURI(fileGraph(base, file));
        List<Quad> batch = new ArrayList<>(BATCH);
        StreamRDFBase sink = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                add(Quad.create(fileGraph, t));
            }

            @Override
            public void quad(Quad q) {
                add(q.isDefaultGraph() ? Quad.create(fileGraph, q.asTriple()) : q);
            }

            private void add(Quad q) {
                batch.add(q);
                if (batch.size() == BATCH) {
                    out.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        };
        parse(file, sink);
        if (!batch.isEmpty()) out.accept(List.copyOf(batch));
    }

    private static void parse(Path file, StreamRDFBase sink) throws InputProblem {
        try {
            RDFParser.source(file).base(file.toUri().toString())
                    .errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(sink);
        } catch (RiotException e) {
            throw new InputProblem(file.getFileName().toString(), "not valid " + langName(file) + ": " + e.getMessage());
        }
    }

    /** Whether the loader can read the file as it is: a quads syntax the TDB2 loaders take by file name. */
    public static boolean isQuadsSyntax(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && (lang.equals(Lang.NQUADS) || lang.equals(Lang.TRIG));
    }

    private static String langName(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang == null ? "RDF" : lang.getLabel().toLowerCase(Locale.ROOT).equals("rdf/xml") ? "RDF/XML" : lang.getLabel();
    }
}
