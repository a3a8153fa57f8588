package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A count too large or too small for Java's {@code long} is said by the bound the request records declare, as a count
 * within {@code long} but past that bound is, so the caller learns the range either way.
 */
class NumbersBeyondLongTest {

    private static final PartnerReader READER = new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE);
    private static final String FIELD = "customers[0].workloads[0].activeUsers";

    private static List<String> errors(String activeUsers, Locale language) {
        String body = "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[{\"tenantId\":\"t\",\"workloads\":"
                + "[{\"workload\":\"YAMMER\",\"activeUsers\":" + activeUsers + "}]}]}";
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> READER.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        assertThat(e).as("refused: " + activeUsers).isNotNull();
        return e.errors().stream().map(f -> f.field() + ": " + f.message(language)).toList();
    }

    @Test
    void aCountBeyondLongNamesTheUpperBoundAsACountJustPastItDoes() {
        assertThat(errors("123456789012345678901234567890", Locale.ENGLISH))
                .containsExactly(FIELD + ": must be less than or equal to 100,000,000")
                .isEqualTo(errors("100000001", Locale.ENGLISH));
    }

    @Test
    void aNegativeCountBeyondLongNamesTheLowerBoundAsMinusOneDoes() {
        assertThat(errors("-123456789012345678901234567890", Locale.ENGLISH))
                .containsExactly(FIELD + ": must be greater than or equal to 0")
                .isEqualTo(errors("-1", Locale.ENGLISH));
    }

    @Test
    void inKoreanToo() {
        assertThat(errors("99999999999999999999", Locale.KOREAN)).containsExactly(FIELD + ": 100,000,000 이하여야 합니다");
    }
}
