package dev.partnertier.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.model.PartnerFacts;

/**
 * A customer or a person given twice is refused, also when written otherwise (letter case, spaces at either end):
 * counted twice, one customer would double the partner's active entitlements and one person would count as two
 * qualified individuals (seed decisions 1 and 5).
 */
class DuplicateIdsTest {

    private static final PartnerReader READER = new PartnerReader(StrictJson.configure(new ObjectMapper()), RequestLimits.NONE);

    private static PartnerFacts read(String body) {
        return READER.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> errors(String body, Locale language) {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class, () -> read(body));
        assertThat(e).as("refused: " + body).isNotNull();
        return e.errors().stream().map(f -> f.field() + ": " + f.message(language)).toList();
    }

    private static String customers(String first, String second) {
        String customer = "{\"tenantId\":\"%s\",\"associations\":[\"DELEGATED_ADMIN\"],\"workloads\":[{\"workload\":\"EXCHANGE_ONLINE\",\"activeUsers\":2000}]}";
        return "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"customers\":[" + customer.formatted(first) + "," + customer.formatted(second) + "]}";
    }

    private static String people(String first, String second) {
        return "{\"partnerId\":\"p\",\"market\":\"MATURE\",\"individuals\":[{\"id\":\"" + first + "\",\"exams\":[\"70-346\",\"70-347\"]},"
                + "{\"id\":\"" + second + "\",\"certifications\":[\"MCSA_OFFICE_365\"]}]}";
    }

    @Test
    void theSameTenantTwiceIsRefusedAtTheSecond() {
        assertThat(errors(customers("t1", "t1"), Locale.ENGLISH))
                .containsExactly("customers[1].tenantId: duplicate tenantId 't1', first given at customers[0].tenantId");
    }

    @Test
    void aTenantInOtherLetterCaseOrWithSpacesIsTheSameTenant() {
        assertThat(errors(customers("fabrikam.onmicrosoft.com", "FABRIKAM.onmicrosoft.com"), Locale.ENGLISH))
                .containsExactly("customers[1].tenantId: duplicate tenantId 'FABRIKAM.onmicrosoft.com': the same as "
                        + "'fabrikam.onmicrosoft.com' at customers[0].tenantId once letter case and spaces at either end are ignored");
        assertThat(errors(customers("t1", "t1 "), Locale.ENGLISH)).singleElement().asString().startsWith("customers[1].tenantId: duplicate tenantId 't1 ': the same as 't1'");
        assertThat(errors(customers(" t1", "T1"), Locale.KOREAN))
                .containsExactly("customers[1].tenantId: tenantId 'T1'이 중복되었습니다. 대소문자와 앞뒤 공백을 무시하면 customers[0].tenantId의 ' t1'과 같습니다");
    }

    @Test
    void aPersonWithSpacesAtEitherEndIsTheSamePerson() {
        assertThat(errors(people("p1", " p1"), Locale.ENGLISH)).singleElement().asString()
                .isEqualTo("individuals[1].id: duplicate id ' p1': the same as 'p1' at individuals[0].id once spaces at either end are ignored");
        assertThat(errors(people("p1", "p1\\t"), Locale.ENGLISH)).singleElement().asString().startsWith("individuals[1].id: duplicate id 'p1\t'");
    }

    @Test
    void aPersonsIdKeepsItsLetterCase() {
        // a person's id comes from the partner's own systems, where "aB1" and "Ab1" may be two people
        assertThat(read(people("aB1", "Ab1")).people()).extracting(p -> p.fact().id()).containsExactlyInAnyOrder("aB1", "Ab1");
    }

    @Test
    void twoBlankIdsAreRefusedAsBlankNotAlsoAsDuplicates() {
        assertThat(errors(customers(" ", "  "), Locale.ENGLISH))
                .containsExactly("customers[0].tenantId: is required: it is missing, empty or only spaces",
                        "customers[1].tenantId: is required: it is missing, empty or only spaces");
    }

    @Test
    void differentIdsStayDifferentAndAnIdIsKeptAsSent() {
        assertThat(read(customers("t1", "t2")).customerCount()).isEqualTo(2);
        assertThat(read(people("p1", "p2")).people()).hasSize(2);
        PartnerFacts spaced = read(customers("t1 ", "t2"));
        assertThat(spaced.customerCount()).isEqualTo(2);
        assertThat(spaced.customers()).flatExtracting(PartnerFacts.CustomerGroup::tenantIds).as("an id with a space alone is kept as sent").contains("t1 ");
    }
}
