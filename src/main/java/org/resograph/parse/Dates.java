package org.resograph.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as UN documents print them ("18 December 2019", "14–18 May 2018", "26 February–5 April 2024"). */
public final class Dates {
    private Dates() {}

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    public static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    /** A day, month and year, with optional space problems ("on31 August 2023"). */
    public static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*(" + MONTH + ")\\s+(\\d{4})\\b");
    /** A range: "14–18 May 2018", "14-18 May 2018", "26 February–5 April 2024", "30 November – 4 December 2020". */
    public static final Pattern RANGE = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\s+(" + MONTH + ")(?:\\s+(\\d{4}))?)?\\s*(?:[–—-]|to)\\s*(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})\\b");

    public static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT)) + 1;
    }

    public static LocalDate of(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), month(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The first date in the text, or null. */
    public static LocalDate first(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? of(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** Start and end of a range match. */
    public static LocalDate[] range(Matcher m) {
        String endMonth = m.group(5);
        String endYear = m.group(6);
        LocalDate end = of(m.group(4), endMonth, endYear);
        LocalDate start = of(m.group(1), m.group(2) != null ? m.group(2) : endMonth, m.group(3) != null ? m.group(3) : endYear);
        return new LocalDate[] {start, end};
    }
}
