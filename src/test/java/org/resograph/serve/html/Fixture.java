package org.resograph.serve.html;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.sparql.core.Quad;
import org.resograph.TestData;
import org.resograph.cli.Pipeline;
import org.resograph.rdf.QuadCollector;
import org.resograph.rdf.RdfMapper;
import org.resograph.rdf.StandingGraphs;
import org.resograph.rdf.Vocab;

/**
 * A dataset made the way the server makes it: the five seeds (and two corpus resolutions, one
 * citing the other, when ../shared is beside the project) converted into their named graphs,
 * plus the ontology and reference graphs. Built once per base and shared by the tests.
 */
final class Fixture {
    private Fixture() {}

    static final String BASE = Vocab.DEFAULT_BASE;
    /** GA resolution 74/174 and ECOSOC resolution 2022/14, which recalls it. */
    static final Path CITED = TestData.SHARED.resolve("corpus/texts/ga_74_174.txt");
    static final Path CITING = TestData.SHARED.resolve("corpus/texts/ecosoc_2022_14.txt");

    private static DatasetGraph standard;

    static boolean corpusPresent() {
        return Files.isRegularFile(CITED) && Files.isRegularFile(CITING);
    }

    static synchronized DatasetGraph dataset() {
        if (standard == null) {
            List<Path> files = new ArrayList<>(TestData.seeds());
            if (corpusPresent()) {
                files.add(CITED);
                files.add(CITING);
            }
            standard = build(BASE, files);
        }
        return standard;
    }

    static Pages pages() {
        return new Pages(dataset(), List.of(BASE));
    }

    static DatasetGraph build(String base, List<Path> files) {
        // TDB2 in memory, as the server's database: the canned queries the pages run read its union graph.
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.executeWrite(() -> {
            for (Quad q : quads(base, files)) dsg.add(q);
        });
        return dsg;
    }

    static List<Quad> quads(String base, List<Path> files) {
        Pipeline pipeline = Pipeline.load();
        RdfMapper mapper = new RdfMapper(base, pipeline.gazetteer(), "test");
        List<Quad> out = new ArrayList<>(StandingGraphs.ontology(mapper.base()));
        out.addAll(StandingGraphs.reference(mapper.base()));
        for (Path f : files) {
            QuadCollector c = new QuadCollector();
            mapper.map(TestData.convert(f), c);
            out.addAll(c.quads());
        }
        return out;
    }

    /** The document IRI of a converted seed, found by its source file name. */
    static String documentOf(DatasetGraph dsg, String sourceFile) {
        return org.apache.jena.system.Txn.calculateRead(dsg, () -> {
            var it = dsg.getUnionGraph().find(org.apache.jena.graph.Node.ANY, Terms.SOURCE_FILE,
                    org.apache.jena.graph.NodeFactory.createLiteralString(sourceFile));
            try {
                return it.hasNext() ? it.next().getSubject().getURI() : null;
            } finally {
                it.close();
            }
        });
    }

    /** Renders inside a read transaction, as the server does. */
    static <T> T read(DatasetGraph dsg, java.util.function.Supplier<T> work) {
        return org.apache.jena.system.Txn.calculateRead(dsg, work);
    }
}
