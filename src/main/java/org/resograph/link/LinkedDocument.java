package org.resograph.link;

import java.util.List;

import org.resograph.parse.Document;

/**
 * What the link stage hands on: the parsed document with everything in it resolved to the
 * reference data. The RDF mapping and the extraction summary are both made from this.
 */
public record LinkedDocument(
        Document document,
        DocumentFacts facts,
        List<Clauses.Preambular> preamble,
        List<Clauses.Operative> operative,
        List<Citation> citations,
        List<Mention> mentions,
        List<Mandate> mandates,
        List<Reporting> reporting,
        List<String> warnings) {}
