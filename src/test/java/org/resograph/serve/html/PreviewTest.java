package org.resograph.serve.html;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes a few pages to a folder for reading by eye ({@code -Dpages.preview=target/pages-preview}).
 * Not a check: off unless the property is set.
 */
@EnabledIfSystemProperty(named = "pages.preview", matches = ".+")
class PreviewTest {
    @Test
    void writePages() throws Exception {
        Path dir = Path.of(System.getProperty("pages.preview"));
        Files.createDirectories(dir);
        DatasetGraph dsg = Fixture.dataset();
        Pages pages = Fixture.pages();
        Map<String, String> out = new LinkedHashMap<>();
        dsg.executeRead(() -> {
            String b = Fixture.BASE;
            out.put("home", pages.home(""));
            out.put("search", pages.home("trafficking"));
            out.put("ontology", pages.ontology());
            for (String[] seed : new String[][] {{"doc", "000_931544732abc5d6a.txt"}, {"doc1", "001_73b88d5b32d44ec2.txt"},
                    {"doc3", "003_0a6c0084fe207540.txt"}, {"doc4", "004_48a48206d42da546.txt"}, {"ga74174", "ga_74_174.txt"},
                    {"ecosoc202214", "ecosoc_2022_14.txt"}}) {
                String iri = Fixture.documentOf(dsg, seed[1]);
                if (iri != null) out.put(seed[0], pages.resource(iri).orElseThrow());
            }
            put(out, pages, "resolution", b + "id/resolution/ga/70/179");
            put(out, pages, "resolution74174", b + "id/resolution/ga/74/174");
            put(out, pages, "sdg", "http://metadata.un.org/sdg/5.2");
            put(out, pages, "goal", "http://metadata.un.org/sdg/16");
            put(out, pages, "body", b + "id/body/UNODC");
            put(out, pages, "state", b + "id/state/FRA");
            put(out, pages, "treaty", b + "id/treaty/UNTOC");
            put(out, pages, "session", b + "id/session/ccpcj/27");
            put(out, pages, "instrument", b + "id/instrument/GPA-TIP");
            put(out, pages, "verb", "https://w3id.org/resograph/vocab/operative-verb/invites");
            String doc = Fixture.documentOf(dsg, "000_931544732abc5d6a.txt");
            put(out, pages, "paragraph", doc + "/operative/4");
            put(out, pages, "mandate", doc + "/mandate/1");
        });
        for (Map.Entry<String, String> e : out.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".html"), e.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void put(Map<String, String> out, Pages pages, String name, String iri) {
        pages.resource(iri).ifPresent(html -> out.put(name, html));
    }
}
