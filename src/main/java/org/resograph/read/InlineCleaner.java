package org.resograph.read;

import java.util.regex.Pattern;

/**
 * Cleans one line of input: Markdown and HTML marks left by PDF converters, typographic
 * characters, and footnote markers (Unicode superscripts, {@code <sup>}, stars), which become
 * {@link Markers}. Plain-digit markers glued to words are left for {@link TextCleaner}, which
 * needs the whole document to tell them from numbers.
 */
final class InlineCleaner {
    private InlineCleaner() {}

    /** A cleaned line, and whether it was a Markdown heading. */
    record Cleaned(MappedText text, boolean heading) {}

    private static final Pattern BROKEN_ESCAPED_SUP = Pattern.compile("<sup>&</sup>(?:amp;)?lt;sup>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|apos|nbsp|#\\d{1,6}|#x[0-9a-fA-F]{1,5});");
    private static final Pattern SUP = Pattern.compile("<sup>\\s*(.*?)\\s*</sup>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?(?:i|b|em|strong|u|span|sub|p|div|br|a)(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\([^)\\s]*\\)");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern ESCAPED_STAR = Pattern.compile("\\\\\\*");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([_\\[\\]#().\\-\\\\`>+!|{}])");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__");
    private static final Pattern ITALIC_STAR = Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])([^*]*?[^\\s*])\\*(?![\\w*])");
    private static final Pattern ITALIC_UNDERSCORE = Pattern.compile("(?<![\\w_/])_(?=[^\\s_])([^_]*?[^\\s_])_(?![\\w_/])");
    private static final Pattern STRAY_BOLD = Pattern.compile("\\*\\*");
    private static final Pattern SUPERSCRIPT_DIGITS = Pattern.compile("[\u2070\u00B9\u00B2\u00B3\u2074-\u2079]+");
    /** A star or escaped star that marks a footnote: glued after a word, or starting a note line. */
    private static final Pattern STAR_MARK = Pattern.compile("(?<=\\S)[*\uE002](?=[\\s,.;:)\\]]|$)|^[*\uE002](?=\\s)");
    private static final Pattern LEFTOVER_STAR = Pattern.compile("[*\uE002](?![^\uE000]*\uE001)");
    private static final Pattern LIST_BEFORE_LABEL = Pattern.compile("^[-+*]\\s+(?=(?:\\(?[a-zA-Z0-9]{1,5}[.)]|\\d{1,3}\\.)\\s)");
    private static final Pattern BULLET = Pattern.compile("^[-+•▪◦●○■□–]\\s+(?=\\S)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\r\\f]");

    static Cleaned clean(String raw, int start) {
        Flags f = Flags.of(raw);
        MappedText t = MappedText.of(raw, start);
        if (f.invisible) t = Rewriter.rewrite(t, INVISIBLE, "");
        if (f.markup) {
            t = Rewriter.rewrite(t, BROKEN_ESCAPED_SUP, "<sup>");
            t = Rewriter.rewrite(t, ENTITY, m -> entity(m.group(1)));
            t = Rewriter.rewrite(t, SUP, m -> supMarker(m.group(1)));
            t = Rewriter.rewrite(t, TAG, m -> m.group().toLowerCase().startsWith("<br") ? " " : "");
            t = Rewriter.rewrite(t, LINK, "$1");
        }
        boolean heading = false;
        if (f.hash) {
            heading = HEADING.matcher(t.text()).find();
            t = Rewriter.rewrite(t, HEADING, "");
        }
        if (f.listStart) t = Rewriter.rewrite(t, LIST_BEFORE_LABEL, "");
        if (f.emphasis) {
            t = Rewriter.rewrite(t, ESCAPED_STAR, "\uE002");
            t = Rewriter.rewrite(t, ESCAPE, "$1");
            t = Rewriter.rewrite(t, BOLD, m -> m.group(1) != null ? "$1" : "$2");
            t = Rewriter.rewrite(t, ITALIC_STAR, "$1");
            t = Rewriter.rewrite(t, ITALIC_UNDERSCORE, "$1");
            t = Rewriter.rewrite(t, STRAY_BOLD, "");
        }
        if (f.superscript) t = Rewriter.rewrite(t, SUPERSCRIPT_DIGITS, m -> Markers.encode(Markers.superscriptDigits(m.group())));
        if (f.emphasis) {
            t = Rewriter.rewrite(t, STAR_MARK, Markers.encode("*"));
            t = Rewriter.rewrite(t, LEFTOVER_STAR, "");
        }
        if (f.ligature) t = typography(t);
        if (f.spaces || f.emphasis || f.markup) t = Rewriter.rewrite(t, SPACES, " ");
        t = t.strip();
        if (f.bullet) t = Rewriter.rewrite(t, BULLET, "• ");
        return new Cleaned(t, heading);
    }

    /** Which kinds of marks a line holds, found in one pass, so that plain lines skip the patterns they cannot match. */
    private static final class Flags {
        boolean invisible;
        boolean markup;
        boolean hash;
        boolean listStart;
        boolean emphasis;
        boolean superscript;
        boolean ligature;
        boolean spaces;
        boolean bullet;

        static Flags of(String raw) {
            Flags f = new Flags();
            char prev = 0;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                switch (c) {
                    case '<', '&', '[' -> f.markup = true;
                    case '#' -> f.hash = true;
                    case '*', '_', '\\' -> f.emphasis = true;
                    case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\r', '\f' -> f.invisible = true;
                    case '\u00B9', '\u00B2', '\u00B3', '\u2070', '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079' -> f.superscript = true;
                    case '\t', '\u00A0', '\u202F', '\u205F', '\u3000' -> f.spaces = true;
                    case ' ' -> {
                        if (prev == ' ') f.spaces = true;
                    }
                    default -> {
                        if (c >= '\uFB00' && c <= '\uFB04') f.ligature = true;
                        else if (c >= '\u2000' && c <= '\u200A') f.spaces = true;
                    }
                }
                prev = c;
            }
            int first = 0;
            while (first < raw.length() && raw.charAt(first) == ' ') first++;
            if (first < raw.length()) {
                char c = raw.charAt(first);
                f.listStart = c == '-' || c == '+' || c == '*';
                f.bullet = "-+•▪◦●○■□–".indexOf(c) >= 0;
            }
            f.spaces |= first > 0;
            return f;
        }
    }

    private static String entity(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> " ";
            default -> {
                int cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                yield new String(Character.toChars(cp));
            }
        };
    }

    /** {@code <sup>1</sup>} is a marker; {@code <sup>th</sup>} of an ordinal is just text. */
    private static String supMarker(String inner) {
        String label = inner.replace("\\*", "*").strip();
        if (label.matches("\\d{1,3}|\\*{1,3}|[a-z]|[†‡§]")) return Markers.encode(label);
        return inner;
    }


    private static final Pattern LIGATURES = Pattern.compile("[\\uFB00-\\uFB04]");

    private static MappedText typography(MappedText t) {
        return Rewriter.rewrite(t, LIGATURES, m -> switch (m.group().charAt(0)) {
            case '\uFB00' -> "ff";
            case '\uFB01' -> "fi";
            case '\uFB02' -> "fl";
            case '\uFB03' -> "ffi";
            default -> "ffl";
        });
    }
}
