package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Files of the rules folder are read as UTF-8; where one is not, the analyst is told the line and column. */
class Utf8TextTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte NOT_UTF8 = (byte) 0xB8; // a byte EUC-KR writes, never the first of a UTF-8 character

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        assertThat(Utf8Text.decode(bytes(BOM, utf8("rule \"x\"")))).isEqualTo("rule \"x\"");
        assertThat(Utf8Text.decode(utf8("\uFEFF"))).isEmpty();
    }

    @Test
    void theLineAndColumnOfTheFirstByteThatIsNotUtf8CountCharactersNotTheMark() {
        Utf8Text.NotUtf8Exception e = catchThrowableOfType(Utf8Text.NotUtf8Exception.class,
                () -> Utf8Text.decode(bytes(BOM, utf8("a=b\r\nc=한국😀"), new byte[] {NOT_UTF8})));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).as("c, =, two Korean letters and one emoji before it").isEqualTo(6);
        assertThat(e.byteInHex()).isEqualTo("b8");
    }

    @Test
    void onTheFirstLineAfterTheMarkTheColumnStartsAtOne() {
        Utf8Text.NotUtf8Exception e = catchThrowableOfType(Utf8Text.NotUtf8Exception.class,
                () -> Utf8Text.decode(bytes(BOM, utf8("ab"), new byte[] {NOT_UTF8})));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(3);
    }
}
