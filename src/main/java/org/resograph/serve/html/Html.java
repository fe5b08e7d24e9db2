package org.resograph.serve.html;

/**
 * A small HTML writer. Text and attribute values always go through {@link #escape}; only the
 * pages' own markup goes through {@link #raw}, so nothing read from the data can open a tag.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(16 * 1024);

    /** Escapes {@code & < > " '} so that the result is safe in text and in quoted attributes. */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }

    Html text(String s) {
        out.append(escape(s));
        return this;
    }

    /** Markup written by the pages themselves, never data. */
    Html raw(String s) {
        out.append(s);
        return this;
    }

    /** An opening tag; {@code attrs} are name, value pairs, a pair with a null value is left out. */
    Html open(String tag, String... attrs) {
        out.append('<').append(tag);
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] == null) continue;
            out.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A link, or plain text when there is nowhere to go. */
    Html a(String href, String text, String... attrs) {
        if (href == null) return text(text);
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
