package org.resograph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resograph.read.Markers;

/**
 * Damages a clean resolution text the way PDF converters and copy-paste do: hard-wrapped lines,
 * words hyphenated at line ends, page numbers, job numbers and running heads, footnote blocks
 * moved to the foot of the page in the middle of a sentence, footnote markers as plain digits
 * glued to words or as {@code <sup>}, Markdown emphasis, Windows line ends. Every damage is a
 * function of its own; {@link #vary} combines them at random from a seed, so a corpus of varied
 * copies is the same every time it is made.
 *
 * <p>The input is a text in the convention of the seeds and the development corpus: paragraphs
 * separated by blank lines, each footnote a paragraph of its own opening with its superscript
 * marker.
 */
public final class TextVariator {
    private TextVariator() {}

    private static final Pattern SUPERSCRIPTS = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");
    private static final Pattern NOTE_START = Pattern.compile("^(?:[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+|\\*)\\s");
    private static final Pattern OPERATIVE_VERB = Pattern.compile("^(\\d{1,3}\\.\\s+)((?:Also |Further |Again )?[A-Z][a-z]+s)\\b", Pattern.MULTILINE);

    /** A random combination of damages, the same for the same seed. */
    public static String vary(String text, long seed) {
        Random r = new Random(seed);
        String t = text;
        if (r.nextInt(4) == 0) t = markdownEmphasis(t);
        int markers = r.nextInt(3);
        boolean paginate = r.nextInt(3) > 0;
        if (paginate) {
            int width = 70 + r.nextInt(40);
            t = hardWrap(t, width, r.nextBoolean(), r.nextBoolean(), r);
            t = paginate(t, 28 + r.nextInt(30), jobNumber(r), r.nextBoolean());
        } else if (r.nextBoolean()) {
            t = hardWrap(t, 60 + r.nextInt(60), true, r.nextBoolean(), r);
        }
        if (markers == 1) t = plainDigitMarkers(t);
        else if (markers == 2) t = supMarkers(t);
        if (r.nextInt(5) == 0) t = t.replace("\n", "\r\n");
        return t;
    }

    /** Footnote markers as plain digits: "Crime,¹" becomes "Crime,1", a note "¹ Text" becomes "1 Text". */
    public static String plainDigitMarkers(String text) {
        return replaceSuperscripts(text, d -> d);
    }

    /** Footnote markers as HTML superscripts, as PDF-to-Markdown tools write them. */
    public static String supMarkers(String text) {
        return replaceSuperscripts(text, d -> "<sup>" + d + "</sup>");
    }

    private interface Marker {
        String of(String digits);
    }

    private static String replaceSuperscripts(String text, Marker m) {
        Matcher x = SUPERSCRIPTS.matcher(text);
        StringBuilder b = new StringBuilder();
        while (x.find()) x.appendReplacement(b, Matcher.quoteReplacement(m.of(Markers.superscriptDigits(x.group()))));
        x.appendTail(b);
        return b.toString();
    }


    /** Operative verbs in italics (*Requests*), as Markdown converters print them. */
    public static String markdownEmphasis(String text) {
        return OPERATIVE_VERB.matcher(text).replaceAll("$1*$2*");
    }

    /**
     * Breaks paragraphs into lines of at most {@code width} characters. Blank lines between
     * paragraphs are kept or dropped; long words at a line end are hyphenated or not.
     */
    public static String hardWrap(String text, int width, boolean keepBlankLines, boolean hyphenate, Random r) {
        StringBuilder out = new StringBuilder();
        String previous = null;
        for (String para : paragraphs(text)) {
            if (previous != null) out.append(keepBlankLines || isNote(para) || isNote(previous) ? "\n\n" : "\n");
            out.append(wrap(para, width, hyphenate, r));
            previous = para;
        }
        return out.toString();
    }

    private static String wrap(String para, int width, boolean hyphenate, Random r) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : para.split(" +")) {
            if (word.isEmpty()) continue;
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                int room = width - lineLength - 2;
                if (hyphenate && word.length() >= 9 && room >= 4 && word.chars().allMatch(Character::isLetter) && r.nextInt(3) > 0) {
                    int cut = Math.min(room, word.length() - 4);
                    out.append(' ').append(word, 0, cut).append("-\n").append(word.substring(cut));
                    lineLength = word.length() - cut;
                    continue;
                }
                out.append('\n').append(word);
                lineLength = word.length();
            } else {
                if (lineLength > 0) {
                    out.append(' ');
                    lineLength++;
                }
                out.append(word);
                lineLength += word.length();
            }
        }
        return out.toString();
    }

    /**
     * Cuts the text into pages of {@code lines} lines, moves each footnote to the foot of the
     * page where its marker first stands (so that it lands inside a paragraph), and prints a
     * page footer (page number and job number) and a running head on each new page.
     */
    public static String paginate(String text, int lines, String jobNumber, boolean runningHead) {
        List<String> body = new ArrayList<>();
        Map<String, String> notes = new LinkedHashMap<>();
        String symbol = null;
        for (String block : text.split("\n\n+", -1)) {
            String b = block.strip();
            if (symbol == null) {
                Matcher s = Pattern.compile("\\b([AES]/[A-Z0-9.]+(?:/[A-Za-z0-9.]+)+)").matcher(b);
                if (s.find() && body.size() < 6) symbol = s.group(1);
            }
            if (isNote(b)) {
                notes.put(b.substring(0, b.indexOf(' ')), b);
            } else {
                body.addAll(List.of(block.split("\n", -1)));
                body.add("");
            }
        }
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < body.size(); i += lines) pages.add(new ArrayList<>(body.subList(i, Math.min(body.size(), i + lines))));
        int total = pages.size();
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < total; p++) {
            List<String> page = pages.get(p);
            if (p > 0) {
                out.append(runningHead && symbol != null ? symbol + "\n\n" : "");
            }
            for (String l : page) out.append(l).append('\n');
            List<String> here = new ArrayList<>();
            String pageText = String.join("\n", page);
            for (Map.Entry<String, String> e : notes.entrySet()) {
                if (pageText.contains(e.getKey()) || p == total - 1) here.add(e.getKey());
            }
            for (String k : here) out.append('\n').append(notes.remove(k)).append('\n');
            out.append('\n').append(p % 2 == 0 ? (p + 1) + "/" + total + " " + jobNumber : jobNumber + " " + (p + 1) + "/" + total).append("\n\n");
        }
        return out.toString();
    }

    private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:[-+•]\\s|\\(?[a-z0-9]{1,4}[.)]\\s|\\d{1,3}\\.\\s|#)");

    /** Paragraphs; the lines of a Markdown list are paragraphs of their own. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.split("\n\\s*\n")) {
            StringBuilder cur = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.isBlank()) continue;
                if (cur.length() > 0 && ITEM_START.matcher(line).find()) {
                    out.add(cur.toString().strip());
                    cur.setLength(0);
                }
                if (cur.length() > 0) cur.append(' ');
                cur.append(line.strip());
            }
            if (cur.length() > 0) out.add(cur.toString().strip());
        }
        return out;
    }

    private static boolean isNote(String block) {
        return NOTE_START.matcher(block).find();
    }

    /** A UN job number such as V.19-03716. */
    static String jobNumber(Random r) {
        return (r.nextBoolean() ? "V." : "") + (10 + r.nextInt(15)) + "-" + String.format("%05d", r.nextInt(100000));
    }
}
