package org.resograph.serve.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A paragraph's words with some stretches marked: the words of a citation become a link to
 * what they cite, the opening phrase is set in italics as in print. Stretches never overlap;
 * the first placed wins, so callers place the longest citations first.
 */
final class Prose {
    private final String text;
    private final List<Stretch> stretches = new ArrayList<>();

    /** A marked stretch; several citations printed with the same words share one. */
    private static final class Stretch {
        final int start, end;
        final String href;
        final List<String> titles = new ArrayList<>();
        final boolean emphasis;

        Stretch(int start, int end, String href, String title, boolean emphasis) {
            this.start = start;
            this.end = end;
            this.href = href;
            this.emphasis = emphasis;
            if (title != null) titles.add(title);
        }
    }

    Prose(String text) {
        this.text = text == null ? "" : text;
    }

    /**
     * Links the first free occurrence of {@code words} to {@code href}. The words are searched
     * as printed, then without a closing full stop or comma ("E/CN.15/2018/1." in a footnote).
     *
     * @return whether the words were found
     */
    boolean link(String words, String href, String title) {
        if (words == null || words.isBlank()) return false;
        String w = words.strip();
        if (place(w, href, title)) return true;
        while (!w.isEmpty() && ".,;:".indexOf(w.charAt(w.length() - 1)) >= 0) w = w.substring(0, w.length() - 1).strip();
        return !w.equals(words.strip()) && !w.isEmpty() && place(w, href, title);
    }

    private boolean place(String w, String href, String title) {
        for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
            int end = at + w.length();
            if (!wordEdge(at, end)) continue;
            Stretch same = null;
            boolean free = true;
            for (Stretch s : stretches) {
                if (s.start == at && s.end == end && !s.emphasis) same = s;
                else if (at < s.end && s.start < end) free = false;
            }
            if (same != null) {
                if (title != null && !same.titles.contains(title)) same.titles.add(title);
                return true;
            }
            if (free) {
                stretches.add(new Stretch(at, end, href, title, false));
                return true;
            }
        }
        return false;
    }

    /** "69/194" must not be found inside "169/1945". */
    private boolean wordEdge(int start, int end) {
        boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)) || !Character.isLetterOrDigit(text.charAt(start));
        boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) || !Character.isLetterOrDigit(text.charAt(end - 1));
        return before && after;
    }

    /** Sets the opening words in italics, unless a citation already covers them. */
    void emphasiseOpening(String phrase) {
        if (phrase == null || phrase.isBlank() || !text.startsWith(phrase)) return;
        for (Stretch s : stretches) if (s.start < phrase.length()) return;
        stretches.add(new Stretch(0, phrase.length(), null, null, true));
    }

    void write(Html h) {
        List<Stretch> sorted = new ArrayList<>(stretches);
        sorted.sort(Comparator.comparingInt(s -> s.start));
        int at = 0;
        for (Stretch s : sorted) {
            h.text(text.substring(at, s.start));
            String words = text.substring(s.start, s.end);
            if (s.emphasis) {
                h.el("em", words, "class", "head");
            } else if (s.href == null) {
                h.el("span", words, "class", "cite", "title", String.join("; ", s.titles));
            } else {
                h.a(s.href, words, "class", "cite", "title", s.titles.isEmpty() ? null : String.join("; ", s.titles));
            }
            at = s.end;
        }
        h.text(text.substring(at));
    }
}
