package dev.partnertier.contract;

import java.util.Comparator;

/**
 * The order a reader expects of JSON paths: {@code customers[2]} before {@code customers[10]}, as the entries come in
 * the request. Runs of digits compare as numbers, everything else as text ("natural" order); two paths that read as
 * the same numbers ({@code a[02]}, {@code a[2]}) are told apart as text, so the order is consistent with equals.
 */
final class JsonPathOrder implements Comparator<String> {

    static final JsonPathOrder INSTANCE = new JsonPathOrder();

    private JsonPathOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (isDigit(x) && isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byNumber = compareNumbers(a.substring(i, endA), b.substring(j, endB));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        return byRest != 0 ? byRest : a.compareTo(b); // a[02] and a[2] are two paths: consistent with equals
    }

    /** Two runs of digits as numbers of any length: fewer significant digits first, then digit by digit. */
    private static int compareNumbers(String a, String b) {
        String x = stripZeros(a);
        String y = stripZeros(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    private static String stripZeros(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') {
            k++;
        }
        return digits.substring(k);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
