package org.resograph.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.resograph.read.Block;
import org.resograph.read.MappedText;
import org.resograph.read.Markers;

/**
 * Reads the body of a resolution, after its enacting line: rebuilds paragraphs from blocks and
 * lines (a paragraph split by a page break or a footnote block is one paragraph again), then
 * walks them as the preamble, the operative part, annexed or adopted texts and the closing lines.
 */
final class BodyParser {

    /** What the body holds. */
    record Result(String actingLine, List<String> recommendations, List<Paragraph> preamble,
                  List<Paragraph> operative, List<Paragraph> annex, List<String> warnings) {}

    private static final Pattern RECOMMENDS_DRAFT = Pattern.compile(
            "^(?:Also\\s+)?Recommends\\s+to\\s+the\\s+.+?\\s+(?:the\\s+)?(?:adoption|approval)\\s+of\\s+the\\s+following\\s+(?:revised\\s+)?(?:draft\\s+)?(?:resolution|decision)s?\\b.*$");
    /** "Adopts the following political declaration:": what follows is the adopted text, not the resolution (rule 21). */
    private static final Pattern ADOPTS_FOLLOWING = Pattern.compile(
            "(?i)\\b(?:adopts|approves|endorses|proclaims)\\b[^.;]*\\bfollowing\\b[^.;]*\\b(?:declaration|programme of action|plan of action|principles|guidelines|strategy|compact|charter|code of conduct|rules|standards|model strategies)\\b[^.;]*:\\s*$");

    private final Shapes shapes;
    private final ActingLines acting;

    BodyParser(Shapes shapes, ActingLines acting) {
        this.shapes = shapes;
        this.acting = acting;
    }

    /** A paragraph as rebuilt from lines, before it is classified. */
    private static final class Raw {
        final MappedText.Builder text = new MappedText.Builder();
        final StringBuilder plain = new StringBuilder();
        final boolean heading;
        int lines = 1;

        Raw(MappedText first, boolean heading) {
            this.text.append(first);
            this.plain.append(Markers.plain(first));
            this.heading = heading;
        }

        String plain() {
            return plain.toString();
        }

        /**
         * The paragraph so far, shortened in the middle when long: the segmentation only looks at
         * how a paragraph begins and ends, and building the whole text for every line of a long
         * hard-wrapped paragraph would cost time growing with the square of its length.
         */
        String view() {
            int n = plain.length();
            if (n <= 200) return plain.toString();
            return plain.substring(0, 120) + " … " + plain.substring(n - 60, n);
        }

        void append(MappedText line) {
            lines++;
            text.appendSynthetic(" ", text.lastSourceOffset() + 1);
            text.append(line);
            plain.append(' ').append(Markers.plain(line));
        }
    }

    Result parse(String actingLine, List<Block> blocks) {
        List<Raw> raws = segment(blocks);
        return classify(actingLine, raws);
    }

    // --- segmentation ---------------------------------------------------------------------

    private List<Raw> segment(List<Block> blocks) {
        List<Raw> raws = new ArrayList<>();
        int lastNumber = 0;
        for (Block block : blocks) {
            List<MappedText> lines = block.text().lines();
            int width = 0;
            for (MappedText l : lines) width = Math.max(width, l.length());
            for (int k = 0; k < lines.size(); k++) {
                MappedText line = lines.get(k).strip();
                String plain = Markers.plain(line.text()).strip();
                if (plain.isEmpty() && !Markers.contains(line)) continue;
                Integer number = Shapes.number(plain);
                Raw last = raws.isEmpty() ? null : raws.get(raws.size() - 1);
                if (last == null) {
                    raws.add(new Raw(line, block.heading()));
                } else if (k == 0) {
                    if (continues(last, plain, block.afterBreak(), lines.size())) last.append(line);
                    else raws.add(new Raw(line, block.heading()));
                } else if (afterHeadingLine(last, plain, width) || startsInBlock(plain, last.view(), nextLine(lines, k), lastNumber)) {
                    raws.add(new Raw(line, false));
                } else {
                    last.append(line);
                    continue;
                }
                if (number != null && (number == lastNumber + 1 || number == 1)) lastNumber = number;
            }
        }
        return raws;
    }


