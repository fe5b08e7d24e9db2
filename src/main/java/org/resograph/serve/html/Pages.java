package org.resograph.serve.html;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.rdf.Vocab;

/**
 * The HTML side of the linked-data pages: one page per resource, the home page and the
 * ontology page, as complete HTML5 documents with no script. Pure rendering: the caller (the
 * server) maps requests to these calls, negotiates content and holds the read transaction.
 * An instance caches labels, so make one per request or per transaction.
 */
public final class Pages {
    /** How long a canned query shown on a page may run unless the server says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** How long each canned query shown inside a resource page may run, so that a page with several stays quick. */
    public static final Duration PANEL_TIMEOUT = Duration.ofSeconds(5);

    private final Data data;
    private final Site site;

    /**
     * @param dsg the whole dataset (named graphs; read via its union graph); the caller holds a read transaction
     * @param bases the data bases in use, e.g. ["https://w3id.org/resograph/"] (data IRIs are BASE + "id/...")
     */
    public Pages(DatasetGraph dsg, List<String> bases) {
        this(dsg, bases, bases.isEmpty() || bases.contains(Vocab.DEFAULT_BASE) ? Vocab.DEFAULT_BASE : bases.get(0), DEFAULT_TIMEOUT);
    }

    /**
     * @param queryBase the base that bare words in canned-query parameters name (as
     *        {@code resograph query} reads it off the database)
     * @param timeout how long a canned query may run on a query's page; the queries a
     *        resource page shows get at most {@link #PANEL_TIMEOUT} each
     */
    public Pages(DatasetGraph dsg, List<String> bases, String queryBase, Duration timeout) {
        this.data = new Data(dsg.getUnionGraph());
        Map<String, Boolean> described = new ConcurrentHashMap<>();
        List<String> normalised = new ArrayList<>();
        for (String b : bases) normalised.add(b.endsWith("/") || b.endsWith("#") ? b : b + "/");
        Links links = new Links(normalised, iri -> described.computeIfAbsent(iri, i -> data.describes(NodeFactory.createURI(i))));
        Duration panels = timeout.compareTo(PANEL_TIMEOUT) < 0 ? timeout : PANEL_TIMEOUT;
        this.site = new Site(data, links, new PageQueries(dsg, queryBase, timeout, panels));
    }

    /** Full HTML page for a resource IRI, or empty when the dataset says nothing about it (no triple with it as subject or object). */
    public Optional<String> resource(String iri) {
        if (iri == null || iri.isBlank()) return Optional.empty();
        Node n = NodeFactory.createURI(iri);
        if (!data.knows(n)) return Optional.empty();
        return Optional.of(render(n));
    }

    private String render(Node n) {
        if (data.isA(n, Terms.DOCUMENT)) return new DocumentPage(site).render(n);
        if (data.isA(n, Terms.RESOLUTION)) return new ResolutionPage(site).render(n);
        if (data.isA(n, Terms.TREATY)) return new TreatyPage(site).treaty(n);
        if (data.isA(n, Terms.TREATY_ARTICLE) || data.isA(n, Terms.TREATY_PROVISION)) return new TreatyPage(site).article(n);
        if (data.isA(n, Terms.SDG_TARGET)) return new SdgPage(site).target(n);
        if (data.isA(n, Terms.SDG_GOAL)) return new SdgPage(site).goal(n);
        if (data.isA(n, Terms.BODY) || data.isA(n, Terms.OFFICIAL) || data.isA(n, Terms.ACTOR_GROUP)) return new BodyPage(site).render(n);
        if (data.isA(n, Terms.STATE)) return new StatePage(site).render(n);
        if (data.isA(n, Terms.SESSION_CLASS)) return new SessionPage(site).render(n);
        return new ResourcePage(site).render(n);
    }

    /** The home page: documents grouped by body, then session, then year; a GET search form (field "q") by title or symbol; matches on top when q is non-blank. */
    public String home(String q) {
        return new HomePage(site).render(q);
    }

    /** A page and the HTTP status to send it with. */
    public record Answer(int status, String html) {}

    /** The list of canned queries, each linking to its page. */
    public String queries() {
        return new QueryPage(site).index();
    }

    /**
     * A canned query's page: the question, a form for the parameters, the answer as a table (the
     * parameters given are bound as {@code resograph query} binds them). Status 400 when a
     * parameter is wrong, 404 when there is no query of that name.
     */
    public Answer query(String name, Map<String, String> params) {
        return new QueryPage(site).render(name, params);
    }

    /** One page describing the ontology terms, one anchor per term (id = local name). */
    public String ontology() {
        return new OntologyPage(site).render();
    }
}
