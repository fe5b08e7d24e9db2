package org.resograph.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.resograph.serve.html.Pages;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data: {@code /id/...} answers for the resource BASE + {@code id/...}, whatever BASE the
 * data was converted with. Direct answers, no 303: the representation is chosen by file suffix
 * ({@code .html .ttl .jsonld .nt .rdf}), then by a {@code format} parameter, then by the Accept
 * header, and sent with {@code Vary: Accept}, a {@code Content-Location} naming the suffixed
 * form, and {@code Link} headers to the other forms. Also serves the home page ({@code /}),
 * the ontology ({@code /ontology}) and pages for described IRIs outside our namespace, such as
 * SDG targets ({@code /resource?iri=...}).
 */
final class LinkedDataServlet extends HttpServlet {
    private final transient PageSource source;
    private final transient DatasetGraph dsg;

    LinkedDataServlet(PageSource source) {
        this.source = source;
        this.dsg = source.dsg;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            String q = req.getParameter("q");
            PageSource.sendHtml(resp, 200, source.read(() -> source.pages().home(q == null ? "" : q)));
        } else if (path.startsWith("/ontology")) {
            ontology(req, resp, path);
        } else if (path.startsWith("/resource")) {
            String iri = req.getParameter("iri");
            if (iri == null || iri.isBlank()) {
                PageSource.notFound(resp, "no iri parameter");
            } else {
                answer(req, resp, iri, null, "/resource?iri=" + java.net.URLEncoder.encode(iri, StandardCharsets.UTF_8) + "&format=");
            }
        } else if (path.startsWith("/id/")) {
            resource(req, resp, path);
        } else {
            PageSource.notFound(resp, path);
        }
    }

    private void resource(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        for (String p : List.of(path, URLDecoder.decode(path, StandardCharsets.UTF_8))) {
            Optional<String> iri = find(p.substring(1));
            if (iri.isPresent()) {
                answer(req, resp, iri.get(), null, p + ".");
                return;
            }
            int dot = p.lastIndexOf('.');
            if (dot > p.lastIndexOf('/')) {
                Optional<Representation> forced = Representation.bySuffix(p.substring(dot + 1));
                Optional<String> bare = forced.isPresent() ? find(p.substring(1, dot)) : Optional.empty();
                if (bare.isPresent()) {
                    answer(req, resp, bare.get(), forced.get(), p.substring(0, dot) + ".");
                    return;
                }
            }
        }
        PageSource.notFound(resp, path);
    }

    private Optional<String> find(String idPath) {
        return source.read(() -> {
            for (String base : source.bases()) {
                if (Descriptions.exists(dsg, base + idPath)) return Optional.of(base + idPath);
            }
            return Optional.<String>empty();
        });
    }

    private void answer(HttpServletRequest req, HttpServletResponse resp, String iri, Representation forced, String altPrefix)
            throws IOException {
        Optional<Representation> rep = forced != null ? Optional.of(forced) : chosen(req);
        resp.setHeader("Vary", "Accept");
        linkHeaders(resp, altPrefix);
        if (rep.isEmpty()) {
            resp.sendError(406, "Available: text/html, text/turtle, application/ld+json, application/n-triples, application/rdf+xml");
            return;
        }
        Representation r = rep.get();
        if (forced == null) resp.setHeader("Content-Location", altPrefix + r.suffix);
        if (r.isRdf()) {
            sendRdf(resp, source.read(() -> Descriptions.describe(dsg, iri)), r);
        } else {
            Optional<String> page = source.read(() -> source.pages().resource(iri));
            if (page.isPresent()) PageSource.sendHtml(resp, 200, page.get());
            else PageSource.notFound(resp, iri);
        }
    }

    private void ontology(HttpServletRequest req, HttpServletResponse resp, String path) throws IOException {
        Optional<Representation> rep = path.equals("/ontology") ? chosen(req)
                : path.startsWith("/ontology.") ? Representation.bySuffix(path.substring("/ontology.".length())) : Optional.empty();
        if (rep.isEmpty()) {
            PageSource.notFound(resp, path);
            return;
        }
        resp.setHeader("Vary", "Accept");
        linkHeaders(resp, "/ontology.");
        if (rep.get().isRdf()) sendRdf(resp, source.read(() -> Descriptions.ontology(dsg)), rep.get());
        else PageSource.sendHtml(resp, 200, source.read(() -> source.pages().ontology()));
    }

    /** The form asked for by a {@code format} parameter, else by the Accept header. */
    private static Optional<Representation> chosen(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) return Representation.bySuffix(format);
        return Representation.negotiate(req.getHeader("Accept"));
    }

    private static void linkHeaders(HttpServletResponse resp, String altPrefix) {
        for (Representation r : Representation.values()) {
            resp.addHeader("Link", "<" + altPrefix + r.suffix + ">; rel=\"alternate\"; type=\"" + r.mediaType + "\"");
        }
    }

    private static void sendRdf(HttpServletResponse resp, Graph g, Representation r) throws IOException {
        resp.setStatus(200);
        resp.setContentType(r.mediaType + "; charset=utf-8");
        try (OutputStream out = resp.getOutputStream()) {
            RDFDataMgr.write(out, g, r.rdfFormat);
        }
    }

}
