package org.resograph.serve;

import java.io.IOException;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ResoGraph server: Fuseki (jena-fuseki-main) with the dataset {@code /resograph}, the
 * Fuseki UI, and the linked-data pages.
 *
 * <ul>
 * <li>{@code /resograph/sparql} and {@code /resograph/query}: SPARQL query, default graph = the
 * union of the named graphs, with a timeout and a result cap;</li>
 * <li>{@code /resograph/get} and {@code /resograph} (GET): Graph Store Protocol, read;</li>
 * <li>{@code /resograph/update}, {@code /resograph/data} (write): only with {@code allowUpdate};</li>
 * <li>{@code /$/ping}, {@code /$/stats}, {@code /$/server}, {@code /$/datasets} (read only);</li>
 * <li>{@code /index.html}: the Fuseki UI; {@code /}, {@code /id/...}, {@code /ontology},
 * {@code /resource?iri=}: the linked-data pages;</li>
 * <li>{@code /query}, {@code /query/NAME?param=value[&format=csv|tsv|json|dot|table]}: the canned queries.</li>
 * </ul>
 */
public final class ResoServer {
    public static final String DATASET = "/resograph";

    /** How the server runs. {@code resultLimit} 0 means no cap. */
    public record Settings(int port, boolean allInterfaces, boolean allowUpdate, Duration timeout, long resultLimit) {}

    private ResoServer() {}

    public static FusekiServer build(DatasetGraph dsg, Settings s) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(s.timeout().toMillis()));
        PageSource pages = new PageSource(dsg, s.timeout());
        LinkedDataServlet ld = new LinkedDataServlet(pages);
        QueryServlet queries = new QueryServlet(pages, s.timeout(), s.resultLimit());
        FusekiServer.Builder b = FusekiServer.create()
                .fusekiModules(FusekiModules.empty())
                .port(s.port())
                .loopback(!s.allInterfaces())
                .registerOperation(Operation.Query, new LimitedQuery(s.resultLimit()))
                .add(DATASET, dsg, s.allowUpdate())
                .enablePing(true)
                .enableStats(true)
                .addServlet("", ld)
                .addServlet("/id/*", ld)
                .addServlet("/ontology", ld)
                .addServlet("/resource", ld)
                .addServlet("/query", queries)
                .addServlet("/query/*", queries);
        for (Representation r : Representation.values()) b.addServlet("/ontology." + r.suffix, ld);
        addFusekiUi(b);
        return b.build();
    }

    /** The Fuseki UI's files from the jena-fuseki-ui jar, and the read-only admin calls it makes. */
    private static void addFusekiUi(FusekiServer.Builder b) {
        String ui = uiLocation();
        if (ui == null) return;
        b.staticFileBase(ui)
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new GetOnly(new ActionDatasets()))
                .addServlet("/$/validate/query", new QueryValidator())
                .addServlet("/$/validate/update", new UpdateValidator())
                .addServlet("/$/validate/iri", new IRIValidator())
                .addServlet("/$/validate/langtag", new LangTagValidator())
                .addServlet("/$/validate/data", new DataValidator());
    }

    private static String uiLocation() {
        var url = ResoServer.class.getResource("/webapp/index.html");
        if (url == null) return null;
        String s = url.toString();
        return s.substring(0, s.length() - "/index.html".length());
    }

    /** Lets the UI list datasets without letting anyone add or delete one. */
    private static final class GetOnly extends HttpServlet {
        private final HttpServlet inner;

        GetOnly(HttpServlet inner) {
            this.inner = inner;
        }

        @Override
        public void init(jakarta.servlet.ServletConfig config) throws ServletException {
            super.init(config);
            inner.init(config);
        }

        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
            if (!req.getMethod().equals("GET") && !req.getMethod().equals("HEAD")) {
                resp.sendError(405, "read only");
                return;
            }
            inner.service(req, resp);
        }
    }
}
