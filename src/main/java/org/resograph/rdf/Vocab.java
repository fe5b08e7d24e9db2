package org.resograph.rdf;

/** Namespaces of the ontology and of the vocabularies it aligns with. */
public final class Vocab {
    private Vocab() {}

    /** Default base for the IRIs of converted data; {@code --base} changes it. */
    public static final String DEFAULT_BASE = "https://w3id.org/resograph/";

    public static final String RG = "https://w3id.org/resograph/ontology#";
    /** Concepts of our own schemes (operative verbs, clause kinds, ...): fixed, like the ontology. */
    public static final String RGV = "https://w3id.org/resograph/vocab/";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String CITO = "http://purl.org/spar/cito/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SDG = "http://metadata.un.org/sdg/";
    public static final String SDGO = "http://metadata.un.org/sdg/ontology#";
    public static final String UNDO = "https://w3id.org/un/ontology/undo/";
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";
    public static final String EU_COUNTRY = "http://publications.europa.eu/resource/authority/country/";

    /** Prefixes used when writing Turtle and TriG, in the order they are declared. */
    public static final String[][] PREFIXES = {
        {"rg", RG}, {"rgv", RGV}, {"eli", ELI}, {"cito", CITO}, {"org", ORG}, {"prov", PROV},
        {"oa", OA}, {"skos", SKOS}, {"dct", DCT}, {"rdf", RDF}, {"rdfs", RDFS}, {"owl", OWL},
        {"xsd", XSD}, {"sdg", SDG}, {"sdgo", SDGO},
    };
}
