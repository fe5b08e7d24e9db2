package org.resograph.parse;

import java.util.ArrayList;
import java.util.List;

import org.resograph.lexicon.Gazetteer;
import org.resograph.lexicon.Lexicon;
import org.resograph.read.Block;
import org.resograph.read.CleanText;
import org.resograph.read.InputProblem;
import org.resograph.read.MappedText;
import org.resograph.read.Markers;
import org.resograph.read.Note;

/**
 * The parse stage: {@link CleanText} to {@link Document}. Splits the text at the enacting line
 * into cover and body and reads each.
 */
public final class DocumentParser {
    private final Shapes shapes;
    private final ActingLines acting;
    private final HeaderParser headerParser;
    private final BodyParser bodyParser;

    public DocumentParser(Lexicon lexicon, Gazetteer gazetteer) {
        this.shapes = new Shapes(lexicon);
        this.acting = new ActingLines(gazetteer);
        this.headerParser = new HeaderParser(gazetteer);
        this.bodyParser = new BodyParser(shapes, acting);
    }

    public Document parse(CleanText clean) throws InputProblem {
        String file = clean.source().name();
        List<Block> blocks = clean.blocks();
        List<HeaderParser.Line> headerLines = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        String actingLine = null;
        List<String> warnings = new ArrayList<>();

        int[] at = findActingLine(blocks);
        if (at != null) {
            Block b = blocks.get(at[0]);
            List<MappedText> lines = b.text().lines();
            for (int i = 0; i < at[0]; i++) addHeaderLines(headerLines, blocks.get(i), i);
            for (int k = 0; k < at[1]; k++) headerLines.add(new HeaderParser.Line(Markers.plain(lines.get(k).text()), at[0]));
            MappedText line = lines.get(at[1]);
            String plain = Markers.plain(line.text()).strip();
            int glued = at[2];
            actingLine = glued < 0 ? plain : plain.substring(0, glued).strip();
            MappedText.Builder rest = new MappedText.Builder();
            if (glued >= 0) rest.append(line.subSequence(Math.min(line.length(), glued), line.length()).strip());
            for (int k = at[1] + 1; k < lines.size(); k++) {
                if (rest.length() > 0) rest.appendSynthetic("\n", rest.lastSourceOffset() + 1);
                rest.append(lines.get(k));
            }
            if (rest.length() > 0) body.add(new Block(rest.build(), false, false));
            body.addAll(blocks.subList(at[0] + 1, blocks.size()));
        } else {
            int start = firstBodyBlock(blocks);
            if (start < 0) {
                throw new InputProblem(file, "no resolution structure: no enacting line (\"The General Assembly,\"), "
                        + "no preambular paragraph and no numbered operative paragraph");
            }
            warnings.add("no enacting line found; the body is read from \"" + abbreviate(Markers.plain(blocks.get(start).text().text())) + "\"");
            for (int i = 0; i < start; i++) addHeaderLines(headerLines, blocks.get(i), i);
            body.addAll(blocks.subList(start, blocks.size()));
        }

        Header header = headerParser.parse(headerLines, null);
        BodyParser.Result r = bodyParser.parse(actingLine, body);
        warnings.addAll(r.warnings());
        if (r.preamble().isEmpty() && r.operative().isEmpty()) {
            warnings.add("no preambular or operative paragraphs found: the text may be truncated");
        } else if (r.operative().isEmpty() && r.annex().isEmpty()) {
            warnings.add("no operative paragraphs found: the text may be truncated after the preamble");
        }
        List<Footnote> footnotes = new ArrayList<>();
        int index = 0;
        for (Note n : clean.notes()) {
            footnotes.add(new Footnote(n.label(), ++index, Markers.strip(n.text()).text()));
        }
        return new Document(clean.source(), header, r.actingLine(), r.recommendations(), r.preamble(),
                r.operative(), r.annex(), List.copyOf(footnotes), List.copyOf(warnings));
    }

    /** Block index, line index and glued end (-1 when the line is the enacting phrase alone). */
    private int[] findActingLine(List<Block> blocks) {
        for (int b = 0; b < blocks.size(); b++) {
            List<MappedText> lines = blocks.get(b).text().lines();
            for (int k = 0; k < lines.size(); k++) {
                String plain = Markers.plain(lines.get(k).text()).strip();
                if (acting.isActingLine(plain)) return new int[] {b, k, -1};
                int glued = acting.gluedEnd(plain);
                if (glued > 0 && shapes.preambleStart(plain.substring(glued).strip())) return new int[] {b, k, glued};
            }
        }
        return null;
    }

    private int firstBodyBlock(List<Block> blocks) {
        for (int b = 0; b < blocks.size(); b++) {
            String plain = Markers.plain(blocks.get(b).text().text()).strip();
            if (Shapes.number(plain) != null || shapes.preambleStart(plain) && plain.length() > 40) return b;
        }
        return -1;
    }

    private static void addHeaderLines(List<HeaderParser.Line> out, Block b, int index) {
        for (MappedText l : b.text().lines()) out.add(new HeaderParser.Line(Markers.plain(l.text()), index));
    }


    private static String abbreviate(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 60) + "..." : t;
    }
}
