package org.resograph.serve.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;

/**
 * What every page needs: the data, the labels and the links, and the few ways the pages show a
 * resource or a value. One instance per {@link Pages}, so label look-ups are cached across a page.
 */
final class Site {
    private static final DateTimeFormatter UN_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    final Data data;
    final Labels labels;
    final Links links;
    final PageQueries queries;

    Site(Data data, Links links, PageQueries queries) {
        this.data = data;
        this.labels = new Labels(data);
        this.links = links;
        this.queries = queries;
    }

    String href(Node n) {
        return n != null && n.isURI() ? links.href(n.getURI()) : null;
    }

    String label(Node n) {
        return labels.of(n);
    }

    /** A link to the resource with its label as text. */
    Html link(Html h, Node n) {
        return link(h, n, label(n));
    }

    Html link(Html h, Node n, String text) {
        if (n == null) return h;
        if (n.isLiteral()) return h.text(value(n));
        return h.a(href(n), text);
    }

    /** Links separated by commas. */
    Html links(Html h, Collection<Node> nodes) {
        boolean first = true;
        for (Node n : nodes) {
            if (!first) h.text(", ");
            link(h, n);
            first = false;
        }
        return h;
    }

    /** A link to a document by its symbol alone (its full label as a tooltip), for narrow table columns. */
    Html shortLink(Html h, Node doc) {
        String symbol = data.text(doc, Terms.SYMBOL);
        if (symbol == null) return link(h, doc);
        return h.a(href(doc), symbol, "title", label(doc));
    }

    /** A literal as a reader wants it: dates the UN way (13 April 2018), booleans as yes/no. */
    String value(Node n) {
        if (!n.isLiteral()) return label(n);
        String lex = n.getLiteralLexicalForm();
        String dt = n.getLiteralDatatypeURI();
        if (dt != null && dt.endsWith("#date")) return date(lex);
        if (dt != null && dt.endsWith("#boolean")) return lex.equals("true") || lex.equals("1") ? "yes" : "no";
        return lex;
    }

    static String date(String lexical) {
        if (lexical == null) return null;
        try {
            return LocalDate.parse(lexical).format(UN_DATE);
        } catch (DateTimeParseException e) {
            return lexical;
        }
    }

    /** Nodes in the order of their labels, so lists read alphabetically. */
    List<Node> byLabel(Collection<Node> nodes) {
        return nodes.stream().sorted(Comparator.comparing((Node n) -> label(n), Site::natural)).toList();
    }

    /** Compares as a reader counts: "paragraph 9" before "paragraph 10", case ignored. */
    static int natural(String a, String b) {
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i, sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", ""), nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (c != 0) return c;
            } else {
                int c = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
                if (c != 0) return c;
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * A link to a node that belongs to a document (a paragraph, a citation), followed by the
     * document's symbol or title: "Operative paragraph 4" alone does not say where it is.
     */
    Html linkInDocument(Html h, Node n, Node except) {
        link(h, n);
        if (n.isURI() && !data.isA(n, Terms.DOCUMENT)) {
            Node doc = Anchors.documentOf(data, n);
            if (doc != null && !doc.equals(except)) {
                String symbol = data.text(doc, Terms.SYMBOL);
                h.raw(" ").el("span", "in " + (symbol != null ? symbol : label(doc)), "class", "muted small");
            }
        }
        return h;
    }

    /** One row of a fact list: a name and escaped text; nothing when the value is missing. */
    void fact(Html h, String name, String value) {
        if (value == null || value.isBlank()) return;
        h.el("dt", name).el("dd", value);
    }

    /** One row of a fact list holding links; nothing when there are none. */
    void factLinks(Html h, String name, Collection<Node> nodes) {
        if (nodes.isEmpty()) return;
        h.el("dt", name).open("dd");
        links(h, nodes);
        h.close("dd");
    }

    /** "12 documents" / "1 document", with "+" when a count stopped at its cap. */
    static String count(int n, int cap, String one, String many) {
        return String.format(Locale.ENGLISH, "%,d%s %s", n, n >= cap ? "+" : "", n == 1 ? one : many);
    }

    /** Long lists of short names read better in two columns; a few items do not. */
    static String listClass(int items) {
        return items > 8 ? "list cols" : "list";
    }

    static String capitalize(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
