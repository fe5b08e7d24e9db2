package org.resograph.parse;

import java.util.ArrayList;
import java.util.List;

import org.resograph.read.MappedText;
import org.resograph.read.Markers;

/**
 * Collects the paragraphs of one part of a resolution (preamble, operative part, annex) and
 * nests sub-paragraphs by the kind of their labels: (a) letters, (i) roman numerals, (1) digits,
 * (A) capitals and bullets, each new kind one level deeper, a kind seen before closing the
 * levels below it.
 */
final class Builder {
    private final ParagraphKind kind;
    private final List<Draft> top = new ArrayList<>();
    private boolean numbered;
    /** A numbered list inside a paragraph ("11. Approves the following agenda: 1. Opening ... 7. Adoption"). */
    private int innerLast = 0;

    Builder(ParagraphKind kind) {
        this.kind = kind;
    }

    private enum LabelType { LETTER, ROMAN, DIGIT, UPPER, BULLET }

    private static final class Draft {
        final ParagraphKind kind;
        final Integer number;
        final String label;
        final LabelType type;
        final String section;
        final MappedText.Builder text = new MappedText.Builder();
        final List<Draft> children = new ArrayList<>();

        Draft(ParagraphKind kind, Integer number, String label, LabelType type, String section, MappedText body) {
            this.kind = kind;
            this.number = number;
            this.label = label;
            this.type = type;
            this.section = section;
            text.append(body);
        }

        Draft last() {
            return children.isEmpty() ? this : children.get(children.size() - 1).last();
        }
    }

    boolean hasParagraphs() {
        return !top.isEmpty();
    }

    boolean hasNumbered() {
        return numbered;
    }

    /**
     * Is a numbered line an item of a list inside the last paragraph rather than the next
     * paragraph? It is when the numbering starts again at 1 after a paragraph that ends with a
     * colon, and goes on while the numbers follow each other; the paragraph's own next number
     * ends the list when the line opens with an operative verb.
     */
    boolean isInnerListItem(int n, boolean opensWithVerb) {
        if (top.isEmpty()) return false;
        Draft last = top.get(top.size() - 1);
        Integer lastNumber = lastNumber();
        if (innerLast == 0) return n == 1 && lastNumber != null && lastNumber != 0 && endsWith(last.last(), ':');
        if (n != innerLast + 1) return false;
        return lastNumber == null || n != lastNumber + 1 || !opensWithVerb;
    }

    void addInnerListItem(int n, MappedText text, String plain) {
        innerLast = n;
        Draft parent = top.get(top.size() - 1);
        parent.children.add(new Draft(ParagraphKind.SUBPARAGRAPH, null, String.valueOf(n), LabelType.DIGIT, parent.section,
                cut(text, Shapes.afterNumber(plain), plain)));
    }

    /** Does the last paragraph (or its last sub-paragraph) end with this character? */
    boolean lastEndsWith(char c) {
        return !top.isEmpty() && endsWith(top.get(top.size() - 1).last(), c);
    }

    private Integer lastNumber() {
        for (int i = top.size() - 1; i >= 0; i--) if (top.get(i).number != null) return top.get(i).number;
        return null;
    }

    private static boolean endsWith(Draft d, char c) {
        MappedText t = d.text.build();
        String s = Markers.plain(t.text()).strip();
        return !s.isEmpty() && s.charAt(s.length() - 1) == c;
    }

    /** Adds a numbered paragraph, a labelled sub-paragraph, or an unnumbered paragraph. */
    void add(MappedText text, String plain, boolean heading, String section) {
        if (heading) {
            heading(text, section);
            return;
        }
        Integer n = Shapes.number(plain);
        if (n != null) {
            numbered = true;
            innerLast = 0;
            top.add(new Draft(kind, n, null, null, section, cut(text, Shapes.afterNumber(plain), plain)));
            return;
        }
        String label = Shapes.label(plain);
        if (label != null && !top.isEmpty()) {
            addSub(label, cut(text, Shapes.afterLabel(plain), plain));
            return;
        }
        top.add(new Draft(kind, null, null, null, section, text));
    }

