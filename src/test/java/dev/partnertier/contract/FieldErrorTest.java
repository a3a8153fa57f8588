package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Quantities in complaints are written as the answers write numbers; places in a text as editors show them. */
class FieldErrorTest {

    @Test
    void aQuantityIsWrittenWithACommaEveryThreeDigitsInEveryLanguage() {
        FieldError error = FieldError.of("customers", "field.too-many", 10_001, 10_000L);

        assertThat(error.message()).isEqualTo("has 10,001 entries; at most 10,000 are accepted");
        assertThat(error.message(Locale.KOREAN)).contains("10,001").contains("10,000");
    }

    @Test
    void aLineAndColumnAreWrittenAsEditorsShowThem() {
        assertThat(FieldError.at("", "body.not-json-at", 12_345, 1_002).message())
                .isEqualTo("the body is not valid JSON (line 12345, column 1002)");
    }

    @Test
    void textIsWrittenAsGiven() {
        assertThat(FieldError.of("customers[0].tenantId", "field.duplicate", "tenantId", "\"10000\"", "customers[1].tenantId").message())
                .isEqualTo("duplicate tenantId \"10000\", first given at customers[1].tenantId");
    }
}
