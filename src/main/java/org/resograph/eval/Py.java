package org.resograph.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The few Python semantics that {@code score.py} relies on, over JSON values held as plain Java
 * objects: {@code null} (None), {@link Boolean}, {@link BigInteger} (int), {@link Double} (float),
 * {@link String}, {@link List} (list), {@link Tuple} (tuple) and {@link Map} (dict). Equality,
 * hashing, truth, {@code repr} and {@code str} follow Python, so that sets of keys, comparisons and
 * the verbose lines come out as they do there.
 */
public final class Py {
    private Py() {}

    /** A Python tuple (what {@code norm} makes of a list, and what the key functions return). */
    public record Tuple(List<Object> items) {
        public Tuple {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }

        public static Tuple of(Object... xs) {
            List<Object> l = new ArrayList<>(xs.length);
            Collections.addAll(l, xs);
            return new Tuple(l);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tuple t && Py.eq(this, t);
        }

        @Override
        public int hashCode() {
            return Py.hash(this);
        }

        @Override
        public String toString() {
            return Py.repr(this);
        }
    }

    /** A value as a set member or dict key: Python equality and hash. */
    public record Key(Object value) {
        public Key {
            checkHashable(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Py.eq(value, k.value);
        }

        @Override
        public int hashCode() {
            return Py.hash(value);
        }

        @Override
        public String toString() {
            return Py.str(value);
        }
    }

