package org.resograph.serve.html;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.resograph.rdf.Vocab;

/** The nodes of the ontology and of the aligned vocabularies that the pages read. */
final class Terms {
    private Terms() {}

    /** The ontology's own IRI (its terms are this plus {@code #Name}). */
    static final String ONTOLOGY = "https://w3id.org/resograph/ontology";

    static Node rg(String local) {
        return NodeFactory.createURI(Vocab.RG + local);
    }

    static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    // classes
    static final Node DOCUMENT = rg("Document");
    static final Node DRAFT_RESOLUTION = rg("DraftResolution");
    static final Node DRAFT_DECISION = rg("DraftDecision");
    static final Node RESOLUTION = rg("Resolution");
    static final Node PREAMBULAR = rg("PreambularParagraph");
    static final Node OPERATIVE = rg("OperativeParagraph");
    static final Node ANNEX_PARAGRAPH = rg("AnnexParagraph");
    static final Node SUB_PARAGRAPH = rg("SubParagraph");
    static final Node FOOTNOTE = rg("Footnote");
    static final Node DOCUMENT_PART = rg("DocumentPart");
    static final Node CITATION_CLASS = rg("Citation");
    static final Node MANDATE_CLASS = rg("Mandate");
    static final Node REPORTING_CLASS = rg("ReportingObligation");
    static final Node TREATY = rg("Treaty");
    static final Node TREATY_ARTICLE = rg("TreatyArticle");
    static final Node TREATY_PROVISION = rg("TreatyProvision");
    static final Node INSTRUMENT = rg("Instrument");
    static final Node BODY = rg("Body");
    static final Node OFFICIAL = rg("Official");
    static final Node ACTOR_GROUP = rg("ActorGroup");
    static final Node STATE = rg("State");
    static final Node SESSION_CLASS = rg("Session");
    static final Node SDG_TARGET = uri(Vocab.SDGO + "Target");
    static final Node SDG_GOAL = uri(Vocab.SDGO + "Goal");
    static final Node SDG_INDICATOR = uri(Vocab.SDGO + "Indicator");

    // document header
    static final Node SYMBOL = rg("symbol");
    static final Node DOCUMENT_TYPE = rg("documentType");
    static final Node ISSUED = rg("issued");
    static final Node ADOPTION_DATE = rg("adoptionDate");
    static final Node DISTRIBUTION = rg("distribution");
    static final Node ORGAN = rg("organ");
    static final Node ISSUING_BODY = rg("issuingBody");
    static final Node SESSION = rg("session");
    static final Node AGENDA_ITEM = rg("agendaItem");
    static final Node AGENDA_TITLE = rg("agendaTitle");
    static final Node ACTING_BODY = rg("actingBody");
    static final Node RECOMMENDATION_STEP = rg("recommendationStep");
    static final Node RECOMMENDER = rg("recommender");
    static final Node RECOMMENDED_BY = rg("recommendedBy");
    static final Node RANK = rg("rank");
    static final Node SPONSORED_BY = rg("sponsoredBy");
    static final Node SPONSORSHIP = rg("sponsorship");
    static final Node SPONSOR = rg("sponsor");
    static final Node EMBODIES = rg("embodies");
    static final Node REVISES = rg("revises");
    static final Node SOURCE_FILE = rg("sourceFile");
    static final Node WARNING = rg("warning");

    // parts
    static final Node POSITION = rg("position");
    static final Node NUMBER = rg("number");
    static final Node LABEL = rg("label");
    static final Node TEXT = rg("text");
    static final Node IN_ANNEX = rg("inAnnex");
    static final Node OPENING_PHRASE = rg("openingPhrase");
    static final Node HAS_FOOTNOTE = rg("hasFootnote");
    static final Node OPERATIVE_VERB = rg("operativeVerb");
    static final Node VERB_MODIFIER = rg("verbModifier");

    // citations
    static final Node CITATION = rg("citation");
    static final Node CITING_PART = rg("citingPart");
    static final Node CLAUSE_PART = rg("clausePart");
    static final Node CITED_ENTITY = rg("citedEntity");
    static final Node CITATION_KIND = rg("citationKind");
    static final Node CITED_AS = rg("citedAs");
    static final Node RESOLVED_FROM = rg("resolvedFrom");
    static final Node MENTIONS = rg("mentions");
    static final Node CITES_SDG_TARGET = rg("citesSdgTarget");
    /** A paragraph's links to paragraphs of other documents that share its language. */
    static final Node SHARES_LANGUAGE = rg("sharesLanguageWith");

