package org.resograph.serve;

import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.resograph.rdf.Vocab;

/**
 * What the linked-data pages serve as RDF for a resource: every triple about it (it is the
 * subject) and the triples that point at it (it is the object), capped so that a much-cited
 * treaty cannot produce an unbounded answer. Call inside a read transaction.
 */
final class Descriptions {
    static final int MAX_INBOUND = 5_000;

    private Descriptions() {}

    static boolean exists(DatasetGraph dsg, String iri) {
        Node n = NodeFactory.createURI(iri);
        Graph g = dsg.getUnionGraph();
        return g.contains(n, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, n);
    }

    static Graph describe(DatasetGraph dsg, String iri) {
        Node n = NodeFactory.createURI(iri);
        Graph union = dsg.getUnionGraph();
        Graph out = withPrefixes();
        union.find(n, Node.ANY, Node.ANY).forEach(out::add);
        Iterator<Triple> in = union.find(Node.ANY, Node.ANY, n);
        for (int i = 0; i < MAX_INBOUND && in.hasNext(); i++) out.add(in.next());
        return out;
    }

    /** The ontology graph(s) as one graph. */
    static Graph ontology(DatasetGraph dsg) {
        Graph out = withPrefixes();
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            Node g = it.next();
            if (g.isURI() && g.getURI().endsWith("graph/ontology")) dsg.getGraph(g).find().forEach(out::add);
        }
        return out;
    }

    private static Graph withPrefixes() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String[] p : Vocab.PREFIXES) g.getPrefixMapping().setNsPrefix(p[0], p[1]);
        return g;
    }
}
