package org.resograph.cli;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.sparql.core.Quad;
import org.resograph.link.Adoption;
import org.resograph.link.AdoptionLinker;
import org.resograph.link.LinkedDocument;
import org.resograph.rdf.AdoptionMapper;
import org.resograph.rdf.RdfMapper;
import org.resograph.read.AdoptionTable;
import org.resograph.read.InputProblem;

/**
 * Converts one text to the quads of its graph, or an adoption table to the quads of its own. The pipeline (lexicon and reference data) is
 * loaded on first use only, so that loading RDF files does not pay for it.
 */
final class TextToQuads {
    /** A converted text: its quads and what could not be extracted from it. */
    record Converted(List<Quad> quads, List<String> warnings) {}

    private final String base;
    private volatile RdfMapper mapper;

    TextToQuads(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    Converted convert(Path file) throws InputProblem {
        LinkedDocument d = Pipeline.load().convert(file);
        return new Converted(ConvertCommand.quads(mapper(), d), d.warnings());
    }

    /** An adoption table's records, in the table's own graph. */
    List<Quad> adoptionTable(Path file) throws InputProblem {
        Pipeline p = Pipeline.load();
        String name = file.getFileName().toString();
        List<Adoption> adoptions = new AdoptionLinker(p.lexicon(), p.gazetteer()).link(name, AdoptionTable.read(file));
        return new AdoptionMapper(base).map(name, adoptions);
    }

    private RdfMapper mapper() {
        RdfMapper m = mapper;
        if (m == null) {
            synchronized (this) {
                if (mapper == null) mapper = new RdfMapper(base, Pipeline.load().gazetteer(), VersionProvider.version());
                m = mapper;
            }
        }
        return m;
    }
}