    void addUnnumbered(MappedText text) {
        top.add(new Draft(kind, null, null, null, null, text));
    }

    /** Headings are kept only in annexes, where they name the adopted text's parts. */
    void heading(MappedText text, String section) {
        if (kind == ParagraphKind.ANNEX) top.add(new Draft(ParagraphKind.HEADING, null, null, null, section, text));
    }

    void continueLast(MappedText text) {
        if (top.isEmpty()) {
            addUnnumbered(text);
            return;
        }
        Draft d = top.get(top.size() - 1).last();
        d.text.appendSynthetic(" ", d.text.lastSourceOffset() + 1);
        d.text.append(text);
    }

    private void addSub(String label, MappedText body) {
        Draft parent = top.get(top.size() - 1);
        LabelType type = typeOf(label, parent);
        // Walk down the open levels; a type already open closes the levels below it.
        List<Draft> path = new ArrayList<>();
        Draft d = parent;
        while (!d.children.isEmpty()) {
            Draft child = d.children.get(d.children.size() - 1);
            path.add(child);
            d = child;
        }
        Draft attachTo = parent;
        for (Draft open : path) {
            if (open.type == type) break;
            attachTo = open;
        }
        boolean found = false;
        for (Draft open : path) if (open.type == type) found = true;
        if (!found) attachTo = path.isEmpty() ? parent : path.get(path.size() - 1);
        attachTo.children.add(new Draft(ParagraphKind.SUBPARAGRAPH, null, label, type, attachTo.section, body));
    }

    /** (i), (v), (x) are letters when they follow (h), (u), (w) at the letter level. */
    private static LabelType typeOf(String label, Draft parent) {
        if (label.equals("•")) return LabelType.BULLET;
        if (Character.isDigit(label.charAt(0))) return LabelType.DIGIT;
        if (Character.isUpperCase(label.charAt(0))) return LabelType.UPPER;
        if (!label.matches("[ivx]+")) return LabelType.LETTER;
        if (label.length() == 1) {
            String before = String.valueOf((char) (label.charAt(0) - 1));
            Draft d = parent;
            while (d != null) {
                Draft lastLetter = null;
                for (Draft c : d.children) if (c.type == LabelType.LETTER) lastLetter = c;
                if (lastLetter != null) return lastLetter.label.equals(before) ? LabelType.LETTER : LabelType.ROMAN;
                d = d.children.isEmpty() ? null : d.children.get(d.children.size() - 1);
            }
            if (label.equals("i") && parent.children.isEmpty()) return LabelType.ROMAN;
        }
        return LabelType.ROMAN;
    }

    private static MappedText cut(MappedText text, int plainOffset, String plain) {
        // The number or label is at the start; skip as many visible characters in the mapped text.
        int visible = 0;
        int i = 0;
        boolean inMarker = false;
        while (i < text.length() && visible < plainOffset) {
            char c = text.charAt(i);
            if (c == Markers.OPEN) inMarker = true;
            else if (c == Markers.CLOSE) inMarker = false;
            else if (!inMarker) visible++;
            i++;
        }
        return text.subSequence(i, text.length()).strip();
    }

    List<Paragraph> build() {
        List<Paragraph> out = new ArrayList<>();
        int pos = 0;
        for (Draft d : top) out.add(build(d, ++pos));
        return List.copyOf(out);
    }

    private static Paragraph build(Draft d, int position) {
        Markers.Stripped s = Markers.strip(d.text.build());
        List<Paragraph> children = new ArrayList<>();
        int pos = 0;
        for (Draft c : d.children) children.add(build(c, ++pos));
        return new Paragraph(d.kind, position, d.number, d.label, s.text(), s.refs(), List.copyOf(children), d.section);
    }
}
