package org.resograph.rdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** A {@link org.apache.jena.riot.system.StreamRDF} that keeps the quads of one document. */
public final class QuadCollector extends StreamRDFBase {
    private final List<Quad> quads = new ArrayList<>();

    @Override
    public void quad(Quad quad) {
        quads.add(quad);
    }

    public List<Quad> quads() {
        return quads;
    }
}
