package dev.partnertier.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.answer.EvaluationResponse.ExcludedView;
import dev.partnertier.model.Market;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.testing.SeedRules;

/**
 * The seed rules' exclusions put every active user that did not count in exactly one line (README, "a figure is
 * never in two lines"): what counted plus what the lines say did not count is what was sent.
 */
class ExcludedFiguresTest {

    private static EvaluationResponse answer(PartnerFacts partner) {
        return answer(partner, "en");
    }

    private static EvaluationResponse answer(PartnerFacts partner, String language) {
        LoadedRules rules = SeedRules.get();
        return Answers.of(partner, rules.rules().evaluate(partner), rules.wording().in(language));
    }

    private static ExcludedView customerLine(EvaluationResponse answer, String tenant) {
        return lines(answer).stream().filter(l -> l.workload() == null && tenant.equals(l.tenantId())).findFirst().orElseThrow();
    }

    private static List<ExcludedView> lines(EvaluationResponse answer) {
        List<ExcludedView> lines = new ArrayList<>();
        answer.excluded().forEach(lines::add);
        return lines;
    }

    @Test
    void aTrialOfAWorkloadThatDoesNotCountIsOneLineWithItsUsersOnce() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        PartnerFacts.CustomerKey t = b.customer("t", Set.of("DELEGATED_ADMIN"));
        b.workload(t, "t", "DYNAMICS_365", 400, true);
        b.workload(t, "t", "EXCHANGE_ONLINE", 100, false);

        EvaluationResponse answer = answer(b.build());

