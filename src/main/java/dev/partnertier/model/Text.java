package dev.partnertier.model;

import java.util.List;
import java.util.Locale;

/**
 * Wording helpers for the rules' explanations, imported into DRL as functions. Numbers are always written
 * the English way ("2,150") whatever the server's locale, so explanations read the same everywhere.
 */
public final class Text {

    private Text() {
    }

    /** {@link String#format} in English: {@code text("%,d required", 2000)} gives "2,000 required". */
    public static String text(String pattern, Object... args) {
        return String.format(Locale.US, pattern, args);
    }

    /** A count with its noun: {@code quantity(1, "qualified individual")} gives "1 qualified individual", 2 gives "2 qualified individuals". */
    public static String quantity(long n, String noun) {
        return String.format(Locale.US, "%,d %s", n, n == 1 ? noun : noun + "s");
    }

    /** Items joined the English way: "a", "a and b", "a, b and c". */
    public static String listOf(List<String> items) {
        int n = items.size();
        if (n <= 1) {
            return n == 0 ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }
}
