package org.resograph.rdf;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.resograph.lexicon.EntityKind;
import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Entity;
import org.resograph.link.Citation;
import org.resograph.link.Clauses;
import org.resograph.link.DocumentFacts;
import org.resograph.link.LinkedDocument;
import org.resograph.link.Mandate;
import org.resograph.link.Mention;
import org.resograph.link.NameUse;
import org.resograph.link.PartRef;
import org.resograph.link.Reporting;
import org.resograph.link.Target;
import org.resograph.parse.Footnote;
import org.resograph.parse.Paragraph;
import org.resograph.parse.ParagraphKind;
import org.resograph.read.Markers;

/**
 * The rdf stage: a {@link LinkedDocument} to quads in the document's named graph, sent to a
 * {@link StreamRDF} (a file writer, a TDB2 loader or a test collector alike). No blank nodes:
 * every node's IRI comes from the input, so the same input gives the same quads.
 */
public final class RdfMapper {
    private final String base;
    private final Gazetteer gazetteer;
    private final String activity;

    public RdfMapper(String base, Gazetteer gazetteer, String version) {
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
        this.gazetteer = gazetteer;
        this.activity = this.base + "id/activity/resograph-" + version;
    }

    public String base() {
        return base;
    }

    /** Emits the quads of one document. */
    public void map(LinkedDocument d, StreamRDF out) {
        new Run(d, out).map();
    }

    public DocumentIris iris(LinkedDocument d) {
        return new DocumentIris(base, d.facts(), d.document().source());
    }

    /** One document's mapping: the graph and document IRIs, and the nodes already typed. */
    private final class Run {
        final LinkedDocument d;
        final StreamRDF out;
        final DocumentIris iris;
        final Node graph;
        final Node doc;
        final Set<String> typed = new HashSet<>();
        final boolean bmpOnly;

        Run(LinkedDocument d, StreamRDF out) {
            this.d = d;
            this.out = out;
            this.iris = iris(d);
            this.graph = uri(iris.graph());
            this.doc = uri(iris.document());
            String text = d.document().source().text();
            this.bmpOnly = text.codePointCount(0, text.length()) == text.length();
        }

        void map() {
            header();
            int pos = 0;
            for (Paragraph p : d.document().preamble()) paragraph(p, "preamble/" + p.position(), doc, ++pos, "PreambularParagraph");
            Set<String> used = new HashSet<>();
            for (Paragraph p : d.document().operative()) {
                String id = p.number() != null && used.add(String.valueOf(p.number())) ? String.valueOf(p.number()) : "x" + p.position();
                paragraph(p, "operative/" + id, doc, ++pos, "OperativeParagraph");
            }
            for (Paragraph p : d.document().annex()) {
                if (p.kind() == ParagraphKind.HEADING) continue;
                paragraph(p, "annex/" + p.position(), doc, ++pos, "AnnexParagraph");
            }
            for (Footnote f : d.document().footnotes()) footnote(f);
            clauses();
            citations();
            mentions();
            mandates();
            reporting();
        }

        // --- header ----------------------------------------------------------------------

