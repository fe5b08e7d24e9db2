package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/** The text of a converted document, in reading order: preamble, operative part, annex, footnotes. */
record DocumentText(List<Part> preamble, List<Part> operative, List<Part> annex, List<Part> footnotes) {

    boolean isEmpty() {
        return preamble.isEmpty() && operative.isEmpty() && annex.isEmpty() && footnotes.isEmpty();
    }

    static DocumentText read(Data data, Node doc) {
        List<Part> pre = new ArrayList<>(), op = new ArrayList<>(), annex = new ArrayList<>(), notes = new ArrayList<>();
        for (Part p : parts(data, doc, true)) {
            switch (p.kind()) {
                case PREAMBLE -> pre.add(p);
                case OPERATIVE -> op.add(p);
                case ANNEX -> annex.add(p);
                case FOOTNOTE -> notes.add(p);
                default -> annex.add(p);
            }
        }
        // Preambular paragraphs are not numbered in print; they are counted so they can be named.
        List<Part> numbered = new ArrayList<>();
        for (int i = 0; i < pre.size(); i++) {
            Part p = pre.get(i);
            numbered.add(new Part(p.node(), p.kind(), p.position(), "PP" + (i + 1), p.text(), p.openingPhrase(), p.annex(),
                    p.children(), p.footnotes()));
        }
        return new DocumentText(numbered, op, annex, notes);
    }

    private static List<Part> parts(Data data, Node parent, boolean top) {
        List<Part> out = new ArrayList<>();
        for (Node n : data.objects(parent, Terms.HAS_PART)) {
            Part.Kind kind = kind(data, n, top);
            if (kind == null) continue;
            Integer pos = data.integer(n, Terms.POSITION);
            List<Part> children = kind == Part.Kind.FOOTNOTE ? List.of() : parts(data, n, false);
            out.add(new Part(n, kind, pos == null ? Integer.MAX_VALUE : pos, marker(data, n, kind),
                    data.text(n, Terms.TEXT), data.text(n, Terms.OPENING_PHRASE), data.text(n, Terms.IN_ANNEX),
                    children, footnotes(data, n)));
        }
        out.sort(Comparator.comparingInt(Part::position).thenComparing(p -> p.node().getURI()));
        return out;
    }

    /** A part's footnotes in their printed order. */
    private static List<Node> footnotes(Data data, Node n) {
        List<Node> notes = new ArrayList<>(data.objects(n, Terms.HAS_FOOTNOTE));
        notes.sort(Comparator.comparingInt((Node f) -> {
            Integer pos = data.integer(f, Terms.POSITION);
            return pos == null ? Integer.MAX_VALUE : pos;
        }));
        return notes;
    }

    private static Part.Kind kind(Data data, Node n, boolean top) {
        if (!top) return data.isA(n, Terms.FOOTNOTE) ? null : Part.Kind.SUB;
        if (data.isA(n, Terms.PREAMBULAR)) return Part.Kind.PREAMBLE;
        if (data.isA(n, Terms.OPERATIVE)) return Part.Kind.OPERATIVE;
        if (data.isA(n, Terms.ANNEX_PARAGRAPH)) return Part.Kind.ANNEX;
        if (data.isA(n, Terms.FOOTNOTE)) return Part.Kind.FOOTNOTE;
        return data.has(n, Terms.TEXT, Node.ANY) ? Part.Kind.ANNEX : null;
    }

    private static String marker(Data data, Node n, Part.Kind kind) {
        Integer number = data.integer(n, Terms.NUMBER);
        String label = data.text(n, Terms.LABEL);
        return switch (kind) {
            case OPERATIVE, ANNEX -> number != null ? number + "." : label != null ? label : "";
            case SUB -> label == null ? "" : label.equals("•") ? "•" : "(" + label + ")";
            case FOOTNOTE -> label == null ? "" : label;
            default -> "";
        };
    }

    /** The reading order of every part, sub-paragraphs included, for sorting what refers to them. */
    Map<Node, Integer> order() {
        Map<Node, Integer> out = new HashMap<>();
        for (List<Part> list : List.of(preamble, operative, annex, footnotes)) number(list, out);
        return out;
    }

    private static void number(List<Part> parts, Map<Node, Integer> out) {
        for (Part p : parts) {
            out.put(p.node(), out.size());
            number(p.children(), out);
        }
    }

    /** What a reader calls a part: "PP3", "paragraph 6 (b)", "footnote 2". */
    Map<Node, String> names() {
        Map<Node, String> out = new HashMap<>();
        for (Part p : preamble) name(p, "preambular paragraph " + p.marker().substring(2), out);
        for (Part p : operative) name(p, "paragraph " + strip(p.marker()), out);
        for (Part p : annex) name(p, "annexed paragraph " + strip(p.marker()), out);
        for (Part p : footnotes) out.put(p.node(), "footnote " + p.marker());
        return out;
    }

    private static void name(Part p, String name, Map<Node, String> out) {
        out.put(p.node(), name.strip());
        for (Part c : p.children()) name(c, name + " " + c.marker(), out);
    }

    private static String strip(String marker) {
        return marker.endsWith(".") ? marker.substring(0, marker.length() - 1) : marker;
    }
}
