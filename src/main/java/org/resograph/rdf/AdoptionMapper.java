package org.resograph.rdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.resograph.link.Adoption;

/**
 * An adoption table as RDF, in a graph of its own ({@code BASE graph/adoptions/<table>}), so that
 * loading the table again replaces it. Each row becomes an {@code rg:AdoptionRecord} with its
 * source; a draft named by symbol also gets the direct link {@code rg:adoptedAs}. A draft named by
 * its file is matched at query time through the documents' {@code rg:sourceFile}.
 */
public final class AdoptionMapper {
    private final String base;

    public AdoptionMapper(String base) {
        this.base = base;
    }

    public String graph(String tableName) {
        return base + "graph/adoptions/" + IdPaths.segment(tableName);
    }

    public List<Quad> map(String tableName, List<Adoption> adoptions) {
        Node g = uri(graph(tableName));
        List<Quad> out = new ArrayList<>();
        for (Adoption a : adoptions) {
            String key = a.draftSymbol() != null ? IdPaths.path(a.draftSymbol().replaceAll("\\s+", "")) : "file/" + IdPaths.segment(a.draftFile());
            Node rec = uri(base + "id/adoption/" + key);
            Node res = uri(base + IdPaths.resolution(a.resolutionBody(), a.resolutionNumber()));
            out.add(q(g, rec, Vocab.RDF + "type", uri(Vocab.RG + "AdoptionRecord")));
            out.add(q(g, rec, Vocab.RG + "adoptedResolution", res));
            out.add(q(g, rec, Vocab.DCT + "source", NodeFactory.createLiteralString(a.source())));
            out.add(q(g, rec, Vocab.RG + "tableLine", NodeFactory.createLiteralDT(Long.toString(a.line()), XSDDatatype.XSDinteger)));
            if (a.note() != null) out.add(q(g, rec, Vocab.SKOS + "note", NodeFactory.createLiteralString(a.note())));
            if (a.date() != null) {
                Node d = NodeFactory.createLiteralDT(a.date().toString(), XSDDatatype.XSDdate);
                out.add(q(g, rec, Vocab.RG + "adoptionDate", d));
            }
            if (a.draftSymbol() != null) {
                Node draft = uri(base + IdPaths.document(a.draftSymbol().replaceAll("\\s+", "")));
                out.add(q(g, rec, Vocab.RG + "draft", draft));
                out.add(q(g, draft, Vocab.RG + "adoptedAs", res));
            } else {
                out.add(q(g, rec, Vocab.RG + "draftFile", NodeFactory.createLiteralString(a.draftFile())));
            }
            out.add(q(g, res, Vocab.RDF + "type", uri(Vocab.RG + "Resolution")));
            out.add(q(g, res, Vocab.RG + "resolutionNumber", NodeFactory.createLiteralString(a.resolutionNumber())));
            out.add(q(g, res, Vocab.RG + "adoptedBy", uri(base + IdPaths.body(a.resolutionBody()))));
        }
        return out;
    }

    private static Quad q(Node g, Node s, String p, Node o) {
        return Quad.create(g, s, NodeFactory.createURI(p), o);
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }
}