        void header() {
            DocumentFacts f = d.facts();
            type(doc, typeOf(f.documentType()));
            add(doc, Vocab.RDF + "type", uri(Vocab.RG + "Document"));
            str(doc, "symbol", f.symbol());
            if (f.symbol() != null) add(doc, Vocab.DCT + "identifier", lit(f.symbol()));
            if (f.revises() != null) {
                Node r = uri(base + IdPaths.document(f.revises()));
                add(doc, Vocab.RG + "revises", r);
                type(r, "Document");
                str(r, "symbol", f.revises());
            }
            add(doc, Vocab.RG + "documentType", uri(Vocab.RGV + "document-type/" + f.documentType().replace(' ', '-')));
            date(doc, "issued", f.issued());
            if (f.distribution() != null) {
                add(doc, Vocab.RG + "distribution", uri(Vocab.RGV + "distribution/" + f.distribution().toLowerCase(Locale.ROOT)));
            }
            body(doc, "organ", f.organ());
            body(doc, "issuingBody", f.body());
            if (f.session() != null && f.body() != null) {
                Node s = uri(base + IdPaths.session(f.body(), f.session()));
                add(doc, Vocab.RG + "session", s);
                type(s, "Session");
                add(s, Vocab.RG + "sessionOf", uri(base + IdPaths.body(f.body())));
                add(s, Vocab.RG + "sessionNumber", integer(f.session()));
                if (f.sessionYear() != null) add(s, Vocab.RG + "year", typed(String.valueOf(f.sessionYear()), XSDDatatype.XSDgYear));
                str(s, "place", f.sessionPlace());
                date(s, "startDate", f.sessionStart());
                date(s, "endDate", f.sessionEnd());
            }
            str(doc, "agendaItem", f.agendaItem());
            en(doc, "agendaTitle", f.agendaTitle());
            if (f.title() != null) {
                add(doc, Vocab.DCT + "title", text(f.title()));
                add(doc, Vocab.RDFS + "label", text(label(f)));
            } else {
                add(doc, Vocab.RDFS + "label", text(label(f)));
            }
            body(doc, "actingBody", f.actingBody());
            int rank = 0;
            for (String r : f.recommendedBy()) {
                Node step = uri(iris.below("recommendation/" + (++rank)));
                add(doc, Vocab.RG + "recommendationStep", step);
                type(step, "RecommendationStep");
                add(step, Vocab.RG + "rank", integer(rank));
                add(step, Vocab.RG + "recommender", uri(base + IdPaths.body(r)));
                add(doc, Vocab.RG + "recommendedBy", uri(base + IdPaths.body(r)));
            }
            rank = 0;
            for (String s : f.sponsors()) {
                Node state = uri(base + IdPaths.state(s));
                Node sp = uri(iris.below("sponsorship/" + (++rank)));
                add(doc, Vocab.RG + "sponsoredBy", state);
                add(doc, Vocab.RG + "sponsorship", sp);
                type(sp, "Sponsorship");
                add(sp, Vocab.RG + "sponsor", state);
                add(sp, Vocab.RG + "rank", integer(rank));
                NameUse name = f.sponsorName(s);
                if (name != null) nameUse(sp, name);
            }
            if (f.resolutionNumber() != null && f.resolutionBody() != null) {
                Integer session = f.resolutionBody().equals(f.body()) ? f.session() : null;
                Node res = resolution(f.resolutionBody(), f.resolutionNumber(), f.adopted(), f.title(), session);
                add(doc, Vocab.RG + "embodies", res);
            }
            date(doc, "adoptionDate", f.adopted());
            add(doc, Vocab.RG + "sourceFile", lit(d.document().source().name()));
            add(doc, Vocab.RG + "sourceText", lit(d.document().source().sha256()));
            add(doc, Vocab.PROV + "wasGeneratedBy", uri(activity));
            for (String w : d.warnings()) add(doc, Vocab.RG + "warning", lit(w));
        }

        String label(DocumentFacts f) {
            String type = f.documentType();
            if (f.symbol() != null) return f.symbol() + (f.title() != null ? ": " + f.title() : "");
            return Character.toUpperCase(type.charAt(0)) + type.substring(1) + (f.title() != null ? ": " + f.title() : "");
        }

        String typeOf(String documentType) {
            return switch (documentType) {
                case "draft resolution" -> "DraftResolution";
                case "revised draft resolution" -> "RevisedDraftResolution";
                case "draft decision" -> "DraftDecision";
                case "decision" -> "DecisionDocument";
                default -> "ResolutionDocument";
            };
        }

        // --- parts -----------------------------------------------------------------------

        void paragraph(Paragraph p, String path, Node parent, int position, String cls) {
            Node n = uri(iris.below(path));
            type(n, cls);
            add(parent, Vocab.ELI + "has_part", n);
            add(n, Vocab.ELI + "is_part_of", parent);
            add(n, Vocab.RG + "position", integer(position));
            if (p.number() != null) add(n, Vocab.RG + "number", integer(p.number()));
            if (p.label() != null) add(n, Vocab.RG + "label", lit(p.label()));
            if (p.section() != null) add(n, Vocab.RG + "inAnnex", lit(p.section()));
            add(n, Vocab.RG + "text", text(p.text().text()));
            add(n, Vocab.RDFS + "label", text(partLabel(path)));
            for (Markers.Ref r : p.markers()) {
                Footnote f = footnoteFor(r.label());
                if (f != null) add(n, Vocab.RG + "hasFootnote", uri(iris.below("footnote/" + f.index())));
            }
            Set<String> used = new HashSet<>();
            int child = 0;
            for (Paragraph c : p.children()) {
                String label = c.label().equals("•") ? "bullet" + c.position() : c.label();
                if (!used.add(label)) label = label + "-" + c.position();
                paragraph(c, path + "/" + label, n, ++child, "SubParagraph");
            }
        }

        Footnote footnoteFor(String label) {
            for (Footnote f : d.document().footnotes()) if (f.label().equals(label)) return f;
            return null;
        }