    /** What {@code json.load} gives for a JSON value. */
    public static Object fromJson(JsonElement e) {
        if (e == null || e.isJsonNull()) return null;
        if (e instanceof JsonPrimitive p) {
            if (p.isBoolean()) return p.getAsBoolean();
            if (p.isString()) return p.getAsString();
            Number n = p.getAsNumber();
            if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) return BigInteger.valueOf(n.longValue());
            if (n instanceof BigInteger b) return b;
            if (n instanceof Double || n instanceof Float) return n.doubleValue();
            String s = n.toString();
            if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0 || s.contains("Infinity") || s.contains("NaN")) {
                return Double.parseDouble(s);
            }
            return new BigInteger(s);
        }
        if (e instanceof JsonArray a) {
            List<Object> l = new ArrayList<>(a.size());
            for (JsonElement x : a) l.add(fromJson(x));
            return l;
        }
        JsonObject o = e.getAsJsonObject();
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> x : o.entrySet()) m.put(x.getKey(), fromJson(x.getValue()));
        return m;
    }

    static boolean isNumber(Object o) {
        return o instanceof Boolean || o instanceof BigInteger || o instanceof Double;
    }

    /** An exact numeric value (bool as 0/1), or null for NaN and the infinities. */
    private static BigDecimal exact(Object o) {
        if (o instanceof Boolean b) return b ? BigDecimal.ONE : BigDecimal.ZERO;
        if (o instanceof BigInteger i) return new BigDecimal(i);
        double d = (Double) o;
        return Double.isFinite(d) ? new BigDecimal(d) : null;
    }

    /** Python's {@code ==}. */
    public static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a == null || b == null) return false;
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
            BigDecimal x = exact(a);
            BigDecimal y = exact(b);
            if (x == null || y == null) return false; // inf or nan against a finite int
            return x.compareTo(y) == 0;
        }
        if (a instanceof String x && b instanceof String y) return x.equals(y);
        if (a instanceof Tuple x && b instanceof Tuple y) return seqEq(x.items(), y.items());
        if (a instanceof List<?> x && b instanceof List<?> y) return seqEq(x, y);
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) return false;
            for (Map.Entry<?, ?> en : x.entrySet()) {
                if (!y.containsKey(en.getKey()) || !eq(en.getValue(), y.get(en.getKey()))) return false;
            }
            return true;
        }
        return false;
    }

    private static boolean seqEq(List<?> x, List<?> y) {
        if (x.size() != y.size()) return false;
        for (int i = 0; i < x.size(); i++) if (!eq(x.get(i), y.get(i))) return false;
        return true;
    }

    /** A hash consistent with {@link #eq} (equal numbers of different types hash alike). */
    public static int hash(Object o) {
        if (o == null) return 0x5f3759df;
        if (isNumber(o)) {
            if (o instanceof Double d && !Double.isFinite(d)) return Double.hashCode(d);
            BigDecimal x = exact(o);
            try {
                return x.toBigIntegerExact().hashCode();
            } catch (ArithmeticException notIntegral) {
                return Double.hashCode((Double) o);
            }
        }
        if (o instanceof Tuple t) {
            int h = 17;
            for (Object x : t.items()) h = h * 31 + hash(x);
            return h;
        }
        return o.hashCode();
    }

    /** Raises Python's TypeError for what cannot be a set member. */
    static void checkHashable(Object o) {
        if (o instanceof List || o instanceof Map) {
            throw new ScoreException("unhashable type: '" + typeName(o) + "'");
        }
        if (o instanceof Tuple t) for (Object x : t.items()) checkHashable(x);
    }

    static String typeName(Object o) {
        if (o == null) return "NoneType";
        if (o instanceof Boolean) return "bool";
        if (o instanceof BigInteger) return "int";
        if (o instanceof Double) return "float";
        if (o instanceof String) return "str";
        if (o instanceof Tuple) return "tuple";
        if (o instanceof List) return "list";
        return "dict";
    }

    /** Python's truth value. */
    public static boolean truthy(Object o) {
        if (o == null) return false;
        if (o instanceof Boolean b) return b;
        if (o instanceof BigInteger i) return i.signum() != 0;
        if (o instanceof Double d) return d != 0.0;
        if (o instanceof String s) return !s.isEmpty();
        if (o instanceof Tuple t) return !t.items().isEmpty();
        if (o instanceof List<?> l) return !l.isEmpty();
        return !((Map<?, ?>) o).isEmpty();
    }

    /** {@code x or default}. */
    static Object or(Object x, Object otherwise) {
        return truthy(x) ? x : otherwise;
    }

    /** The items of {@code for x in value}: a list's elements, a string's characters, a dict's keys. */
    public static List<Object> iterate(Object o) {
        if (o instanceof Tuple t) return t.items();
        if (o instanceof List<?> l) return new ArrayList<>(l);
        if (o instanceof String s) {
            List<Object> out = new ArrayList<>();
            s.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
            return out;
        }
        if (o instanceof Map<?, ?> m) return new ArrayList<>(m.keySet());
        throw new ScoreException("'" + typeName(o) + "' object is not iterable");
    }

    /** {@code len(value)} of what {@link #iterate} accepts. */
    static int len(Object o) {
        return iterate(o).size();
    }

    /** {@code d.get(key)}: d must be a dict. */
    static Object get(Object d, String key) {
        if (d instanceof Map<?, ?> m) return m.get(key);
        throw new ScoreException("'" + typeName(d) + "' object has no attribute 'get'");
    }

    static boolean has(Object d, String key) {
        if (d instanceof Map<?, ?> m) return m.containsKey(key);
        return iterate(d).stream().anyMatch(x -> eq(x, key));
    }

    /** Python's {@code str()}. */
    public static String str(Object o) {
        return o instanceof String s ? s : repr(o);
    }

    /** Python's {@code repr()}. */
    public static String repr(Object o) {
        if (o == null) return "None";
        if (o instanceof Boolean b) return b ? "True" : "False";
        if (o instanceof BigInteger i) return i.toString();
        if (o instanceof Double d) return floatRepr(d);
        if (o instanceof String s) return stringRepr(s);
        StringBuilder sb = new StringBuilder();
        if (o instanceof Tuple t) {
            sb.append('(');
            join(sb, t.items());
            if (t.items().size() == 1) sb.append(',');
            return sb.append(')').toString();
        }
        if (o instanceof List<?> l) {
            sb.append('[');
            join(sb, l);
            return sb.append(']').toString();
        }
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static void join(StringBuilder sb, List<?> xs) {
        for (int i = 0; i < xs.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(repr(xs.get(i)));
        }
    }

    static String floatRepr(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0) ? "-0.0" : "0.0";
        // Shortest round-trip digits (what both Java and Python find), laid out as Python does.
        BigDecimal b = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = b.unscaledValue().toString();
        int exp = digits.length() - 1 - b.scale(); // decimal exponent of the first digit
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String plain = b.toPlainString();
            return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", c));
            else if (c < 0x7f || printable(c)) sb.appendCodePoint(c);
            else if (c <= 0xff) sb.append(String.format("\\x%02x", c));
            else if (c <= 0xffff) sb.append(String.format("\\u%04x", c));
            else sb.append(String.format("\\U%08x", c));
        });
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable} for one character. */
    private static boolean printable(int c) {
        if (c == ' ') return true;
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's {@code str.isspace} for one character (also what {@code \s} matches in {@code re}). */
    public static boolean isSpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    /** {@code s.split()}: runs of white space separate, none at either end. */
    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (isSpace(c)) {
                if (start >= 0) out.add(s.substring(start, i));
                start = -1;
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) out.add(s.substring(start));
        return out;
    }

    /** Python's string order: by code point. */
    public static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /** {@code f"{x:.3f}"}: the exact binary value rounded half to even, as Python does. */
    public static String format3(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        if (!s.startsWith("-") && (x < 0 || 1 / x < 0)) s = "-" + s; // rounds to zero, or -0.0
        return s;
    }
}
