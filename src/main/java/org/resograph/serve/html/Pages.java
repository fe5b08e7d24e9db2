package org.resograph.serve.html;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/** TEMPORARY stub until the renderer lands. */
public final class Pages {
    private final DatasetGraph dsg;

    public Pages(DatasetGraph dsg, List<String> bases) {
        this.dsg = dsg;
    }

    public Optional<String> resource(String iri) {
        var n = NodeFactory.createURI(iri);
        var g = dsg.getUnionGraph();
        if (!g.contains(n, null, null) && !g.contains(null, null, n)) return Optional.empty();
        return Optional.of("<!DOCTYPE html><html><head><title>" + iri + "</title></head><body><h1>" + iri + "</h1></body></html>");
    }

    public String home(String q) {
        return "<!DOCTYPE html><html><head><title>ResoGraph</title></head><body><h1>ResoGraph</h1></body></html>";
    }

    public String ontology() {
        return "<!DOCTYPE html><html><head><title>Ontology</title></head><body></body></html>";
    }
}
