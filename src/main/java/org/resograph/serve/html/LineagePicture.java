package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;

/**
 * A document's lineage as an SVG picture drawn on the server: one column per citation depth,
 * the deepest ancestors on the left, the document itself, then the texts that cite it or share its
 * language on the right. Solid arrows go from a citing text to the text it cites; dashed lines join texts that
 * share language, labelled with the similarity. Every box links to its page. No script: the
 * SVG is written into the page, so it works wherever the page does.
 */
final class LineagePicture {
    /** An edge: {@code from} cites {@code to}, or (shared) they share language. */
    record Edge(Node from, Node to, boolean shared, String label) {}

    static final int MAX_PER_COLUMN = 12;
    /** Above this many shared-language lines, their similarities go in tooltips only, or they cover each other. */
    private static final int LABELLED_SHARED = 4;
    private static final int W = 190, H = 34, GAP_X = 80, GAP_Y = 12, PAD = 12, MAX_CHARS = 27;

    private final Site site;

    LineagePicture(Site site) {
        this.site = site;
    }

    /**
     * @param depth each node's column: 0 the document, 1.. its ancestors by depth, -1 the texts
     *        that cite it or share its language (and are not its ancestors)
     * @return false when there is nothing to draw but the document
     */
    boolean draw(Html h, Node doc, Map<Node, Integer> depth, List<Edge> edges) {
        if (depth.size() < 2) return false;
        TreeMap<Integer, List<Node>> columns = new TreeMap<>(java.util.Comparator.reverseOrder());
        java.util.Set<Node> citing = new java.util.HashSet<>();
        for (Edge e : edges) {
            Integer from = depth.get(e.from()), to = depth.get(e.to());
            if (!e.shared() && from != null && to != null && to > from && from > 0) citing.add(e.from());
        }
        for (Map.Entry<Node, Integer> e : depth.entrySet()) columns.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
        Map<Node, int[]> at = new HashMap<>();
        Map<Integer, Integer> hidden = new LinkedHashMap<>();
        int col = 0, rowsMax = 0;
        for (Map.Entry<Integer, List<Node>> c : columns.entrySet()) {
            List<Node> nodes = c.getValue().size() > 1 ? site.byLabel(c.getValue()) : c.getValue();
            // Texts through which the lineage goes on (they cite deeper ancestors) come first, so
            // that when a column is cut, the lines to the next column still have both ends.
            nodes = new ArrayList<>(nodes);
            nodes.sort(java.util.Comparator.comparing((Node n) -> !citing.contains(n)));
            int shown = Math.min(nodes.size(), MAX_PER_COLUMN);
            for (int i = 0; i < shown; i++) at.put(nodes.get(i), new int[] {col, i});
            if (nodes.size() > shown) hidden.put(col, nodes.size() - shown);
            rowsMax = Math.max(rowsMax, shown + (nodes.size() > shown ? 1 : 0));
            col++;
        }
        int cols = col;
        int width = PAD * 2 + cols * W + (cols - 1) * GAP_X;
        int height = PAD * 2 + rowsMax * H + (rowsMax - 1) * GAP_Y + 18;
        // Each column is centred on the tallest.
        Map<Integer, Integer> offset = new HashMap<>();
        col = 0;
        for (List<Node> nodes : columns.values()) {
            int n = Math.min(nodes.size(), MAX_PER_COLUMN) + (nodes.size() > MAX_PER_COLUMN ? 1 : 0);
            offset.put(col++, (rowsMax - n) * (H + GAP_Y) / 2);
        }

        h.open("figure", "class", "lineage");
        h.open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", Integer.toString(width), "height", Integer.toString(height),
                "viewBox", "0 0 " + width + " " + height, "role", "img", "aria-label", "Citation lineage and shared language of " + site.label(doc),
                "font-family", "system-ui, sans-serif", "font-size", "12");
        h.raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#6b7785\"></path></marker></defs>");
        col = 0;
        for (Integer d : columns.keySet()) {
            String head = d == 0 ? "this text" : d < 0 ? "cite it or share its language" : d == 1 ? "cited by it" : "cited at depth " + d;
            h.el("text", head, "x", Integer.toString(x(col) + W / 2), "y", Integer.toString(PAD + 4), "text-anchor", "middle", "fill", "#5d6675");
            col++;
        }
        long shared = edges.stream().filter(Edge::shared).count();
        for (Edge e : edges) edge(h, e, at, offset, shared <= LABELLED_SHARED);
        for (Map.Entry<Node, int[]> e : at.entrySet()) box(h, e.getKey(), e.getKey().equals(doc), e.getValue(), offset);
        for (Map.Entry<Integer, Integer> e : hidden.entrySet()) {
            int c = e.getKey();
            int y = y(MAX_PER_COLUMN, offset.get(c));
            h.el("text", String.format(Locale.ENGLISH, "+ %d more", e.getValue()), "x", Integer.toString(x(c) + W / 2),
                    "y", Integer.toString(y + H / 2 + 4), "text-anchor", "middle", "fill", "#5d6675");
        }
        h.close("svg");
        h.el("figcaption", "Solid arrows: the text on the right cites the one on the left (ancestors by citation depth; "
                + "on the far right, texts that cite this one or share its language). Dashed lines: the two texts share language, with the similarity "
                + "of their closest paragraphs. Each box links to its page; at most " + MAX_PER_COLUMN + " texts are drawn per column.");
        h.close("figure");
        return true;
    }

    private void edge(Html h, Edge e, Map<Node, int[]> at, Map<Integer, Integer> offset, boolean labelled) {
        int[] a = at.get(e.from()), b = at.get(e.to());
        if (a == null || b == null || e.from().equals(e.to())) return;
        // Draw from the right-hand node's left side to the left-hand node's right side.
        boolean fromRight = a[0] > b[0] || (a[0] == b[0] && a[1] > b[1]);
        int[] r = fromRight ? a : b, l = fromRight ? b : a;
        double x1 = x(r[0]), y1 = y(r[1], offset.get(r[0])) + H / 2.0;
        double x2 = x(l[0]) + W, y2 = y(l[1], offset.get(l[0])) + H / 2.0;
        if (r[0] == l[0]) {
            x2 = x1;
        }
        double mid = (x1 + x2) / 2;
        String d = String.format(Locale.ROOT, "M %.1f %.1f C %.1f %.1f, %.1f %.1f, %.1f %.1f", x1, y1, mid, y1, mid, y2, x2, y2);
        if (e.shared()) {
            h.open("path", "d", d, "fill", "none", "stroke", "#c0792a", "stroke-width", "1.5", "stroke-dasharray", "5 4");
            h.el("title", "shares language with " + site.label(e.to()) + (e.label() == null ? "" : ", similarity " + e.label())).close("path");
            if (labelled && e.label() != null) {
                h.el("text", e.label(), "x", String.format(Locale.ROOT, "%.1f", mid), "y", String.format(Locale.ROOT, "%.1f", (y1 + y2) / 2 - 3),
                        "text-anchor", "middle", "fill", "#8a5518", "font-size", "11");
            }
        } else {
            // The arrow points at the cited text, whichever side the citing text is on.
            h.open("path", "d", d, "fill", "none", "stroke", "#6b7785", "stroke-width", "1.2",
                    fromRight ? "marker-end" : "marker-start", "url(#arrow)").close("path");
        }
    }

    private void box(Html h, Node n, boolean self, int[] pos, Map<Integer, Integer> offset) {
        int x = x(pos[0]), y = y(pos[1], offset.get(pos[0]));
        String label = site.label(n);
        String symbol = site.data.text(n, Terms.SYMBOL);
        String shown = shorten(symbol != null ? symbol : shortName(n, label));
        String href = site.href(n);
        if (href != null) h.open("a", "href", href);
        h.open("rect", "x", Integer.toString(x), "y", Integer.toString(y), "width", Integer.toString(W), "height", Integer.toString(H),
                "rx", "4", "fill", self ? "#0d3b66" : "#eef4fb", "stroke", self ? "#0d3b66" : "#9fb6d0").close("rect");
        h.open("text", "x", Integer.toString(x + W / 2), "y", Integer.toString(y + H / 2 + 4), "text-anchor", "middle",
                "fill", self ? "#ffffff" : "#0a3d73").text(shown).close("text");
        h.el("title", label + (symbol != null && !label.contains(symbol) ? " (" + symbol + ")" : ""));
        if (href != null) h.close("a");
    }

    /**
     * "GA 72/195" for General Assembly resolution 72/195, "Improving the prot… (2018)" for a
     * draft without a symbol: a box holds about 27 characters.
     */
    private String shortName(Node n, String label) {
        String title = site.data.text(n, Terms.DCT_TITLE);
        String issued = site.data.text(n, Terms.ISSUED);
        if (title != null && issued != null && issued.length() >= 4) {
            String year = " (" + issued.substring(0, 4) + ")";
            return (title.length() + year.length() <= MAX_CHARS ? title
                    : title.substring(0, MAX_CHARS - year.length() - 1).stripTrailing() + "…") + year;
        }
        String number = site.data.text(n, Terms.RESOLUTION_NUMBER);
        Node body = site.data.object(n, Terms.ADOPTED_BY);
        String acronym = body == null ? null : site.data.text(body, Terms.ACRONYM);
        if (number != null && acronym != null && site.data.isA(n, Terms.RESOLUTION)) return acronym + " " + number;
        return label;
    }

    private static int x(int col) {
        return PAD + col * (W + GAP_X);
    }

    private static int y(int row, int offset) {
        return PAD + 18 + offset + row * (H + GAP_Y);
    }

    private static String shorten(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1).stripTrailing() + "…";
    }
}