        void footnote(Footnote f) {
            Node n = uri(iris.below("footnote/" + f.index()));
            type(n, "Footnote");
            add(doc, Vocab.ELI + "has_part", n);
            add(n, Vocab.ELI + "is_part_of", doc);
            add(n, Vocab.RG + "position", integer(f.index()));
            add(n, Vocab.RG + "label", lit(f.label()));
            add(n, Vocab.RG + "text", text(f.text().text()));
            add(n, Vocab.RDFS + "label", text("Footnote " + f.label()));
        }

        String partLabel(String path) {
            String[] p = path.split("/");
            String head = switch (p[0]) {
                case "preamble" -> "Preambular paragraph " + p[1];
                case "operative" -> "Operative paragraph " + p[1];
                case "annex" -> "Annexed paragraph " + p[1];
                default -> path;
            };
            StringBuilder b = new StringBuilder(head);
            for (int i = 2; i < p.length; i++) b.append(" (").append(p[i]).append(')');
            return b.toString();
        }

        void clauses() {
            for (Clauses.Preambular p : d.preamble()) {
                Node n = part(p.part());
                add(n, Vocab.RG + "openingPhrase", text(p.phrase()));
                add(n, Vocab.RG + "clauseKind", uri(Vocab.RGV + "clause-kind/" + p.clauseKind()));
            }
            for (Clauses.Operative o : d.operative()) {
                Node n = part(o.part());
                if (o.verb() != null) add(n, Vocab.RG + "operativeVerb", verb(o.verb()));
                if (o.modifier() != null) add(n, Vocab.RG + "verbModifier", lit(o.modifier()));
                add(n, Vocab.RG + "clauseKind", uri(Vocab.RGV + "clause-kind/" + o.clauseKind()));
                for (String a : o.addressees()) add(n, Vocab.RG + "addressee", actor(a));
                for (Clauses.VerbUse v : o.otherVerbs()) add(n, Vocab.RG + "furtherVerb", verb(v.lemma()));
            }
        }

        // --- citations -------------------------------------------------------------------

        void citations() {
            int n = 0;
            for (Citation c : d.citations()) {
                Node target = target(c.target());
                if (target == null) continue;
                Node cit = uri(iris.below("citation/" + (++n)));
                Node part = part(c.part());
                Node clause = part(c.clausePart());
                type(cit, "Citation");
                add(doc, Vocab.RG + "citation", cit);
                add(cit, Vocab.RG + "citingPart", part);
                if (!c.clausePart().equals(c.part())) add(cit, Vocab.RG + "clausePart", clause);
                add(cit, Vocab.RG + "citedEntity", target);
                add(cit, Vocab.RG + "citationKind", uri(Vocab.RGV + "clause-kind/" + c.clauseKind()));
                add(cit, Vocab.RG + "citedAs", lit(c.citedAs()));
                if (c.resolvedFrom() != null) add(cit, Vocab.RG + "resolvedFrom", lit(c.resolvedFrom()));
                add(cit, Vocab.RG + "foundIn", part);
                selector(cit, c.start(), c.end());
                String property = citationProperty(c.clauseKind());
                add(clause, property, target);
                add(doc, property, target);
                if (c.target() instanceof Target.Resolution) add(doc, Vocab.RG + "citedResolution", target);
                if (c.target() instanceof Target.SdgTarget) {
                    add(doc, Vocab.RG + "citesSdgTarget", target);
                    add(clause, Vocab.RG + "citesSdgTarget", target);
                }
            }
        }

        String citationProperty(String kind) {
            return Vocab.RG + switch (kind) {
                case "recalling" -> "recalls";
                case "reaffirming" -> "reaffirms";
                case "taking-note" -> "takesNoteOf";
                case "welcoming" -> "welcomes";
                case "acting-under" -> "actsUnder";
                default -> "refersTo";
            };
        }

