package dev.partnertier.observability;

/** Makes caller-supplied text safe for a log line: no line breaks or control characters (no forged lines), bounded length. */
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
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        if (text.length() > MAX) {
            out.append('…');
        }
        return out.toString();
    }
}
