package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Errors are listed in the order their entries come in the request, not as text sorts them. */
class JsonPathOrderTest {

    @Test
    void indexesCompareAsNumbers() {
        List<String> sorted = Stream.of("customers[10].tenantId", "customers[2].workloads[11].activeUsers", "partnerId",
                "customers[2].workloads[3].activeUsers", "customers[2]", "customers[1].tenantId", "customers[02].x", "")
                .sorted(JsonPathOrder.INSTANCE).toList();

        assertThat(sorted).containsExactly("", "customers[1].tenantId", "customers[2]", "customers[2].workloads[3].activeUsers",
                "customers[2].workloads[11].activeUsers", "customers[02].x", "customers[10].tenantId", "partnerId");
    }

    @Test
    void numbersLongerThanALongStillCompare() {
        assertThat(JsonPathOrder.INSTANCE.compare("a[99999999999999999999]", "a[100000000000000000000]")).isNegative();
        assertThat(JsonPathOrder.INSTANCE.compare("a[7]", "a[7]")).isZero();
    }
}