        assertThat(lines(answer)).extracting(ExcludedView::workload, ExcludedView::reason, ExcludedView::activeUsers)
                .containsExactly(tuple("DYNAMICS_365", "WORKLOAD_NOT_ELIGIBLE", 400L));
        assertThat(answer.activeEntitlements()).isEqualTo(100);
    }

    @Test
    void aTrialOfAWorkloadWrittenOtherwiseIsOneLineNamingTheCodeMeant() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        b.workload(b.customer("t", Set.of("DELEGATED_ADMIN")), "t", "Exchange Online", 400, true);

        assertThat(lines(answer(b.build()))).singleElement().satisfies(line -> {
            assertThat(line.reason()).isEqualTo("WORKLOAD_NOT_ELIGIBLE");
            assertThat(line.activeUsers()).isEqualTo(400L);
            assertThat(line.explanation()).contains("EXCHANGE_ONLINE").contains("(400 active users not counted)");
        });
    }

    @Test
    void aTrialOfAWorkloadThatCountsIsATrialLine() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        b.workload(b.customer("t", Set.of("DELEGATED_ADMIN")), "t", "YAMMER", 40, true);

        assertThat(lines(answer(b.build()))).extracting(ExcludedView::reason, ExcludedView::activeUsers)
                .containsExactly(tuple("TRIAL", 40L));
    }

    /** One line per workload sent: a trial and a paid subscription of the same workload are two. */
    @Test
    void whatCountedAndWhatTheLinesSayAddUpToWhatWasSent() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        PartnerFacts.CustomerKey associated = b.customer("a", Set.of("DELEGATED_ADMIN"));
        b.workload(associated, "a", "EXCHANGE_ONLINE", 1000, false);
        b.workload(associated, "a", "YAMMER", 20, true);
        b.workload(associated, "a", "DYNAMICS_365", 300, true);
        b.workload(associated, "a", "DYNAMICS_365", 5, false);
        b.workload(associated, "a", "sharepoint online", 7, true);
        PartnerFacts.CustomerKey unassociated = b.customer("u", Set.of());
        b.workload(unassociated, "u", "EXCHANGE_ONLINE", 50_000, false);
        b.workload(unassociated, "u", "SHAREPOINT_ONLINE", 600, true);
        b.workload(unassociated, "u", "VISIO", 70, true);
        b.workload(unassociated, "u", "VISIO", 8, false);
        long sent = 1000 + 20 + 300 + 5 + 7 + 50_000 + 600 + 70 + 8;

        EvaluationResponse answer = answer(b.build());

        long notCounted = lines(answer).stream().mapToLong(ExcludedView::activeUsers).sum();
        assertThat(answer.activeEntitlements()).isEqualTo(1000);
        assertThat(answer.activeEntitlements() + notCounted).isEqualTo(sent);
        assertThat(lines(answer)).extracting(ExcludedView::tenantId, ExcludedView::workload, ExcludedView::reason, ExcludedView::activeUsers)
                .containsExactlyInAnyOrder(
                        tuple("a", "YAMMER", "TRIAL", 20L),
                        tuple("a", "DYNAMICS_365", "WORKLOAD_NOT_ELIGIBLE", 300L),
                        tuple("a", "DYNAMICS_365", "WORKLOAD_NOT_ELIGIBLE", 5L),
                        tuple("a", "sharepoint online", "WORKLOAD_NOT_ELIGIBLE", 7L),
                        tuple("u", null, "NOT_ASSOCIATED", 50_000L),
                        tuple("u", "SHAREPOINT_ONLINE", "TRIAL", 600L),
                        tuple("u", "VISIO", "WORKLOAD_NOT_ELIGIBLE", 70L),
                        tuple("u", "VISIO", "WORKLOAD_NOT_ELIGIBLE", 8L));
    }

    /** Its users are on its workloads' lines: the customer's own line says so instead of "0 active users not counted". */
    @Test
    void aCustomerWhoseWorkloadsAreAllOnTheirOwnLinesSaysWhereItsUsersAre() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        PartnerFacts.CustomerKey u = b.customer("u", Set.of());
        b.workload(u, "u", "DYNAMICS_365", 300, false);
        b.workload(u, "u", "YAMMER", 20, true);
        PartnerFacts partner = b.build();

        ExcludedView english = customerLine(answer(partner), "u");
        assertThat(english.activeUsers()).isZero();
        assertThat(english.explanation()).startsWith("Customer u does not count: the partner is not its")
                .endsWith("(its workloads do not count either, each on a line of its own with its active users).")
                .doesNotContain("active users not counted");
        assertThat(customerLine(answer(partner, "ko"), "u").explanation())
                .contains("각각 별도 항목에 활성 사용자 수와 함께 표시됩니다").doesNotContain("활성 사용자 0명");
    }

    @Test
    void aCustomerWithAWorkloadOnNoLineOfItsOwnCountsItsUsersOnItsLine() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        PartnerFacts.CustomerKey u = b.customer("u", Set.of());
        b.workload(u, "u", "DYNAMICS_365", 300, false);
        b.workload(u, "u", "EXCHANGE_ONLINE", 40, false);

        ExcludedView line = customerLine(answer(b.build()), "u");
        assertThat(line.activeUsers()).isEqualTo(40L);
        assertThat(line.explanation()).endsWith("(40 active users not counted).");
    }

    @Test
    void aCustomerThatSentNoWorkloadsSaysItsZeroUsers() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        b.customer("u", Set.of());

        assertThat(customerLine(answer(b.build()), "u").explanation()).endsWith("(0 active users not counted).");
    }

    @Test
    void anAssociationWrittenOtherwiseOnACustomerWhoseWorkloadsAreOnTheirOwnLinesSaysBoth() {
        PartnerFacts.Builder b = PartnerFacts.builder().partner("p", Market.MATURE);
        b.workload(b.customer("u", Set.of("delegated admin")), "u", "YAMMER", 20, true);

        assertThat(customerLine(answer(b.build()), "u").explanation())
                .contains("(its workloads do not count either, each on a line of its own with its active users).")
                .contains("Its association \"delegated admin\" is not counted as written: the rules know it as DELEGATED_ADMIN");
    }
}
