package org.resograph.serve.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.resograph.TestData;

/** Data converted with another --base: pages and links work the same. */
class BaseTest {
    static final String BASE = "http://example.org/un/";
    static DatasetGraph dsg;
    static String doc;

    @BeforeAll
    static void load() {
        dsg = Fixture.build(BASE, List.of(TestData.SEEDS.resolve("000_931544732abc5d6a.txt"), TestData.SEEDS.resolve("001_73b88d5b32d44ec2.txt")));
        doc = Fixture.documentOf(dsg, "000_931544732abc5d6a.txt");
    }

    @Test
    void pagesLinkLocallyUnderAnotherBase() {
        assertTrue(doc.startsWith(BASE + "id/document/"));
        Pages pages = new Pages(dsg, List.of("http://example.org/un"));
        String html = Fixture.read(dsg, () -> pages.resource(doc).orElseThrow());
        assertTrue(html.contains("<a href=\"/id/state/FRA\">France</a>"), "reference data read with the same base");
        assertTrue(html.contains("href=\"/id/resolution/ga/70/179\""));
        assertTrue(html.contains("href=\"" + doc.substring(BASE.length() - 1) + ".ttl\""));
        assertFalse(html.contains("href=\"http://example.org/un/"), "no data IRI left as an outbound link");
        String body = Fixture.read(dsg, () -> pages.resource(BASE + "id/body/UNODC").orElseThrow());
        assertTrue(body.contains("href=\"" + doc.substring(BASE.length() - 1) + "#operative-4\""));
        assertTrue(Fixture.read(dsg, () -> pages.resource(Fixture.BASE + "id/body/UNODC")).isEmpty(), "the default base is not in this dataset");
        String home = Fixture.read(dsg, () -> pages.home("trafficking"));
        assertTrue(home.contains("href=\"" + doc.substring(BASE.length() - 1) + "\""));
    }

    @Test
    void severalBasesAtOnce() {
        Pages pages = new Pages(dsg, List.of(Fixture.BASE, BASE));
        String html = Fixture.read(dsg, () -> pages.resource(BASE + "id/resolution/ga/70/179").orElseThrow());
        assertTrue(html.contains("href=\"" + doc.substring(BASE.length() - 1) + "#preamble-3\""));
    }
}
