package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.Tier;
import dev.partnertier.testing.Partners;
import dev.partnertier.testing.RulesCopy;

/**
 * The conclusions an evaluation collects are the facts in working memory when the rules settle: those of classes no
 * rule names (the KieBase is immutable, and Drools' own store keeps no such fact), and never one that truth
 * maintenance took back on the way.
 */
class LiveFactsTest {

    /** A Silver partner: 2,000 active entitlements in a mature market, one person qualified by exams. */
    private static final PartnerFacts SILVER = Partners.mature()
            .associatedCustomer("a.onmicrosoft.com", "EXCHANGE_ONLINE", 2000).byExams("p-1").build();

    @Test
    void conclusionsNoRuleNamesAreCollected() throws Exception {
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(RulesCopy.SHIPPED));

        Evaluation evaluation = rules.evaluate(SILVER);

        // No shipped rule has a Verdict or a Gap in its conditions.
        assertThat(evaluation.verdict().tier()).isEqualTo(Tier.SILVER);
        assertThat(evaluation.gaps()).extracting(g -> g.level().name() + " " + g.requirement().name())
                .containsExactly("GOLD PERFORMANCE", "GOLD EXAMS");
    }

    @Test
    void aConclusionTakenBackBeforeTheRulesSettleIsNotCollected(@TempDir Path dir) throws Exception {
        RulesCopy.copy(dir);
        // Holds only until the levels are decided; truth maintenance then deletes it. Kept, it would be a second verdict.
        Files.writeString(dir.resolve("provisional.drl"), """
                package rules;

                import dev.partnertier.model.*;

                rule "A provisional verdict holds until a level is decided"
                    salience 100
                when
                    Partner()
                    not LevelResult()
                then
                    insertLogical( new Verdict( Tier.NONE ) );
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        Evaluation evaluation = rules.evaluate(SILVER);

        assertThat(evaluation.firedRules()).extracting(FiredRule::name).contains("A provisional verdict holds until a level is decided");
        assertThat(evaluation.verdict().tier()).isEqualTo(Tier.SILVER);
    }
}
