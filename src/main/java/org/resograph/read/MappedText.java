package org.resograph.read;

import java.util.Arrays;

/**
 * Text that remembers, for each of its characters, the offset in the source text it came from.
 * Cleaning rewrites text (drops markup, joins lines, removes hyphens) but every fact read from
 * the result can still be pointed back to the source.
 *
 * <p>Immutable; {@link Builder} makes new ones.
 */
public final class MappedText implements CharSequence {
    private final String text;
    private final int[] offsets;

    private MappedText(String text, int[] offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    /** A piece of source text taken as it is, starting at {@code start} in the source. */
    public static MappedText of(String s, int start) {
        int[] o = new int[s.length()];
        for (int i = 0; i < o.length; i++) o[i] = start + i;
        return new MappedText(s, o);
    }

    public static final MappedText EMPTY = new MappedText("", new int[0]);

    public String text() {
        return text;
    }

    /** Source offset of character {@code i}; for {@code i == length()}, one past the last character. */
    public int sourceOffset(int i) {
        if (offsets.length == 0) return 0;
        if (i >= offsets.length) return offsets[offsets.length - 1] + 1;
        return offsets[Math.max(0, i)];
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        return text.charAt(index);
    }

    @Override
    public MappedText subSequence(int start, int end) {
        return new MappedText(text.substring(start, end), Arrays.copyOfRange(offsets, start, end));
    }

    public MappedText strip() {
        int s = 0;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return (s == 0 && e == text.length()) ? this : subSequence(s, e);
    }

    /** The text split at line breaks, each line without its break. */
    public java.util.List<MappedText> lines() {
        java.util.List<MappedText> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                out.add(subSequence(start, i));
                start = i + 1;
            }
        }
        return out;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds mapped text piece by piece. */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] offsets = new int[64];

        public Builder append(char c, int sourceOffset) {
            if (sb.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
            offsets[sb.length()] = sourceOffset;
            sb.append(c);
            return this;
        }

        public Builder append(MappedText t) {
            return append(t, 0, t.length());
        }

        public Builder append(MappedText t, int start, int end) {
            int n = end - start;
            if (n <= 0) return this;
            int len = sb.length();
            if (len + n > offsets.length) offsets = Arrays.copyOf(offsets, Math.max(offsets.length * 2, len + n));
            System.arraycopy(t.offsets, start, offsets, len, n);
            sb.append(t.text, start, end);
            return this;
        }

        /** Appends text that has no source of its own (a joining space), mapped to {@code at}. */
        public Builder appendSynthetic(String s, int at) {
            for (int i = 0; i < s.length(); i++) append(s.charAt(i), at);
            return this;
        }

        public int length() {
            return sb.length();
        }

        public char charAt(int i) {
            return sb.charAt(i);
        }

        public int lastSourceOffset() {
            return sb.length() == 0 ? 0 : offsets[sb.length() - 1];
        }

        public void setLength(int n) {
            sb.setLength(n);
        }

        public MappedText build() {
            return new MappedText(sb.toString(), Arrays.copyOf(offsets, sb.length()));
        }
    }
}
