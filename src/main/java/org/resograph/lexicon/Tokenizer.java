package org.resograph.lexicon;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Splits text into {@link Token}s: runs of letters and digits, joined by inner hyphens and apostrophes. */
public final class Tokenizer {
    private Tokenizer() {}

    public static List<Token> tokens(CharSequence text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start) {
                    i++;
                } else {
                    break;
                }
            }
            String raw = text.subSequence(start, i).toString();
            out.add(new Token(start, i, raw, key(raw)));
        }
        return out;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
    }

    /** The matching key of a word: lower case, accents, hyphens and apostrophes removed. */
    public static String key(String word) {
        boolean plain = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 0x7e || c == '-' || c == '\'' || Character.isUpperCase(c)) {
                plain = false;
                break;
            }
        }
        if (plain) return word;
        String s = word;
        if (hasNonAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static boolean hasNonAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7e) return true;
        return false;
    }

    /** Keys of a phrase, for building tries. */
    public static List<String> keys(String phrase) {
        List<String> keys = new ArrayList<>();
        for (Token t : tokens(phrase)) keys.add(t.key());
        return keys;
    }
}
