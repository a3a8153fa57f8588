package dev.partnertier.observability;

/**
 * Makes caller-supplied text safe for a log line: no line breaks or control characters (no forged lines), bounded
 * length; and, for the {@code key=value} lines of decisions and audits, no forged pairs ({@link #value}).
 */
public final class LogText {

    private static final int MAX = 120;

    private LogText() {
    }

    public static String safe(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX + 1));
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            out.append(unsafe(c) ? '?' : c);
        }
        if (text.length() > MAX) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * A value of a {@code key=value} line, as logfmt writes it (https://brandur.org/logfmt): {@link #safe} text, in
     * double quotes with {@code "} and {@code \\} escaped when it is empty or holds a space, {@code =}, {@code "} or
     * {@code \\}. So {@code partnerId=evil tier=GOLD} is written {@code partnerId="evil tier=GOLD"}, not read as a
     * second tier.
     */
    public static String value(String text) {
        if (plain(text)) {
            return text; // the usual partner id, written as it is: one pass, nothing allocated
        }
        String safe = safe(text);
        if (plain(safe)) {
            return safe;
        }
        StringBuilder quoted = new StringBuilder(safe.length() + 2).append('"');
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    /**
     * A character a log line never shows as it is: a control character, a line or paragraph separator, or a
     * bidirectional control (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069), which would make a terminal
     * or a log viewer show the line's text in another order than it has (CVE-2021-42574, "Trojan Source").
     */
    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }

    /** Text a logfmt value can hold as it is: not empty, not too long, no control character, space, =, " or \\. */
    private static boolean plain(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '=' || c == '"' || c == '\\' || unsafe(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
