package org.resograph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.resograph.TestData;
import org.resograph.cli.Pipeline;
import org.resograph.lexicon.DataFiles;

/** Every converted seed, and every fixture, conforms to the SHACL shapes. */
class ShapesTest {

    private static final Shapes SHAPES = Shapes.parse(DataFiles.read(DataFiles.SHAPES));

    @Test
    void convertedDocumentsConform() {
        RdfMapper mapper = new RdfMapper(Vocab.DEFAULT_BASE, Pipeline.load().gazetteer(), "test");
        List<Path> inputs = new java.util.ArrayList<>(TestData.seeds());
        for (String f : List.of("ga-adopted-layout.txt", "sc-layout.txt", "ecosoc-recommends-draft.txt", "hrc-votes.txt",
                "ibid-after-unknown-citation.txt", "declaration-adopted.txt", "ga-draft-1985-former-states.txt",
                "ga-draft-1995-former-names.txt")) {
            inputs.add(TestData.FIXTURES.resolve(f));
        }
        for (Path p : inputs) {
            QuadCollector c = new QuadCollector();
            mapper.map(TestData.convert(p), c);
            Graph g = GraphFactory.createDefaultGraph();
            c.quads().forEach(q -> g.add(q.asTriple()));
            ValidationReport report = ShaclValidator.get().validate(SHAPES, g);
            if (!report.conforms()) ShLib.printReport(report);
            assertTrue(report.conforms(), p + " does not conform");
        }
    }
}