        Node target(Target t) {
            if (t instanceof Target.Resolution r) return resolution(r.body(), r.number(), r.date(), r.title(), r.session());
            if (t instanceof Target.Document doc) {
                Node n = uri(base + IdPaths.document(doc.symbol()));
                type(n, "Document");
                str(n, "symbol", doc.symbol());
                return n;
            }
            if (t instanceof Target.Treaty tr) {
                Node treaty = uri(base + IdPaths.treaty(tr.id()));
                if (tr.article() == null) return treaty;
                Node art = uri(base + IdPaths.article(tr.id(), tr.article()));
                if (typed.add("article " + art)) {
                    type(art, "TreatyArticle");
                    add(treaty, Vocab.RG + "article", art);
                    add(art, Vocab.ELI + "is_part_of", treaty);
                    add(art, Vocab.RG + "articleNumber", lit(tr.article()));
                    add(art, Vocab.RDFS + "label", text("Article " + tr.article() + " of " + entityLabel(EntityKind.TREATY, tr.id())));
                }
                if (tr.paragraph() == null) return art;
                Node prov = uri(base + IdPaths.provision(tr.id(), tr.article(), tr.paragraph()));
                if (typed.add("provision " + prov)) {
                    type(prov, "TreatyProvision");
                    add(art, Vocab.RG + "provision", prov);
                    add(prov, Vocab.ELI + "is_part_of", art);
                    add(prov, Vocab.RG + "provisionNumber", lit(tr.paragraph()));
                    add(prov, Vocab.RDFS + "label", text("Article " + tr.article() + ", paragraph " + tr.paragraph() + " of "
                            + entityLabel(EntityKind.TREATY, tr.id())));
                }
                return prov;
            }
            if (t instanceof Target.Instrument in) return uri(base + IdPaths.instrument(in.id()));
            if (t instanceof Target.SdgTarget s) return uri(Vocab.SDG + s.code());
            return null;
        }

        Node resolution(String body, String number, LocalDate date, String title, Integer session) {
            Node r = uri(base + IdPaths.resolution(body, number));
            if (typed.add("resolution " + r)) {
                type(r, "Resolution");
                add(r, Vocab.RG + "resolutionNumber", lit(number));
                add(r, Vocab.RG + "adoptedBy", uri(base + IdPaths.body(body)));
                add(r, Vocab.RDFS + "label", text(entityLabel(EntityKind.BODY, body) + " resolution " + number));
                if (session != null) add(r, Vocab.RG + "resolutionSession", uri(base + IdPaths.session(body, session)));
            }
            if (date != null && typed.add("date " + r + date)) date(r, "adoptionDate", date);
            if (title != null && typed.add("title " + r + title)) add(r, Vocab.DCT + "title", text(title));
            return r;
        }

        // --- mentions, mandates, reporting -----------------------------------------------

        void mentions() {
            Set<String> seen = new HashSet<>();
            int n = 0;
            for (Mention m : d.mentions()) {
                Node e = actor(m.id(), m.kind());
                Node part = part(m.part());
                if (seen.add(m.part().path() + " " + m.id())) add(part, Vocab.RG + "mentions", e);
                if (seen.add("doc " + m.id())) add(doc, Vocab.RG + "mentions", e);
                if (m.name() != null) {
                    Node use = uri(iris.below("state-name/" + (++n)));
                    type(use, "DatedNameUse");
                    add(doc, Vocab.RG + "datedNameUse", use);
                    add(use, Vocab.RG + "namedState", e);
                    nameUse(use, m.name());
                    add(use, Vocab.RG + "foundIn", part);
                    selector(use, m.start(), m.end());
                }
            }
        }

        /** The name as printed of a State named by a dated name, the dated name, and whether the year fits it. */
        void nameUse(Node s, NameUse name) {
            add(s, Vocab.RG + "nameAsPrinted", lit(name.printed()));
            add(s, Vocab.RG + "nameUsed", uri(base + name.datedName()));
            add(s, Vocab.RG + "withinNameYears", bool(name.inYears()));
        }

        void mandates() {
            int n = 0;
            for (Mandate m : d.mandates()) {
                Node node = uri(iris.below("mandate/" + (++n)));
                type(node, "Mandate");
                add(doc, Vocab.RG + "mandate", node);
                add(node, Vocab.RG + "mandateVerb", verb(m.verb()));
                add(node, Vocab.RG + "addressee", actor(m.addressee()));
                if (d.facts().actingBody() != null) add(node, Vocab.RG + "mandatedBy", uri(base + IdPaths.body(d.facts().actingBody())));
                add(node, Vocab.RG + "statedIn", part(m.part()));
                add(node, Vocab.RG + "clauseText", text(m.clause()));
                for (String fc : m.funding()) add(node, Vocab.RG + "fundingCondition", uri(Vocab.RGV + "funding/" + fc));
                for (String ft : m.fundingText()) add(node, Vocab.RG + "fundingText", text(ft));
                add(node, Vocab.RDFS + "label", text(m.verb() + " " + entityLabel(EntityKind.BODY, m.addressee())
                        + (m.paragraph() == null ? "" : " (paragraph " + m.paragraph() + ")")));
                selector(node, m.start(), m.end());
            }
        }