    // resolutions, treaties, instruments
    static final Node RESOLUTION_NUMBER = rg("resolutionNumber");
    static final Node ADOPTED_BY = rg("adoptedBy");
    static final Node ADOPTING_RESOLUTION = rg("adoptingResolution");
    static final Node RESOLUTION_SESSION = rg("resolutionSession");
    static final Node ARTICLE = rg("article");
    static final Node PROVISION = rg("provision");
    static final Node ARTICLE_NUMBER = rg("articleNumber");
    static final Node SUPPLEMENTS = rg("supplements");
    static final Node SHORT_NAME = rg("shortName");
    static final Node ACRONYM = rg("acronym");

    // bodies, states, sessions
    static final Node SESSION_OF = rg("sessionOf");
    static final Node SESSION_NUMBER = rg("sessionNumber");
    static final Node YEAR = rg("year");
    static final Node FORMAL_NAME = rg("formalName");

    // mandates and reporting
    static final Node MANDATE = rg("mandate");
    static final Node MANDATE_VERB = rg("mandateVerb");
    static final Node MANDATED_BY = rg("mandatedBy");
    static final Node ADDRESSEE = rg("addressee");
    static final Node STATED_IN = rg("statedIn");
    static final Node CLAUSE_TEXT = rg("clauseText");
    static final Node FUNDING_CONDITION = rg("fundingCondition");
    static final Node FUNDING_TEXT = rg("fundingText");
    static final Node REPORTING_OBLIGATION = rg("reportingObligation");
    static final Node REPORTER = rg("reporter");
    static final Node REPORT_TO = rg("reportTo");
    static final Node DUE_SESSION = rg("dueSession");
    static final Node FOUND_AT = rg("foundAt");

    // other vocabularies
    static final Node TYPE = uri(Vocab.RDF + "type");
    static final Node RDFS_LABEL = uri(Vocab.RDFS + "label");
    static final Node RDFS_COMMENT = uri(Vocab.RDFS + "comment");
    static final Node SUB_CLASS_OF = uri(Vocab.RDFS + "subClassOf");
    static final Node SUB_PROPERTY_OF = uri(Vocab.RDFS + "subPropertyOf");
    static final Node DOMAIN = uri(Vocab.RDFS + "domain");
    static final Node RANGE = uri(Vocab.RDFS + "range");
    static final Node SEE_ALSO = uri(Vocab.RDFS + "seeAlso");
    static final Node OWL_CLASS = uri(Vocab.OWL + "Class");
    static final Node OWL_OBJECT_PROPERTY = uri(Vocab.OWL + "ObjectProperty");
    static final Node OWL_DATATYPE_PROPERTY = uri(Vocab.OWL + "DatatypeProperty");
    static final Node OWL_ANNOTATION_PROPERTY = uri(Vocab.OWL + "AnnotationProperty");
    static final Node OWL_EQUIVALENT_CLASS = uri(Vocab.OWL + "equivalentClass");
    static final Node OWL_EQUIVALENT_PROPERTY = uri(Vocab.OWL + "equivalentProperty");
    static final Node OWL_VERSION_INFO = uri(Vocab.OWL + "versionInfo");
    static final Node PREF_LABEL = uri(Vocab.SKOS + "prefLabel");
    static final Node ALT_LABEL = uri(Vocab.SKOS + "altLabel");
    static final Node NOTATION = uri(Vocab.SKOS + "notation");
    static final Node DEFINITION = uri(Vocab.SKOS + "definition");
    static final Node BROADER = uri(Vocab.SKOS + "broader");
    static final Node IN_SCHEME = uri(Vocab.SKOS + "inScheme");
    static final Node CONCEPT_SCHEME = uri(Vocab.SKOS + "ConceptScheme");
    static final Node CLOSE_MATCH = uri(Vocab.SKOS + "closeMatch");
    static final Node EXACT_MATCH = uri(Vocab.SKOS + "exactMatch");
    static final Node DCT_TITLE = uri(Vocab.DCT + "title");
    static final Node ELI_TITLE = uri(Vocab.ELI + "title");
    static final Node HAS_PART = uri(Vocab.ELI + "has_part");
    static final Node IS_PART_OF = uri(Vocab.ELI + "is_part_of");
    static final Node SUB_ORGANIZATION_OF = uri(Vocab.ORG + "subOrganizationOf");
    static final Node POST_IN = uri(Vocab.ORG + "postIn");
    static final Node HAS_TARGET = uri(Vocab.SDGO + "hasTarget");
}
