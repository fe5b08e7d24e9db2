package org.resograph.refdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resograph.TestData;
import org.resograph.cli.Pipeline;
import org.resograph.lexicon.DataFiles;
import org.resograph.lexicon.Entity;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.rdf.Vocab;

class ReferenceDataTest {

    @Test
    void everyTermOfTheOntologyHasALabelAndAComment() {
        Graph g = DataFiles.read(DataFiles.ONTOLOGY);
        Node type = NodeFactory.createURI(Vocab.RDF + "type");
        Node label = NodeFactory.createURI(Vocab.RDFS + "label");
        Node comment = NodeFactory.createURI(Vocab.RDFS + "comment");
        List<String> missing = new ArrayList<>();
        int terms = 0;
        for (Triple t : g.find(null, type, null).toList()) {
            Node s = t.getSubject();
            if (!s.isURI() || !s.getURI().startsWith(Vocab.RG)) continue;
            terms++;
            if (!g.contains(s, label, Node.ANY) || !g.contains(s, comment, Node.ANY)) missing.add(s.getURI());
        }
        assertTrue(terms > 100, "terms: " + terms);
        assertEquals(List.of(), missing);
    }

    @Test
    void theWholeReferenceDataIsLoaded() {
        Gazetteer g = Pipeline.load().gazetteer();
        long bodies = g.all().stream().filter(e -> e.kind() != EntityKind.STATE && e.kind() != EntityKind.TREATY
                && e.kind() != EntityKind.INSTRUMENT).count();
        assertTrue(bodies >= 738, "bodies, officials and groups: " + bodies);
        assertTrue(g.all().stream().filter(e -> e.kind() == EntityKind.TREATY).count() >= 219);
        assertTrue(g.all().stream().filter(e -> e.kind() == EntityKind.INSTRUMENT).count() >= 264);
        assertEquals(197, g.all().stream().filter(e -> e.kind() == EntityKind.STATE).count());
        for (Entity e : g.all()) {
            if (e.parent() != null && e.kind() != EntityKind.TREATY) assertNotNull(g.body(e.parent()), e.id() + " has an unknown parent " + e.parent());
        }
        assertEquals(2019, g.sessionYear("CCPCJ", 28));
        assertEquals(2019, g.sessionYear("GA", 74));
    }

    @Test
    void committedTurtleIsWhatTheImportWrites(@TempDir Path tmp) throws Exception {
        Path shared = TestData.SHARED.resolve("reference");
        assumeTrue(Files.isDirectory(shared), "../shared/reference is absent: import check skipped");
        Path to = tmp.resolve("reference");
        Files.createDirectories(to.resolve("additions"));
        Path additions = Path.of("ontology/reference/additions");
        try (var s = Files.list(additions)) {
            for (Path f : s.toList()) Files.copy(f, to.resolve("additions").resolve(f.getFileName()));
        }
        for (String f : new ReferenceImporter(shared, to).run()) {
            assertEquals(Files.readString(Path.of("ontology/reference").resolve(f)), Files.readString(to.resolve(f)),
                    f + " is out of date: run resograph reference-import --from ../shared/reference");
        }
    }
}