        void reporting() {
            int n = 0;
            for (Reporting r : d.reporting()) {
                Node node = uri(iris.below("reporting/" + (++n)));
                type(node, "ReportingObligation");
                add(doc, Vocab.RG + "reportingObligation", node);
                add(node, Vocab.RG + "reporter", actor(r.reporter()));
                add(node, Vocab.RG + "reportTo", uri(base + IdPaths.body(r.reportTo())));
                add(node, Vocab.RG + "statedIn", part(r.part()));
                if (r.session() != null) {
                    Node s = uri(base + IdPaths.session(r.reportTo(), r.session()));
                    add(node, Vocab.RG + "dueSession", s);
                    if (typed.add("session " + s)) {
                        type(s, "Session");
                        add(s, Vocab.RG + "sessionOf", uri(base + IdPaths.body(r.reportTo())));
                        add(s, Vocab.RG + "sessionNumber", integer(r.session()));
                        if (r.year() != null) add(s, Vocab.RG + "year", typed(String.valueOf(r.year()), XSDDatatype.XSDgYear));
                    }
                }
                add(node, Vocab.RDFS + "label", text(entityLabel(EntityKind.BODY, r.reporter()) + " reports to "
                        + entityLabel(EntityKind.BODY, r.reportTo()) + (r.session() == null ? "" : ", session " + r.session())));
                selector(node, r.start(), r.end());
            }
        }

        // --- helpers ---------------------------------------------------------------------

        Node part(PartRef p) {
            return p.path().equals("header") ? doc : uri(iris.below(p.path()));
        }

        void selector(Node subject, int start, int end) {
            Node sel = uri(subject.getURI() + "/selector");
            add(subject, Vocab.RG + "foundAt", sel);
            add(sel, Vocab.RDF + "type", uri(Vocab.OA + "TextPositionSelector"));
            add(sel, Vocab.OA + "start", integer(codePoints(start)));
            add(sel, Vocab.OA + "end", integer(codePoints(Math.max(start, end))));
        }

        /** Web Annotation counts positions in characters (code points), Java in UTF-16 units. */
        int codePoints(int utf16) {
            if (bmpOnly) return utf16;
            String text = d.document().source().text();
            int at = Math.min(utf16, text.length());
            return text.codePointCount(0, at);
        }

        Node verb(String lemma) {
            return uri(Vocab.RGV + "operative-verb/" + IdPaths.segment(lemma.replace(' ', '-')));
        }

        Node actor(String id) {
            Entity e = gazetteer.body(id);
            if (e == null) e = gazetteer.get(EntityKind.STATE, id);
            return actor(id, e == null ? EntityKind.BODY : e.kind());
        }

        Node actor(String id, EntityKind kind) {
            return uri(base + (kind == EntityKind.STATE ? IdPaths.state(id) : IdPaths.body(id)));
        }

        String entityLabel(EntityKind kind, String id) {
            Entity e = kind == EntityKind.TREATY ? gazetteer.get(kind, id) : gazetteer.body(id);
            if (e == null) e = gazetteer.get(EntityKind.STATE, id);
            return e == null ? id : e.label();
        }

        void body(Node s, String property, String id) {
            if (id != null) add(s, Vocab.RG + property, uri(base + IdPaths.body(id)));
        }

        void type(Node s, String cls) {
            if (typed.add("type " + s + cls)) add(s, Vocab.RDF + "type", uri(Vocab.RG + cls));
        }

        void str(Node s, String property, String value) {
            if (value != null) add(s, Vocab.RG + property, lit(value));
        }

        void en(Node s, String property, String value) {
            if (value != null) add(s, Vocab.RG + property, text(value));
        }

        void date(Node s, String property, LocalDate value) {
            if (value != null) add(s, Vocab.RG + property, typed(value.toString(), XSDDatatype.XSDdate));
        }

        void add(Node s, String p, Node o) {
            out.quad(Quad.create(graph, s, PREDICATES.computeIfAbsent(p, NodeFactory::createURI), o));
        }
    }

    /** Predicate nodes made once: the same few dozen appear in every quad. */
    private static final java.util.concurrent.ConcurrentHashMap<String, Node> PREDICATES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node text(String s) {
        return NodeFactory.createLiteralLang(s, "en");
    }

    private static Node integer(int n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(String.valueOf(b), XSDDatatype.XSDboolean);
    }

    private static Node typed(String lexical, XSDDatatype type) {
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
