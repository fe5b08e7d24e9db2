package org.resograph.rdf;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.resograph.lexicon.DataFiles;

/**
 * The graphs that stand beside the documents' graphs: the ontology with the lexicon (its
 * concept schemes), and the reference data, read with the chosen data base IRI.
 */
public final class StandingGraphs {
    private StandingGraphs() {}

    public static String ontologyGraph(String base) {
        return base + "graph/ontology";
    }

    public static String referenceGraph(String base) {
        return base + "graph/reference";
    }

    /** The quads of the ontology graph. */
    public static List<Quad> ontology(String base) {
        Node g = NodeFactory.createURI(ontologyGraph(base));
        java.util.List<Quad> out = new java.util.ArrayList<>();
        add(out, g, DataFiles.read(DataFiles.ONTOLOGY, base));
        for (String f : DataFiles.LEXICON) add(out, g, DataFiles.read(f, base));
        return out;
    }

    /** The quads of the reference graph. */
    public static List<Quad> reference(String base) {
        Node g = NodeFactory.createURI(referenceGraph(base));
        java.util.List<Quad> out = new java.util.ArrayList<>();
        for (String f : DataFiles.REFERENCE) add(out, g, DataFiles.read(f, base));
        return out;
    }

    private static void add(List<Quad> out, Node g, Graph graph) {
        graph.find().forEachRemaining((Triple t) -> out.add(Quad.create(g, t)));
    }
}