    /** Does a block's first line carry on the paragraph before it? */
    private boolean continues(Raw prev, String line, boolean afterBreak, int blockLines) {
        if (prev.heading) return false;
        String before = prev.view().strip();
        if (before.isEmpty()) return false;
        if (structuralStart(line)) return false;
        char first = line.charAt(0);
        if (Character.isLowerCase(first)) return true;
        // A paragraph cut by a page break ends without punctuation; a heading or title does too, but is no paragraph.
        boolean paragraph = shapes.preambleStart(before) || Shapes.number(before) != null || Shapes.label(before) != null
                || shapes.operativeStart(before);
        boolean opens = shapes.preambleStart(line) || shapes.operativeStart(line);
        boolean opensKnown = shapes.knownPreambleStart(line) || shapes.operativeStart(line);
        // Across a page break an unfinished paragraph goes on, even with a word that could open one
        // ("Guiding Principles"), though not with a head of the lexicon ("Expressing grave concern").
        if (!Shapes.endsParagraph(before) && paragraph && (afterBreak ? !opensKnown : !opens)) return true;
        if (opens) return false;
        if (!Shapes.endsParagraph(before) && !shortLine(before)) return true;
        boolean heading = blockLines == 1 && line.length() < 100 && Shapes.headingLike(line);
        if (afterBreak && (before.endsWith(",") || before.endsWith(";") && Character.isDigit(first))) return !heading;
        return false;
    }

    /**
     * Inside a block (hard-wrapped text), does this line start a new paragraph? A number starts
     * one when it is the next number, or when the line before ends a clause; a short line after
     * a clause end, followed by a numbered or preambular paragraph, is a heading.
     */
    private boolean startsInBlock(String line, String before, String next, int lastNumber) {
        String b = before.strip();
        boolean ended = Shapes.endsParagraph(b);
        Integer n = Shapes.number(line);
        if (n != null && n == lastNumber + 1) return true;
        if (n != null || Shapes.label(line) != null) return ended || b.endsWith(" and") || b.endsWith(" or");
        if (Shapes.annexHeading(line) && (line.length() < 12 || ended)) return true;
        if (Shapes.closing(line) || Shapes.annexHeading(line) && line.length() < 40) return ended || shortLine(b);
        if (acting.isActingLine(line)) return ended;
        // A capitalised head of the lexicon opens a preambular paragraph even after a line without
        // punctuation: that line was a heading ("Degrading the threat ...") or lost its comma.
        if (!ended && shapes.knownPreambleStart(line) && !b.matches("(?s).*\\b(?:the|of|and|to|in|for|on|by|with|a|an|its|their|or)$")) return true;
        if (!ended) return false;
        if (b.endsWith(",") && shapes.preambleStart(line)) return true;
        if (!b.endsWith(",") && shapes.operativeStart(line)) return true;
        return line.length() < 70 && Shapes.headingLike(line) && next != null
                && (Shapes.number(next) != null || Shapes.label(next) != null || shapes.preambleStart(next));
    }

    /** A heading is one line ("Annex I", "Measures"): what follows it starts anew, unless it goes on in lower case. */
    private boolean afterHeadingLine(Raw last, String line, int width) {
        if (last.lines != 1 || line.isEmpty() || Character.isLowerCase(line.charAt(0))) return false;
        String b = last.view().strip();
        if (Shapes.annexHeading(b) && b.length() < 40) return true;
        // In hard-wrapped text a heading is a line that stops well short of the others.
        boolean shortOfWidth = width > 0 && b.length() < width * 0.8 && shapes.knownPreambleStart(line)
                && !b.matches("(?s).*\\b(?:the|of|and|to|in|for|on|by|with|a|an|its|their|or)$");
        return (b.length() < 70 || shortOfWidth) && Shapes.headingLike(b) && !Shapes.endsParagraph(b)
                && (!shapes.preambleStart(b) || shortOfWidth)
                && !shapes.operativeStart(b) && Shapes.number(b) == null && Shapes.label(b) == null
                && (Shapes.number(line) != null || Shapes.label(line) != null || shapes.preambleStart(line)
                        || shapes.operativeStart(line) || Character.isUpperCase(line.charAt(0)) && b.split(" ").length <= 6);
    }

    private static String nextLine(List<MappedText> lines, int k) {
        return k + 1 < lines.size() ? Markers.plain(lines.get(k + 1).text()).strip() : null;
    }

    private boolean structuralStart(String line) {
        return Shapes.number(line) != null || Shapes.label(line) != null || Shapes.closing(line)
                || Shapes.annexHeading(line) || acting.isActingLine(line);
    }

    private static boolean shortLine(String s) {
        return s.length() < 100 && s.indexOf(',') < 0;
    }

    // --- classification -------------------------------------------------------------------

