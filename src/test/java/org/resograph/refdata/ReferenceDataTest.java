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
        assertEquals(197, g.all().stream().filter(e -> e.kind() == EntityKind.STATE && !Gazetteer.FORMER_STATE.equals(e.type())).count());
        assertEquals(6, g.all().stream().filter(e -> Gazetteer.FORMER_STATE.equals(e.type())).count(), "former States of additions/former-states.csv");
        for (Entity e : g.all()) {
            if (e.parent() != null && e.kind() != EntityKind.TREATY) assertNotNull(g.body(e.parent()), e.id() + " has an unknown parent " + e.parent());
        }
        assertEquals(2019, g.sessionYear("CCPCJ", 28));
        assertEquals(2019, g.sessionYear("GA", 74));
    }

    @Test
    void theFormerStatesTableIsCheckedWhenItIsRead(@TempDir Path tmp) throws Exception {
        String header = "name,id,kind,valid_from,valid_to,only_in_years,successors,continued_by,un_status,iso3166_3,iso_alpha2,iso_numeric,sources,verification,note\n";
        java.util.Set<String> current = java.util.Set.of("COD", "RUS", "UKR");
        Path ok = tmp.resolve("ok.csv");
        Files.writeString(ok, header
                + "Union of Soviet Socialist Republics,SUN,state,1922,1991,,RUS|UKR,RUS,former-member-state,SUHH,SU,810,https://example.org/a,verified,\n"
                + "Soviet Union,SUN,name,1922,1991,,,,,,,,https://example.org/a,verified,\n"
                + "Zaire,COD,name,1971,1997,,,,,ZRCD,ZR,180,https://example.org/b,verified,\n");
        FormerStates f = FormerStates.read(ok, current);
        assertEquals(List.of("SUN"), f.states().stream().map(FormerStates.FormerState::id).toList());
        // The former State's own name is a dated name with its years, before the names of its rows.
        assertEquals(List.of("Union of Soviet Socialist Republics", "Soviet Union"), f.names("SUN").stream().map(FormerStates.DatedName::name).toList());
        assertTrue(f.isDatedName("COD", "the Zaire"));
        for (String bad : List.of(
                "Zaire,ZAR,name,1971,1997,,,,,,,,https://example.org/b,verified,\n",            // unknown State
                "Zaire,COD,name,1997,1971,,,,,,,,https://example.org/b,verified,\n",            // years the wrong way round
                "Zaire,COD,name,1971,1997,,,,,,,,,verified,\n",                                  // no source
                "Zaire,COD,alias,1971,1997,,,,,,,,https://example.org/b,verified,\n",           // unknown kind
                "Yugoslavia,YUG,state,1945,1992,,BIH,,,,,,https://example.org/c,verified,\n",   // unknown successor
                "Russia,RUS,state,1991,,,,,,,,,https://example.org/c,verified,\n")) {           // a current State is no former State
            Path file = tmp.resolve("bad.csv");
            Files.writeString(file, header + bad);
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FormerStates.read(file, current), bad);
        }
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
