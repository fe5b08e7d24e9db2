package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.resograph.rdf.Vocab;

/**
 * One page for the ontology: every class, property and concept scheme of the rg: namespace,
 * each under an anchor named by its local name (/ontology#Document), with its label, comment,
 * place in the hierarchy, domain and range, and its alignments to ELI, ORG, PROV, CiTO and
 * the others.
 */
final class OntologyPage {
    private record Section(String id, String title, Node type) {}

    private static final List<Section> SECTIONS = List.of(
            new Section("classes", "Classes", Terms.OWL_CLASS),
            new Section("object-properties", "Object properties", Terms.OWL_OBJECT_PROPERTY),
            new Section("datatype-properties", "Datatype properties", Terms.OWL_DATATYPE_PROPERTY),
            new Section("annotation-properties", "Annotation properties", Terms.OWL_ANNOTATION_PROPERTY),
            new Section("concept-schemes", "Concept schemes", Terms.CONCEPT_SCHEME));

    private final Site site;
    private final Data data;

    OntologyPage(Site site) {
        this.site = site;
        this.data = site.data;
    }

    String render() {
        Node onto = Terms.uri(Terms.ONTOLOGY);
        Html h = new Html();
        h.el("div", "Ontology", "class", "kind");
        String title = data.text(onto, Terms.DCT_TITLE);
        h.el("h1", title != null ? title : "ResoGraph ontology");
        String comment = data.text(onto, Terms.RDFS_COMMENT);
        if (comment != null) h.el("p", comment);
        h.open("dl", "class", "facts");
        site.fact(h, "Namespace", Vocab.RG);
        site.fact(h, "Prefix", "rg:");
        site.fact(h, "Version", data.text(onto, Terms.OWL_VERSION_INFO));
        site.factLinks(h, "Licence", data.objects(onto, Terms.uri(Vocab.DCT + "license")));
        site.factLinks(h, "See also", data.objects(onto, Terms.SEE_ALSO));
        h.close("dl");

        List<List<Node>> terms = new ArrayList<>();
        for (Section s : SECTIONS) terms.add(terms(s.type()));
        h.open("nav", "class", "toc").el("strong", "Contents: ");
        for (int i = 0; i < SECTIONS.size(); i++) {
            if (!terms.get(i).isEmpty()) h.a("#" + SECTIONS.get(i).id(), SECTIONS.get(i).title() + " (" + terms.get(i).size() + ")");
        }
        h.close("nav");
        if (terms.stream().allMatch(List::isEmpty)) h.el("p", "The ontology graph is not loaded in this dataset.", "class", "muted");

        for (int i = 0; i < SECTIONS.size(); i++) {
            List<Node> list = terms.get(i);
            if (list.isEmpty()) continue;
            Section s = SECTIONS.get(i);
            h.el("h2", s.title(), "id", s.id());
            h.open("p", "class", "small");
            boolean first = true;
            for (Node t : list) {
                if (!first) h.text(" · ");
                h.a("#" + local(t), local(t));
                first = false;
            }
            h.close("p");
            for (Node t : list) term(h, t, s.type());
        }
        return Layout.page("Ontology", Terms.ONTOLOGY, site.links, h);
    }

    /** The terms of our namespace of one kind, by local name. */
    private List<Node> terms(Node type) {
        List<Node> out = new ArrayList<>();
        for (Node n : data.subjects(Terms.TYPE, type)) {
            if (n.isURI() && n.getURI().startsWith(Vocab.RG) && n.getURI().length() > Vocab.RG.length()) out.add(n);
        }
        out.sort((a, b) -> local(a).compareToIgnoreCase(local(b)));
        return out;
    }

    private static String local(Node n) {
        return n.getURI().substring(Vocab.RG.length());
    }

    private void term(Html h, Node t, Node type) {
        String local = local(t);
        h.open("section", "class", "term", "id", local);
        h.open("h3").a("#" + local, Site.capitalize(site.labels.named(t) != null ? site.labels.named(t) : local))
                .raw(" ").el("code", "rg:" + local).close("h3");
        String comment = data.text(t, Terms.RDFS_COMMENT);
        if (comment != null) h.el("p", comment);
        h.open("dl", "class", "facts");
        terms(h, "Subclass of", data.objects(t, Terms.SUB_CLASS_OF));
        terms(h, "Equivalent to", union(data.objects(t, Terms.OWL_EQUIVALENT_CLASS), data.objects(t, Terms.OWL_EQUIVALENT_PROPERTY)));
        terms(h, "Close match", data.objects(t, Terms.CLOSE_MATCH));
        terms(h, "Subclasses", ours(data.subjects(Terms.SUB_CLASS_OF, t)));
        terms(h, "Sub-property of", data.objects(t, Terms.SUB_PROPERTY_OF));
        terms(h, "Sub-properties", ours(data.subjects(Terms.SUB_PROPERTY_OF, t)));
        terms(h, "Domain", data.objects(t, Terms.DOMAIN));
        terms(h, "Range", data.objects(t, Terms.RANGE));
        if (type.equals(Terms.OWL_CLASS)) {
            terms(h, "Properties of it", ours(data.subjects(Terms.DOMAIN, t)));
            terms(h, "Properties pointing to it", ours(data.subjects(Terms.RANGE, t)));
        }
        if (type.equals(Terms.CONCEPT_SCHEME)) {
            List<Node> concepts = site.byLabel(data.subjects(Terms.IN_SCHEME, t));
            if (!concepts.isEmpty()) {
                h.el("dt", "Concepts (" + concepts.size() + ")").open("dd");
                site.links(h, concepts);
                h.close("dd");
            }
        }
        h.close("dl");
        h.close("section");
    }

    private static List<Node> union(List<Node> a, List<Node> b) {
        Set<Node> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return new ArrayList<>(out);
    }

    private static List<Node> ours(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) if (n.isURI() && n.getURI().startsWith(Vocab.RG)) out.add(n);
        out.sort((a, b) -> a.getURI().compareToIgnoreCase(b.getURI()));
        return out;
    }

    /** Terms as links named compactly (rg:Document, eli:LegalResource, xsd:date). */
    private void terms(Html h, String name, List<Node> nodes) {
        List<Node> uris = nodes.stream().filter(Node::isURI).toList();
        if (uris.isEmpty()) return;
        h.el("dt", name).open("dd");
        boolean first = true;
        for (Node n : uris) {
            if (!first) h.text(", ");
            h.a(site.href(n), Labels.prefixed(n.getURI()));
            first = false;
        }
        h.close("dd");
    }
}
