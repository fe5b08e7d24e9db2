package org.resograph.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.resograph.rdf.Vocab;

/**
 * The Turtle files of {@code ontology/}, shipped inside the jar: the ontology, the SHACL shapes,
 * the lexicon and the reference data.
 */
public final class DataFiles {
    private DataFiles() {}

    public static final String ONTOLOGY = "ontology/resograph.ttl";
    public static final String SHAPES = "ontology/shapes.ttl";
    public static final List<String> LEXICON = List.of("ontology/lexicon/clauses.ttl", "ontology/lexicon/usage.ttl");
    public static final List<String> REFERENCE = List.of(
            "ontology/reference/bodies.ttl", "ontology/reference/treaties.ttl",
            "ontology/reference/instruments.ttl", "ontology/reference/states.ttl",
            "ontology/reference/sessions.ttl", "ontology/reference/sdg.ttl",
            "ontology/reference/sdg-indicators.ttl");

    /** Parses one shipped file; relative IRIs resolve against {@code base}. */
    public static Graph read(String resource, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = DataFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing data file on the class path: " + resource);
            RDFParser.source(in).lang(Lang.TURTLE).base(base).errorHandler(ErrorHandlerFactory.errorHandlerNoLogging).parse(g);
        } catch (RiotException e) {
            throw new IllegalStateException("the shipped data file " + resource + " does not parse: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }

    public static Graph read(String resource) {
        return read(resource, Vocab.DEFAULT_BASE);
    }
}
