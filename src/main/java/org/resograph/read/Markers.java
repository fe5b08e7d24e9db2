package org.resograph.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Footnote markers travel inside cleaned text as {@code OPEN label CLOSE}, two private-use
 * characters that never occur in UN texts, until the parser lifts them out of each paragraph.
 */
public final class Markers {
    private Markers() {}

    public static final char OPEN = '\uE000';
    public static final char CLOSE = '\uE001';

    public static String encode(String label) {
        return OPEN + label + CLOSE;
    }

    public static boolean contains(CharSequence s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == OPEN) return true;
        return false;
    }

    /** A marker lifted out of text: its label and the offset in the stripped text where it stood. */
    public record Ref(String label, int at) {}

    /** Text with the markers removed, and where they stood. */
    public record Stripped(MappedText text, List<Ref> refs) {}

    public static Stripped strip(MappedText t) {
        if (!contains(t)) return new Stripped(t, List.of());
        MappedText.Builder b = new MappedText.Builder();
        List<Ref> refs = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            if (c == OPEN) {
                int end = i + 1;
                while (end < t.length() && t.charAt(end) != CLOSE) end++;
                refs.add(new Ref(t.subSequence(i + 1, end).toString(), b.length()));
                i = Math.min(end + 1, t.length());
            } else {
                b.append(c, t.sourceOffset(i));
                i++;
            }
        }
        return new Stripped(b.build(), refs);
    }

    /** Superscript digits as ASCII digits ("¹²" -> "12"). */
    public static String superscriptDigits(String superscripts) {
        StringBuilder b = new StringBuilder();
        for (char c : superscripts.toCharArray()) {
            b.append(switch (c) {
                case '\u00B9' -> '1';
                case '\u00B2' -> '2';
                case '\u00B3' -> '3';
                case '\u2070' -> '0';
                default -> (char) ('4' + (c - '\u2074'));
            });
        }
        return b.toString();
    }

    /** The plain text with markers removed. */
    public static String plain(CharSequence s) {
        if (!contains(s)) return s.toString();
        StringBuilder b = new StringBuilder();
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == OPEN) in = true;
            else if (c == CLOSE) in = false;
            else if (!in) b.append(c);
        }
        return b.toString();
    }
}
