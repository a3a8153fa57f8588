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
 * The conclusions an evaluation collects are the facts in the default entry point when the rules settle: those no rule
 * matches (the KieBase is immutable, and Drools drops such a fact from its own store), never one that truth
 * maintenance took back on the way, and never one a rule put in another entry point.
 */
class LiveFactsTest {

    /** A Silver partner: 2,000 active entitlements in a mature market, one person qualified by exams. */
    private static final PartnerFacts SILVER = Partners.mature()
            .associatedCustomer("a.onmicrosoft.com", "EXCHANGE_ONLINE", 2000).byExams("p-1").build();

    @Test
    void conclusionsNoRuleNamesAreCollected() throws Exception {
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(RulesCopy.SEED));

        Evaluation evaluation = rules.evaluate(SILVER);

        // No seed rule has a Verdict or a Gap in its conditions.
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

    @Test
    void aFactARuleKeepsInAnotherEntryPointIsNotAConclusion(@TempDir Path dir) throws Exception {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("audit.drl"), """
                package rules;

                import dev.partnertier.model.*;

                rule "Every verdict is copied for an audit"
                when
                    Verdict()
                then
                    drools.getEntryPoint( "audit" ).insert( new Verdict( Tier.GOLD ) );
                end

                rule "An audit copy is kept"
                when
                    Verdict() from entry-point "audit"
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        Evaluation evaluation = rules.evaluate(SILVER);

        assertThat(evaluation.firedRules()).extracting(FiredRule::name).contains("An audit copy is kept");
        assertThat(evaluation.verdict().tier()).isEqualTo(Tier.SILVER);
    }
}