    private enum State { PREAMBLE, OPERATIVE, ADOPTED_TEXT, CLOSED, ANNEX }

    private Result classify(String actingLine, List<Raw> raws) {
        List<String> recommendations = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Builder pre = new Builder(ParagraphKind.PREAMBULAR);
        Builder op = new Builder(ParagraphKind.OPERATIVE);
        Builder annex = new Builder(ParagraphKind.ANNEX);
        State state = State.PREAMBLE;
        String section = null;
        String currentActing = actingLine;

        for (int i = 0; i < raws.size(); i++) {
            Raw raw = raws.get(i);
            MappedText text = raw.text.build().strip();
            String plain = Markers.plain(text.text()).strip();
            if (plain.isEmpty()) continue;

            // Rule 14: "Recommends to the General Assembly the adoption of the following draft resolution:"
            if (RECOMMENDS_DRAFT.matcher(plain).matches() && i + 1 < raws.size() && acting.isActingLine(raws.get(i + 1).plain().strip())) {
                recommendations.add(stripComma(currentActing) + " " + plain);
                currentActing = raws.get(i + 1).plain().strip();
                pre = new Builder(ParagraphKind.PREAMBULAR);
                op = new Builder(ParagraphKind.OPERATIVE);
                state = State.PREAMBLE;
                i++;
                continue;
            }
            if (Shapes.annexHeading(plain) && state != State.PREAMBLE || Shapes.annexHeading(plain) && plain.length() < 12) {
                state = State.ANNEX;
                section = plain;
                annex.heading(text, section);
                continue;
            }
            if (Shapes.closing(plain) && state != State.ANNEX && state != State.PREAMBLE) {
                state = State.CLOSED;
                continue;
            }
            switch (state) {
                case CLOSED -> { /* vote lists, meeting lines */ }
                case ANNEX, ADOPTED_TEXT -> annex.add(text, plain, raw.heading, section);
                case PREAMBLE -> {
                    Integer n = Shapes.number(plain);
                    String label = Shapes.label(plain);
                    if (n != null) {
                        state = State.OPERATIVE;
                        op.add(text, plain, false, null);
                    } else if (label != null && pre.hasParagraphs()) {
                        pre.add(text, plain, false, null);
                    } else if (!shapes.preambleStart(plain) && shapes.operativeStart(plain)) {
                        state = State.OPERATIVE;
                        op.addUnnumbered(text);
                    } else if (raw.heading || Shapes.headingLike(plain) && (!shapes.preambleStart(plain) || plain.length() < 200)) {
                        pre.heading(text, null);
                    } else {
                        pre.addUnnumbered(text);
                    }
                    if (state == State.OPERATIVE && adoptsFollowingText(plain)) {
                        state = State.ADOPTED_TEXT;
                        section = "adopted text";
                    }
                }
                case OPERATIVE -> {
                    Integer n = Shapes.number(plain);
                    String label = Shapes.label(plain);
                    if (label != null && Shapes.headingLike(plain.substring(Shapes.afterLabel(plain))) && plain.length() < 140) {
                        op.heading(text, null);
                    } else if (n != null && op.isInnerListItem(n, shapes.operativeStart(plain.substring(Shapes.afterNumber(plain))))) {
                        op.addInnerListItem(n, text, plain);
                    } else if (n != null || label != null) {
                        op.add(text, plain, false, null);
                    } else if (shapes.operativeStart(plain) && !op.hasNumbered()) {
                        op.addUnnumbered(text);
                    } else if (raw.heading || Shapes.headingLike(plain)) {
                        op.heading(text, null);
                    } else if (Character.isLowerCase(plain.charAt(0)) || !op.hasParagraphs()) {
                        op.continueLast(text);
                    } else if (shapes.operativeStart(plain)) {
                        op.addUnnumbered(text);
                        warnings.add("unnumbered operative paragraph after numbered ones: \"" + abbreviate(plain) + "\"");
                    } else {
                        op.continueLast(text);
                    }
                    if (adoptsFollowingText(plain)) {
                        state = State.ADOPTED_TEXT;
                        section = "adopted text";
                    }
                }
            }
        }
        return new Result(currentActing, List.copyOf(recommendations), pre.build(), op.build(), annex.build(), List.copyOf(warnings));
    }

    private static boolean adoptsFollowingText(String plain) {
        return plain.endsWith(":") && ADOPTS_FOLLOWING.matcher(plain).find();
    }

    private static String stripComma(String s) {
        return s.strip().replaceAll(",$", "");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
