package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.RulesCopy;

/** Where a DRL file holds a line outside every rule, and where a rule binds a variable, as an analyst reads it. */
class DrlSourceTest {

    @Test
    void noSeedFileHasALineOutsideItsRules() throws IOException {
        for (RuleFile file : RuleFiles.read(RulesCopy.SEED)) {
            if (file.path().endsWith(".drl")) {
                assertThat(new DrlSource(file.content()).strayLine()).as(file.path()).isEmpty();
            }
        }
    }

    @Test
    void everyKindOfFileLevelLineIsInItsPlace() {
        String drl = """
                package rules;
                import dev.partnertier.model.*;
                global java.util.List seen;
                dialect "java"
                no-loop true
                ;
                /* rule "in a comment"
                   this is not code */
                function String twice(String text)
                {
                    if (text.charAt(0) == '\\"') { return ""; }
                    if (text == null) { return ""; }
                    return text + text;
                }
                function int one(
                        int x) {
                    return 1;
                }
                declare Note
                    end : String
                    text : String
                end
                query "notes"
                    Note()
                end
                global java.util.Map<String,
                        Integer> counts;
                global java.util.List out; rule "after a statement"
                when
                then
                end
                rule OneLine when Partner() then end
                rule "two"
                when
                    Partner()
                then
                end
                """;
        assertThat(new DrlSource(drl).strayLine()).isEmpty();
        assertThat(new DrlSource(drl).openQuoteLine()).as("a quote as an escaped character is no quote left open").isEmpty();
    }

    @Test
    void textBetweenRulesOrAfterTheLastIsOutsideThem() {
        String between = "rule \"a\"\nwhen\nthen\nend\n  pasted here\nrule \"b\"\nwhen\nthen\nend\n";
        assertThat(new DrlSource(between).strayLine()).isEqualTo(OptionalInt.of(5));
        String after = "package rules;\nrule \"a\"\nwhen\nthen\nend\n\nthis is garbage\n";
        assertThat(new DrlSource(after).strayLine()).isEqualTo(OptionalInt.of(7));
        String inside = "rule \"a\"\nwhen\nthis is garbage\nthen\nend\n";
        assertThat(new DrlSource(inside).strayLine()).as("inside a rule is the rule's own mistake").isEmpty();
    }

    @Test
    void aBindingIsFoundOnlyInTheWhenPartOfTheSameRuleBeforeItsUse() {
        String drl = """
                rule "first"
                when
                    $r : Threshold()
                then
                end
                rule Second
                when
                    $x$r : Threshold()
                    $t : Threshold( required > 0 )
                    ActiveEntitlements( total >= $t.required(), total > $r.required() )
                then
                    String s = true ? $t : $r;
                end
                """;
        DrlSource source = new DrlSource(drl);
        assertThat(source.boundBefore("$t", 10)).isEqualTo(OptionalInt.of(9));
        assertThat(source.boundBefore("$r", 10)).as("not in the rule before, nor as part of $x$r").isEmpty();
        assertThat(source.boundBefore("$t", 12).getAsInt()).as("not the consequence's own text").isEqualTo(9);
        assertThat(source.boundBefore("$t", 9)).as("not on or after the line that uses it").isEmpty();
    }

    @Test
    void aMisspeltWordOfDrlIsNamedOnlyWhereItStartsItsLine() {
        DrlSource source = new DrlSource("rule \"a\"\nwehn\n    Threshold( level == Level.SILVER )\nEnd\nrlue \"b\"\n");
        List<String> inRule = ErrorHints.LINE_KEYWORDS;
        assertThat(ErrorHints.keywordMeant(source, 2, "wehn", inRule).map(Hint::args)).hasValue(List.of("wehn", "when"));
        assertThat(ErrorHints.keywordMeant(source, 4, "End", inRule).map(Hint::args)).hasValue(List.of("End", "end"));
        assertThat(ErrorHints.keywordMeant(source, 5, "rlue", ErrorHints.FILE_KEYWORDS).map(Hint::args)).hasValue(List.of("rlue", "rule"));
        assertThat(ErrorHints.keywordMeant(source, 3, "level", inRule)).as("a field inside a condition").isEmpty();
        assertThat(ErrorHints.keywordMeant(source, 3, "Threshold", inRule)).as("a fact type").isEmpty();
        assertThat(ErrorHints.keywordMeant(new DrlSource("this is garbage"), 1, "this", ErrorHints.FILE_KEYWORDS))
                .as("then is no word outside a rule").isEmpty();
        DrlSource declared = new DrlSource("declare Role\n    name : String\nend\nrule \"r\"\nRole( name == \"x\" )\nthen\nend\n");
        assertThat(ErrorHints.keywordMeant(declared, 5, "Role", inRule)).as("a type the file declares").isEmpty();
    }
}
