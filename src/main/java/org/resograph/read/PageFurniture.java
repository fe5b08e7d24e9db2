package org.resograph.read;

import java.util.regex.Pattern;

/**
 * Lines that a printed UN document repeats on every page and that PDF converters leave in the
 * text: page numbers ({@code 2/5}), job numbers ({@code V.19-03716}, {@code 19-22331 (E)},
 * {@code GE.24-05432(E)}), bar codes ({@code *1903716*}), "Please recycle", and running heads made
 * of the document symbol with or without a page number.
 */
final class PageFurniture {
    private PageFurniture() {}

    private static final String JOB = "(?:[A-Z]{1,3}\\.)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6}){0,2}";
    private static final String PAGE = "\\d{1,3}\\s*/\\s*\\d{1,3}";
    private static final String SYMBOL = "(?:A|E|S|ST|CTOC|CAC|UNEP|TD|DP|ICCD|FCCC|CRC|CCPR|CEDAW|CERD|CAT|HRI)/[A-Za-z0-9./()\\-]+";

    private static final Pattern LINE = Pattern.compile(
            "(?:" + PAGE + ")"
            + "|(?:-\\s*)?\\d{1,3}(?:\\s*-)?"
            + "|(?:" + PAGE + "\\s+)?" + JOB + "(?:\\s+" + PAGE + ")?"
            + "|(?:" + PAGE + "\\s+)?" + SYMBOL + "\\s+" + PAGE
            + "|" + PAGE + "\\s+" + SYMBOL
            + "|\\*?\\d{7,}\\*?"
            + "|Please recycle.*|Recyclable.*"
            + "|Page \\d{1,3}(?: of \\d{1,3})?");

    /** True when the whole line is page furniture. */
    static boolean isFurniture(String line) {
        return LINE.matcher(line.strip()).matches();
    }

    /** True for a line that only repeats the document's symbol (a running head after page 1). */
    static boolean isRunningHead(String line, String documentSymbol) {
        if (documentSymbol == null || line.length() > documentSymbol.length() + 12 || line.indexOf('/') < 0) return false;
        String s = line.strip().replaceAll("\\s+", "");
        String bare = documentSymbol.replaceAll("\\s*\\(\\d{4}\\)$", "");
        return s.equals(documentSymbol.replaceAll("\\s+", "")) || s.equals(bare);
    }

    private static final Pattern SYMBOL_LINE = Pattern.compile("(?:United Nations\\s+)?(" + SYMBOL + "(?:\\s*\\(\\d{4}\\))?)");

    /** The symbol printed alone at the top of a document, if this line is one. */
    static String symbolOf(String line) {
        var m = SYMBOL_LINE.matcher(line.strip());
        return m.matches() ? m.group(1).replaceAll("\\s+", "") : null;
    }
}
