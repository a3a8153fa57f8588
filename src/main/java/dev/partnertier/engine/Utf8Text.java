package dev.partnertier.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file of the rules folder (rules, wording, scenarios), which is read as UTF-8: the Korean wording
 * too, which an editor on Windows may save in a legacy encoding such as EUC-KR instead. A leading byte order mark is
 * dropped (Windows editors write one; Drools and Jackson would read it as a character).
 */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /**
     * The text of these bytes.
     *
     * @throws NotUtf8Exception with the line and column (in characters, from 1, the byte order mark not counted) of
     *         the first byte that is not UTF-8
     */
    public static String decode(byte[] bytes) throws NotUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = withoutByteOrderMark(out.toString());
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.codePointCount(lineStart, before.length()) + 1;
            throw new NotUtf8Exception(line, column, bytes[in.position()]);
        }
        decoder.flush(out);
        out.flip();
        return withoutByteOrderMark(out.toString());
    }

    /** The text without a leading byte order mark, as a file is read (a posted file's text may still hold one). */
    public static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    /** Where a file stops being UTF-8: line and column from 1, and the byte found there. */
    public static final class NotUtf8Exception extends Exception {

        private final int line;
        private final int column;
        private final byte value;

        NotUtf8Exception(int line, int column, byte value) {
            super("not UTF-8 at line " + line + ", column " + column, null, false, false);
            this.line = line;
            this.column = column;
            this.value = value;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** The byte in hex, e.g. {@code b8}. */
        public String byteInHex() {
            return java.util.HexFormat.of().toHexDigits(value);
        }
    }
}
