package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;


/** Of the rules a failure names, the one a save edited is where the analyst is pointed. */
class EditedRulesTest {

    private static final String TIER = """
            package rules;

            rule "Gold"
            when
                Partner( )
            then
            end

            // rule "Silver" was here
            rule "Silver"
            when
                Partner( )
            then
            end

            query "Golds"
                Verdict( )
            end
            """;

    private static final RuleInfo GOLD = new RuleInfo("Gold", "tier.drl", 3, "");
    private static final RuleInfo SILVER = new RuleInfo("Silver", "tier.drl", 10, "");
    private static final RuleInfo SUM = new RuleInfo("Sum", "sums.drl", 3, "");

    @Test
    void theRuleWhoseOwnTextChangedIsChosenOverOneBeforeItInTheSameFile() {
        String edited = TIER.replace("rule \"Silver\"\nwhen\n    Partner( )", "rule \"Silver\"\nwhen\n    Partner( name != null )");
        EditedRules rules = new EditedRules(List.of(new RuleFile("tier.drl", TIER)), List.of(new RuleFile("tier.drl", edited)));

        assertThat(rules.among(List.of(GOLD, SILVER))).contains(SILVER);
    }

    @Test
    void aRuleInANewFileIsChosenOverOneInAFileNotTouched() {
        EditedRules rules = new EditedRules(List.of(new RuleFile("sums.drl", "rule \"Sum\" when then end")),
                List.of(new RuleFile("sums.drl", "rule \"Sum\" when then end"), new RuleFile("extra.drl", "rule \"Extra\" when then end")));

        assertThat(rules.among(List.of(SUM, new RuleInfo("Extra", "extra.drl", 1, "")))).map(RuleInfo::name).contains("Extra");
    }

    @Test
    void whatASaveDidToEachFileAndWhereAFileFirstDiffers() {
        String edited = TIER.replace("    Partner( )\nthen\nend\n\n// rule", "    Partner( name != null )\nthen\nend\n\n// rule");
        EditedRules rules = new EditedRules(
                List.of(new RuleFile("tier.drl", TIER), new RuleFile("gone.drl", "rule \"Gone\" when then end")),
                List.of(new RuleFile("tier.drl", edited), new RuleFile("new.drl", "rule \"New\" when then end")));

        assertThat(rules.changes()).containsExactly("deleted gone.drl", "added new.drl", "changed tier.drl");
        assertThat(rules.firstChangedLine("tier.drl")).isEqualTo(5);
        assertThat(rules.firstChangedLine("new.drl")).isEqualTo(1);
        assertThat(rules.firstChangedLine("gone.drl")).isZero();

        String withoutLastNewline = TIER.substring(0, TIER.length() - 1); // only the last newline dropped
        EditedRules trimmed = new EditedRules(List.of(new RuleFile("tier.drl", TIER)), List.of(new RuleFile("tier.drl", withoutLastNewline)));
        assertThat(trimmed.firstChangedLine("tier.drl")).isEqualTo(withoutLastNewline.split("\n", -1).length); // its last line, not past it
    }

    @Test
    void whenOnlyTheFileChangedTheFirstRuleInItIsChosen() {
        EditedRules rules = new EditedRules(List.of(new RuleFile("tier.drl", TIER)), List.of(new RuleFile("tier.drl", "// note\n" + TIER)));

        assertThat(rules.among(List.of(GOLD, SILVER))).contains(GOLD);
    }

    @Test
    void rulesTheSaveDidNotTouchGiveNothing() {
        EditedRules rules = new EditedRules(List.of(new RuleFile("tier.drl", TIER)), List.of(new RuleFile("tier.drl", TIER)));

        assertThat(rules.among(List.of(GOLD, SILVER))).isEmpty();
    }

    @Test
    void aRuleTextRunsFromItsRuleLineToTheNextElementAndAnyInACommentIsPassedOver() {
        DrlSource tier = new DrlSource(TIER);

        assertThat(tier.ruleText("Gold")).startsWith("rule \"Gold\"").endsWith("// rule \"Silver\" was here");
        assertThat(tier.ruleText("Silver")).startsWith("rule \"Silver\"\nwhen").endsWith("end").doesNotContain("Golds");
        assertThat(tier.ruleText("Gol")).isNull();
    }
}
