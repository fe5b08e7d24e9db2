package org.resograph.store;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.HttpOp;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Pushes graphs into a SPARQL Graph Store Protocol endpoint (a Fuseki dataset URL such as
 * {@code http://localhost:3030/ds}, or its {@code /data} service) with one HTTP PUT per named
 * graph: the server replaces each graph as a whole, so re-pushing a document replaces it.
 */
public final class GraphStorePush {
    private final String endpoint;

    public GraphStorePush(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Checks that the endpoint answers, before any conversion work is done. */
    public void check() {
        try {
            HttpOp.httpGetString(endpoint.replaceAll("/(data|get)?$", "") + "?query=ASK%7B%7D");
        } catch (RuntimeException e) {
            throw new StoreException(endpoint + ": the endpoint does not answer (" + e.getMessage() + ")", e);
        }
    }

    /** PUTs each named graph in the quads; returns the number of graphs sent. */
    public int put(List<Quad> quads) {
        Map<String, Graph> graphs = new TreeMap<>();
        for (Quad q : quads) {
            Node g = q.getGraph();
            graphs.computeIfAbsent(g.getURI(), k -> GraphFactory.createDefaultGraph()).add(q.asTriple());
        }
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            try {
                GSP.service(endpoint).graphName(e.getKey()).PUT(e.getValue());
            } catch (RuntimeException ex) {
                throw new StoreException(endpoint + ": PUT of graph <" + e.getKey() + "> failed: " + ex.getMessage(), ex);
            }
        }
        return graphs.size();
    }
}
