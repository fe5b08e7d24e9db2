package org.resograph.serve.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Where links go: data IRIs to /id/..., ontology terms to /ontology#, described IRIs to /resource?iri=, the rest out. */
class LinksTest {
    final Links links = new Links(List.of("https://w3id.org/resograph/", "http://example.org/data#"),
            Set.of("http://metadata.un.org/sdg/5.2", "https://w3id.org/resograph/vocab/operative-verb/calls-upon")::contains);

    @Test
    void dataIrisOfEveryBaseAreLocal() {
        assertEquals("/id/document/E/CN.15/2019/L.3/Rev.1", links.href("https://w3id.org/resograph/id/document/E/CN.15/2019/L.3/Rev.1"));
        assertEquals("/id/resolution/ga/217A%28III%29", links.href("https://w3id.org/resograph/id/resolution/ga/217A%28III%29"), "percent-encoding kept as it is");
        assertEquals("/id/body/UNODC", links.href("http://example.org/data#id/body/UNODC"));
        assertEquals("/id/document/E/CN.15/2019/L.3/Rev.1.ttl", links.rdf("https://w3id.org/resograph/id/document/E/CN.15/2019/L.3/Rev.1", "ttl"));
    }

    @Test
    void ontologyTermsGoToTheOntologyPage() {
        assertEquals("/ontology#Document", links.href("https://w3id.org/resograph/ontology#Document"));
        assertEquals("/ontology", links.href("https://w3id.org/resograph/ontology"));
    }

    @Test
    void describedIrisGoToTheResourcePage() {
        assertEquals("/resource?iri=http%3A%2F%2Fmetadata.un.org%2Fsdg%2F5.2", links.href("http://metadata.un.org/sdg/5.2"));
        assertEquals("/resource?iri=http%3A%2F%2Fmetadata.un.org%2Fsdg%2F5.2&format=jsonld", links.rdf("http://metadata.un.org/sdg/5.2", "jsonld"));
        assertEquals("/resource?iri=https%3A%2F%2Fw3id.org%2Fresograph%2Fvocab%2Foperative-verb%2Fcalls-upon",
                links.href("https://w3id.org/resograph/vocab/operative-verb/calls-upon"));
    }

    @Test
    void otherIrisKeepTheirAddressUnlessTheyAreNoWebAddress() {
        assertEquals("http://www.wikidata.org/entity/Q142", links.href("http://www.wikidata.org/entity/Q142"));
        assertNull(links.href("javascript:alert(1)"));
        assertNull(links.href("data:text/html,<b>x</b>"));
        assertEquals("/id/x", links.href("https://w3id.org/resograph/id/x"), "a data IRI is local even when undescribed");
        assertNull(links.dataPath("https://w3id.org/resograph/graph/ontology"), "graph names are not data pages");
    }

    @Test
    void readableTails() {
        assertEquals("UNODC", Labels.tail("https://w3id.org/resograph/id/body/UNODC"));
        assertEquals("217A(III)", Labels.tail("https://w3id.org/resograph/id/resolution/ga/217A%28III%29"));
        assertEquals("by/4.0", Labels.readable("https://creativecommons.org/licenses/by/4.0/"));
        assertEquals("eli:LegalResource", Labels.prefixed("http://data.europa.eu/eli/ontology#LegalResource"));
    }

    @Test
    void sdgCodesSortAsTheUnListsThem() {
        assertEquals(-1, Integer.signum(SdgPage.compareCodes("5.2", "5.10")));
        assertEquals(-1, Integer.signum(SdgPage.compareCodes("5.6", "5.a")));
        assertEquals(1, Integer.signum(SdgPage.compareCodes("16.2", "5.2")));
    }
}
