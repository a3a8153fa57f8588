package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.Translations;

/**
 * Compile errors are reported where the analyst made the mistake, with a plain hint: each case is a real edit of
 * the seed rules, as an analyst would make it, compiled with every other seed file.
 */
class CompileProblemsTest {

    private static final String SILVER_MATURE = "    insertLogical( new Threshold( Level.SILVER, Requirement.PERFORMANCE, 2000, Market.MATURE ) );";
    private static List<RuleFile> seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = RuleFiles.read(RulesCopy.SEED).stream().filter(f -> f.path().endsWith(".drl")).toList();
    }

    // --- the table: errors in a consequence, at the threshold's own line -------------------------------

    @Test
    void aNumberWithSeparatorsIsReportedAtItsLineAndColumn() {
        RuleProblem error = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("2000", "2,000")));
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(error.column()).isEqualTo(SILVER_MATURE.indexOf("2000") + 1);
        assertThat(error.lineGuessed()).isFalse();
        assertThat(error.hint().key()).isEqualTo("number.separators");
        assertThat(error.hint().text()).isEqualTo("Write numbers without separators: 2000, not 2,000.");
        assertThat(error.message()).contains("The constructor Threshold");
    }

    @Test
    void aNumberInQuotesIsReportedAtItsLine() {
        RuleProblem error = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("2000", "\"2000\"")));
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(error.column()).isEqualTo(SILVER_MATURE.indexOf("2000") + 1);
        assertThat(error.hint().text()).isEqualTo("Write numbers without quotes: 2000, not \"2000\".");
    }

    @Test
    void aMissingSemicolonIsReportedAtTheEndOfItsLine() {
        String withoutSemicolon = SILVER_MATURE.substring(0, SILVER_MATURE.length() - 1);
        RuleProblem error = onlyError(edit("performance.drl", SILVER_MATURE, withoutSemicolon));
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(error.column()).isEqualTo(withoutSemicolon.length() + 1);
        assertThat(error.hint().key()).isEqualTo("semicolon");
        assertThat(error.message()).contains("insert \";\"");
    }

    @Test
    void aRuleNameLeftOpenIsReportedWhereItOpens() {
        String file = """
                package rules;

                import dev.partnertier.model.*;

                // A rule added by an analyst, its name's closing quote forgotten.


                rule "never closed
                    @description("Never compiles.")
                when
                    Partner()
                then
                    insertLogical( new Threshold( Level.SILVER, Requirement.EXAMS, 1 ) );
                end
                """;
        RuleProblem error = onlyError(with(new RuleFile("new.drl", file)));
        assertThat(error.file()).isEqualTo("new.drl");
        assertThat(error.line()).isEqualTo(8);
        assertThat(error.column()).isEqualTo(6);
        assertThat(error.lineGuessed()).isFalse();
        assertThat(error.hint().key()).isEqualTo("quote.open");
    }

    @Test
    void aFileCutShortInsideARuleSaysSoAtItsLastLine() {
        String content = seed.stream().filter(f -> f.path().equals("performance.drl")).findFirst().orElseThrow().content();
        String cut = content.substring(0, content.indexOf(SILVER_MATURE) + "    inser".length()); // saved mid-word
        RuleProblem error = onlyError(edit("performance.drl", content, cut));
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(error.column()).isEqualTo("    inser".length() + 1);
        assertThat(error.lineGuessed()).isTrue();
        assertThat(error.hint().text()).isEqualTo("The file ends inside the rule \"Silver performance threshold in a mature market\", "
                + "before its end: if the file was saved or copied in the middle of an edit, save it again whole; otherwise finish "
                + "the rule and add a line with end after its then part.");
    }

    // --- the other common mistakes ---------------------------------------------------------------------------

    @Test
    void aCommaLeftOutOfAListIsReportedAtTheValueAfterItWithoutJavasAdviceToDeleteIt() {
        String list = "\"YAMMER\", \"OFFICE_365_PROPLUS\"";
        RuleProblem error = onlyError(edit("workloads.drl", list, "\"YAMMER\" \"OFFICE_365_PROPLUS\""));
        assertThat(error.file()).isEqualTo("workloads.drl");
        assertThat(error.line()).isEqualTo(lineOf("workloads.drl", list));
        assertThat(error.column()).isEqualTo(editedText().line(error.line()).indexOf("\"OFFICE_365_PROPLUS\"") + 1);
        assertThat(error.hint().text()).startsWith("Two values follow each other without a comma: add a comma before \"OFFICE_365_PROPLUS\"");
    }

    @Test
    void aMissingClosingParenthesisInAConsequenceIsReportedAtItsLine() {
        RuleProblem error = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace(") );", ");")));
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(error.hint().key()).isEqualTo("parenthesis.close");
    }

    @Test
    void aParenthesisNeverClosedInAConditionIsReportedAtItsLineAsAGuess() {
        String condition = "    Partner( market == Market.MATURE )";
        List<RuleProblem> errors = errors(edit("performance.drl", condition, "    Partner( market == Market.MATURE"));
        assertThat(errors).first().satisfies(error -> {
            assertThat(error.line()).isEqualTo(lineOf("performance.drl", condition));
            assertThat(error.lineGuessed()).isTrue();
            assertThat(error.hint().key()).isEqualTo("parenthesis.open");
            // the parser's own position, where it stopped, said in words and not as a second line number
            assertThat(error.message()).isEqualTo("Drools stopped at line " + (error.line() + 1) + ": mismatched input 'then' in "
                    + "rule \"Silver performance threshold in a mature market\"");
        });
    }

    @Test
    void aParenthesisLeftOpenInAnAnnotationIsReportedAtItsLineNotPastTheEndOfTheFile() {
        String description = "    @description(\"The qualified individuals Silver needs.\")";
        RuleProblem error = onlyError(edit("exams.drl", description, description.substring(0, description.length() - 1)));
        assertThat(error.line()).isEqualTo(lineOf("exams.drl", description));
        assertThat(error.lineGuessed()).isTrue();
        assertThat(error.hint().key()).isEqualTo("parenthesis.open");
        assertThat(error.message()).startsWith("Drools stopped at line ");
    }

    @Test
    void aCommentNeverClosedIsReportedWhereItOpens() {
        String gold = "rule \"Gold exam threshold\"";
        RuleProblem error = onlyError(edit("exams.drl", gold, "/* the old threshold\n" + gold));
        assertThat(error.line()).isEqualTo(lineOf("exams.drl", gold));
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.hint().key()).isEqualTo("comment.open");
        assertThat(error.hint().text()).isEqualTo("A comment opened with /* on this line is never closed with */, so Drools "
                + "reads the rest of the file as the comment: add */ where the comment should end.");
    }

    @Test
    void aCommentClosedLaterDoesNotTakeTheBlameForAnotherError() {
        String gold = "rule \"Gold exam threshold\"";
        List<RuleProblem> errors = errors(edit("exams.drl", gold, "/* the old threshold */\n" + gold.replace("rule", "rlue")));
        assertThat(errors).noneMatch(e -> e.hint() != null && e.hint().key().equals("comment.open"));
    }

    @Test
    void aRuleWithoutEndIsReportedAtItsLastLineAsAGuess() {
        String then = SILVER_MATURE + "\nend\n";
        RuleProblem error = onlyError(edit("performance.drl", then, SILVER_MATURE + "\n\n"));
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(error.lineGuessed()).isTrue();
        assertThat(error.hint().text()).isEqualTo("The rule \"Silver performance threshold in a mature market\" has no end: "
                + "add a line with end after its then part.");
    }

    @Test
    void aMisspeltFieldNamesTheNearestField() {
        List<RuleProblem> errors = errors(edit("performance.drl", "Threshold( requirement ==", "Threshold( requirment =="));
        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.file()).isEqualTo("performance.drl");
            assertThat(editedText().line(error.line())).contains("requirment");
            assertThat(error.column()).isEqualTo(editedText().line(error.line()).indexOf("requirment") + 1);
            assertThat(error.hint().text()).isEqualTo("Threshold has no field \"requirment\". Did you mean requirement? "
                    + "Its fields are level, requirement, required, market.");
        });
    }

    /** MVEL's other shapes: errors nested or one after another, brackets in an error, the package as the analyst wrote it. */
    @Test
    void mvelsErrorsAreUnwrappedAndOnlyTheirFactPackageIsDropped() {
        RuleProblem nested = new RuleProblem("ERROR", "a.drl", 3, 5, "Unable to Analyse Expression market == dev.partnertier.model.Market.MATUR:\r\n"
                + "[Error: could not resolve: [Error: no such field: dev.partnertier.model.Market.MATUR]]\r\n[Near : {... MATUR ....}]\r\n[Line: 1, Column: 9]");
        assertThat(CompileProblems.withPlainExpressionError(nested).message()).isEqualTo("Unable to Analyse Expression "
                + "market == dev.partnertier.model.Market.MATUR: could not resolve: no such field: Market.MATUR");
        RuleProblem two = new RuleProblem("ERROR", "a.drl", 3, 5, "Unable to Analyse Expression x > 1:\n[Error: one]\n[Error: two]\n");
        assertThat(CompileProblems.withPlainExpressionError(two).message()).isEqualTo("Unable to Analyse Expression x > 1: one two");
        RuleProblem brackets = new RuleProblem("ERROR", "a.drl", 3, 5, "Unable to Analyse Expression market.nosuch(new String[0]) == 1:\n"
                + "[Error: unable to resolve method using strict-mode: dev.partnertier.model.Market.nosuch([Ljava.lang.String;)]\n"
                + "[Near : {... market.nosuch(new String[0]) == 1 ....}]\n             ^\n[Line: 1, Column: 1]");
        assertThat(CompileProblems.withPlainExpressionError(brackets).message()).isEqualTo("Unable to Analyse Expression "
                + "market.nosuch(new String[0]) == 1: unable to resolve method using strict-mode: Market.nosuch([Ljava.lang.String;)");
        RuleProblem other = new RuleProblem("ERROR", "a.drl", 3, 5, "Rule Compilation error\n[Error: kept]");
        assertThat(CompileProblems.withPlainExpressionError(other)).isSameAs(other);
    }

    /**
     * MVEL's message is one line, at the problem's own place: its excerpt, caret and position inside the expression
     * ("Column: 4" beside the problem's column 29) are gone, and the fact type is named as the rules write it.
     */
    @Test
    void aConditionDroolsCannotAnalyseIsSaidOnOneLineWithoutAPositionOfItsOwn() {
        List<RuleProblem> errors = errors(edit("performance.drl", "Threshold( requirement ==", "Threshold( requirment =="));
        assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error.message())
                .isEqualTo("Unable to Analyse Expression requirment == Requirement.PERFORMANCE: "
                        + "unable to resolve method using strict-mode: Threshold.requirment()"));
        assertThat(errors(edit("performance.drl", "    Partner( market == Market.MATURE )", "    Partner( country == \"KR\" )")))
                .isNotEmpty().allSatisfy(error -> assertThat(error.message()).doesNotContainPattern("\\R|\\[Near|\\[Line|dev\\.partnertier"));
    }

    @Test
    void aMisspeltValueNamesTheNearestValueInAConditionAndInAConsequence() {
        String condition = "    Partner( market == Market.MATURE )";
        RuleProblem inCondition = errors(edit("performance.drl", condition, "    Partner( market == Market.MATUR )")).get(0);
        assertThat(inCondition.line()).isEqualTo(lineOf("performance.drl", condition));
        assertThat(inCondition.hint().text()).startsWith("Market has no value \"MATUR\". Did you mean MATURE?");

        RuleProblem inConsequence = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("Level.SILVER", "Level.SILVR")));
        assertThat(inConsequence.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(inConsequence.column()).isEqualTo(SILVER_MATURE.indexOf("SILVER") + 1);
        assertThat(inConsequence.hint().text()).startsWith("Level has no value \"SILVR\". Did you mean SILVER?");
    }

    @Test
    void aValueWrittenAsATextThatNamesNoValueIsAnErrorAtItsConditionNotARuleThatNeverFires() {
        String condition = "    Partner( market == Market.MATURE )";
        String edited = "    Partner( market == \"MATUR\" )";
        RuleProblem error = onlyError(edit("performance.drl", condition, edited));
        assertThat(error.file()).isEqualTo("performance.drl");
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", condition));
        assertThat(error.column()).isEqualTo(edited.indexOf("market") + 1);
        assertThat(error.lineGuessed()).isFalse();
        assertThat(error.message()).isEqualTo("Market has no value \"MATUR\", so the condition market == \"MATUR\" is never true");
        assertThat(error.hint().text()).isEqualTo("Market has no value \"MATUR\". Did you mean MATURE? Its values are MATURE, EMERGING.");

        RuleProblem negated = onlyError(edit("performance.drl", condition, "    Partner( market != \"EMERGIN\" )"));
        assertThat(negated.message()).isEqualTo("Market has no value \"EMERGIN\", so the condition market != \"EMERGIN\" is always true");

        // A text field compared with any text, and a text matched against a pattern, are what they look like
        List<RuleFile> texts = edit("performance.drl", condition,
                "    Partner( market == Market.MATURE, partnerId == \"MATUR\", partnerId matches \"MAT.*\", market matches \"MAT.*\" )");
        assertThatCode(() -> new RuleCompiler().compile(texts)).doesNotThrowAnyException();
        // As Drools runs it, a text that names a value is that value
        List<RuleFile> named = edit("performance.drl", condition, "    Partner( market == \"MATURE\" )");
        assertThatCode(() -> new RuleCompiler().compile(named)).doesNotThrowAnyException();
    }

    @Test
    void aTextComparedWithANumberIsAnErrorAtItsConditionNotAFailureOfTheRuleThatInsertedTheFact() {
        String condition = "    $entitlements : ActiveEntitlements( total >= $required )";
        RuleProblem error = onlyError(edit("performance.drl", condition, "    $entitlements : ActiveEntitlements( total >= \"lots\" )"));
        assertThat(error.file()).isEqualTo("performance.drl"); // not entitlements.drl, whose consequence inserts the fact
        assertThat(error.line()).isEqualTo(lineOf("performance.drl", condition));
        assertThat(error.column()).isEqualTo(condition.indexOf("total") + 1);
        assertThat(error.message()).isEqualTo("the condition total >= \"lots\" compares a number with a text that is not one, "
                + "which fails when the rules run");
        assertThat(error.hint().key()).isEqualTo("field.number");
        assertThat(error.hint().text()).contains("the text \"lots\"");

        // As Drools runs it, "2000" is 2000
        List<RuleFile> number = edit("performance.drl", condition, "    $entitlements : ActiveEntitlements( total >= \"2000\" )");
        assertThatCode(() -> new RuleCompiler().compile(number)).doesNotThrowAnyException();
        // "2,000" and " 2000" compile in Drools too, but MVEL cannot read them when the rules run
        for (String separated : List.of("2,000", " 2000")) {
            RuleProblem quoted = onlyError(edit("performance.drl", condition,
                    "    $entitlements : ActiveEntitlements( total >= \"" + separated + "\" )"));
            assertThat(quoted.line()).isEqualTo(lineOf("performance.drl", condition));
            assertThat(quoted.hint().text()).isEqualTo("Write numbers without quotes: 2000, not \"" + separated + "\".");
        }
    }

    @Test
    void aTrueOrFalseFieldComparedWithAnotherTextIsAnErrorAtItsCondition() {
        // Drools reads every text but "true" (in any case) as false: met == "yes" compiles and means met == false.
        String condition = "    $unmet : RequirementResult( met == false )";
        String edited = "    $unmet : RequirementResult( met == \"yes\" )";
        List<RuleProblem> errors = errors(edit("tier.drl", condition, edited)); // the condition is in two rules
        assertThat(errors).hasSize(2).extracting(RuleProblem::line).allSatisfy(line -> assertThat(editedText().line(line)).isEqualTo(edited));
        RuleProblem error = errors.get(0);
        assertThat(error.line()).isEqualTo(lineOf("tier.drl", condition));
        assertThat(error.column()).isEqualTo(edited.indexOf("met ==") + 1);
        assertThat(error.message()).isEqualTo("the condition met == \"yes\" compares a field that is true or false with a text, "
                + "which Drools reads as false: it means met == false");
        assertThat(error.hint().key()).isEqualTo("field.boolean");
        assertThat(error.hint().text()).isEqualTo("met is true or false, never a text: write met == true or met == false, "
                + "without quotes (met alone means met == true).");

        RuleProblem negated = errors(edit("tier.drl", condition, "    $unmet : RequirementResult( met != \"no\" )")).get(0);
        assertThat(negated.message()).endsWith("it means met != false");
        // a text Drools reads as what it says is left to it, as "2000" is for a number
        for (String text : List.of("false", "FALSE")) {
            assertThatCode(() -> new RuleCompiler().compile(edit("tier.drl", condition, "    $unmet : RequirementResult( met == \"" + text + "\" )")))
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aRuleNameWithoutQuotesIsToldToHaveThem() {
        String name = "rule \"Gold exam threshold\"";
        RuleProblem error = errors(edit("exams.drl", name, "rule Gold exam threshold")).get(0);
        assertThat(error.line()).isEqualTo(lineOf("exams.drl", name));
        assertThat(error.column()).isEqualTo("rule ".length() + 1);
        assertThat(error.hint().key()).isEqualTo("rule.name.quotes");
        assertThat(error.hint().text()).isEqualTo("A rule's name is written in double quotes: rule \"Gold exam threshold\".");
    }

    @Test
    void aSalienceThatIsNoWholeNumberIsToldWhatItTakes() {
        String salience = "    salience -10\n";
        RuleProblem error = errors(edit("entitlements.drl", salience, "    salience -1O\n")).get(0);
        assertThat(error.line()).isEqualTo(lineOf("entitlements.drl", salience));
        assertThat(error.column()).isEqualTo(salience.indexOf("-") + 1);
        assertThat(error.hint().key()).isEqualTo("salience.number");
        assertThat(error.hint().text()).isEqualTo("A salience is a whole number, as -10 or 5: -1O is not one (a letter O for "
                + "the digit 0, or l for 1, looks the same).");
    }

    @Test
    void aValueOfAnotherKindInAConditionNamesTheValuesOfTheFieldsKind() {
        String condition = "LevelResult( level == Level.GOLD";
        RuleProblem error = onlyError(edit("tier.drl", condition, "LevelResult( level == Tier.GOLD"));
        assertThat(error.line()).isEqualTo(lineOf("tier.drl", condition));
        assertThat(error.hint().key()).isEqualTo("value.kind");
        assertThat(error.hint().text()).isEqualTo("This condition compares a Level with a Tier, which are never equal: compare "
                + "it with one of Level's values, SILVER, GOLD (written Level.GOLD).");
    }

    @Test
    void anAnnotationGivenTwiceIsReportedAtTheSecondNamingTheFirst() {
        String description = "    @description(\"The qualified individuals Silver needs.\")\n";
        RuleProblem error = onlyError(edit("exams.drl", description, description + "    @description(\"Reworded.\")\n"));
        assertThat(error.line()).isEqualTo(lineOf("exams.drl", description) + 1);
        assertThat(error.column()).isEqualTo(5);
        assertThat(error.hint().key()).isEqualTo("annotation.repeated");
        assertThat(error.hint().text()).isEqualTo("A rule takes one @description: keep this line or line "
                + lineOf("exams.drl", description) + ", and delete the other.");
    }

    @Test
    void aHashCommentInAThenPartIsToldToBeASlashComment() {
        String then = "then\n    insertLogical( new Threshold( Level.SILVER, Requirement.EXAMS";
        List<RuleProblem> errors = errors(edit("exams.drl", then, then.replace("then\n", "then\n    # Silver needs one\n")));
        // Java says it three ways (an invalid character, a type "needs", a missing ;): one mistake, said once
        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(lineOf("exams.drl", then) + 1);
            assertThat(error.column()).isEqualTo(5);
            assertThat(error.hint().key()).isEqualTo("comment.hash");
        });
        assertThat(errors.get(0).hint().text()).isEqualTo("A then part is Java, where a comment starts with //, not #: "
                + "write // Silver needs one.");
        // the comment as written, quotes and slashes too
        RuleProblem quoted = onlyError(edit("exams.drl", then, then.replace("then\n", "then\n    # \"one\", see http://x\n")));
        assertThat(quoted.hint().text()).endsWith("write // \"one\", see http://x.");
    }

    @Test
    void oneMistakeSaidSeveralWaysIsSaidOnceAndOtherProblemsAllStay() {
        Hint semicolon = Hint.of("semicolon");
        RuleProblem first = new RuleProblem("ERROR", "a.drl", 3, 5, "one way", semicolon, false);
        List<RuleProblem> problems = List.of(first,
                new RuleProblem("ERROR", "a.drl", 3, 5, "another way", semicolon, false),       // the same mistake
                new RuleProblem("ERROR", "a.drl", 3, 5, "a third", Hint.of("quote.open"), false), // another hint
                new RuleProblem("ERROR", "a.drl", 3, 6, "next to it", semicolon, false),        // another place
                new RuleProblem("WARNING", "a.drl", 3, 5, "a warning", semicolon, false),       // not an error
                new RuleProblem("ERROR", "a.drl", 3, 5, "no hint"),
                new RuleProblem("ERROR", "a.drl", 3, 5, "no hint"));
        assertThat(CompileProblems.onePerMistake(problems)).hasSize(problems.size() - 1).doesNotContain(problems.get(1))
                .startsWith(first);
    }

    @Test
    void aCommentNeverClosedLeavesAnEarlierMistakeItsOwnError() {
        String gold = "rule \"Gold exam threshold\"";
        List<RuleProblem> errors = errors(edit("exams.drl", "Partner()\nthen\n    insertLogical( new Threshold( Level.SILVER",
                "Partner()\nthne\n    insertLogical( new Threshold( Level.SILVER").stream()
                .map(f -> f.path().equals("exams.drl") ? new RuleFile(f.path(), f.content().replace(gold, "/* the old threshold\n" + gold)) : f)
                .toList());
        assertThat(errors).extracting(e -> e.hint() == null ? null : e.hint().key()).containsExactly("keyword.near", "comment.open");
    }

    @Test
    void anUnknownFactTypeNamesTheNearestType() {
        List<RuleProblem> errors = errors(edit("performance.drl", "$threshold : Threshold( requirement", "$threshold : Thresold( requirement"));
        assertThat(errors).anySatisfy(error -> {
            assertThat(editedText().line(error.line())).contains("Thresold");
            assertThat(error.hint().text()).isEqualTo("There is no fact type \"Thresold\". Did you mean Threshold?");
        });
    }

    @Test
    void aVariableBoundInAPatternWithAnErrorSendsTheAnalystToThatLine() {
        String pattern = "$threshold : Threshold( requirement == Requirement.PERFORMANCE, $required : required )";
        List<RuleProblem> errors = errors(edit("performance.drl", pattern, pattern.replace("Threshold(", "Thresold(")));
        List<RuleProblem> following = errors.stream().filter(e -> !editedText().line(e.line()).contains("Thresold(")).toList();
        assertThat(following).as("the errors that follow from the unknown type, in each rule that has it").hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(error -> {
                    int bound = error.line();
                    while (bound > 1 && !editedText().line(bound).contains("Thresold(")) {
                        bound--; // the pattern with the unknown type in this error's rule
                    }
                    String variable = editedText().line(error.line()).contains("$required") ? "$required" : "$threshold";
                    assertThat(error.hint().text()).isEqualTo(variable + " is bound on line " + bound + ", but not where this line "
                            + "can use it: if line " + bound + " has an error of its own, correct that first (this one may then go "
                            + "away); a name bound inside not, exists or one side of an or cannot be used outside it.");
                });
    }

    @Test
    void aVariableBoundNowhereIsShownHowToBind() {
        String use = "$entitlements : ActiveEntitlements( total >= $required )";
        List<RuleProblem> errors = errors(edit("performance.drl", use, use.replace("$required", "$minimum")));
        assertThat(errors).anySatisfy(error -> assertThat(error.hint().text()).startsWith(
                "$minimum is not bound here: bind it in the when part of this rule before using it, written $minimum : and the field"));
    }

    @Test
    void aMisspeltWordOfDrlNamesTheWordMeant() {
        List<RuleProblem> errors = errors(edit("exams.drl", "\nwhen\n", "\nwehn\n"));
        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(editedText().line(error.line())).isEqualTo("wehn");
            assertThat(error.column()).isEqualTo(1);
            assertThat(error.hint().text()).isEqualTo("\"wehn\" is not a word of DRL here. Did you mean when?");
        });
    }

    @Test
    void aMisspeltThenAloneOnItsLineIsSaidThereNotAtTheLineTheParserStoppedAt() {
        // The parser reads "thne" as the start of a pattern and stops at the next line's insertLogical.
        for (String typo : List.of("thne", "Then")) {
            List<RuleProblem> errors = errors(edit("exams.drl", "    Partner()\nthen\n    insertLogical( new Threshold( Level.SILVER",
                    "    Partner()\n" + typo + "\n    insertLogical( new Threshold( Level.SILVER"));
            assertThat(errors).anySatisfy(error -> {
                assertThat(editedText().line(error.line())).isEqualTo(typo);
                assertThat(error.column()).isEqualTo(1);
                assertThat(error.hint().text()).isEqualTo("\"" + typo + "\" is not a word of DRL here. Did you mean then?");
            });
            // the parser stops again at the rule's end, which is not wrong: that error is said at the misspelt word too
            assertThat(errors).allSatisfy(error -> assertThat(editedText().line(error.line())).isEqualTo(typo));
        }
    }

    @Test
    void anAndAloneOnItsLineIsNoMisspeltEnd() {
        // "and" is one letter from "end": the error after it stays where the parser stopped, without that hint.
        List<RuleProblem> errors = errors(edit("exams.drl", "    Partner()\nthen\n    insertLogical( new Threshold( Level.SILVER",
                "    Partner()\n    and\n    123\nthen\n    insertLogical( new Threshold( Level.SILVER"));
        assertThat(errors).isNotEmpty().noneSatisfy(error -> assertThat(editedText().line(error.line()).strip()).isEqualTo("and"))
                .allSatisfy(error -> assertThat(error.hint() == null ? "" : error.hint().text()).doesNotContain("Did you mean end"));
    }

    @Test
    void aMisspeltVariableNamesTheBindingItMostLikelyMeantInTheWhenAndTheThenPart() {
        int bound = lineOf("exams.drl", "$threshold : Threshold( requirement == Requirement.EXAMS, $required : required )");
        RuleProblem when = errors(edit("exams.drl", "$qualified : QualifiedIndividuals( count >= $required )",
                "$qualified : QualifiedIndividuals( count >= $requried )")).stream()
                .filter(e -> editedText().line(e.line()).contains("$requried")).findFirst().orElseThrow();
        assertThat(when.hint().text()).isEqualTo("$requried is not bound in this rule: did you mean $required, bound on line " + bound + "?");

        int qualified = lineOf("exams.drl", "$qualified : QualifiedIndividuals( count >= $required )");
        RuleProblem then = errors(edit("exams.drl", "insertLogical( new RequirementResult( $threshold, true, $qualified.count() ) );",
                "insertLogical( new RequirementResult( $threshold, true, $qualifed.count() ) );")).stream()
                .filter(e -> editedText().line(e.line()).contains("$qualifed")).findFirst().orElseThrow();
        assertThat(then.hint().text()).isEqualTo("$qualifed is not bound in this rule: did you mean $qualified, bound on line " + qualified + "?");
    }

    @Test
    void aMisspeltHelperOfTheThenPartNamesTheOneMeant() {
        RuleProblem error = errors(edit("exams.drl", "    insertLogical( new Threshold( Level.SILVER", "    insertLogicl( new Threshold( Level.SILVER"))
                .get(0);
        assertThat(editedText().line(error.line())).contains("insertLogicl(");
        assertThat(error.message()).isEqualTo("The method insertLogicl(Threshold) is undefined in a then part")
                .doesNotContain("Rule_"); // not the class Drools generates for the consequence
        assertThat(error.hint().text()).isEqualTo("A then part has no insertLogicl. Did you mean insertLogical? A consequence inserts "
                + "and changes facts with insert, insertLogical, delete, update, modify, retract.");
    }

    @Test
    void aMisspeltMethodOfAFactInTheThenPartNamesTheFieldMeant() {
        RuleProblem error = errors(edit("exams.drl", "insertLogical( new RequirementResult( $threshold, true, $qualified.count() ) );",
                "insertLogical( new RequirementResult( $threshold, true, $qualified.cout() ) );")).get(0);
        assertThat(editedText().line(error.line())).contains("$qualified.cout()");
        assertThat(error.hint().text()).startsWith("QualifiedIndividuals has no field \"cout\". Did you mean count?");
    }

    @Test
    void textAfterTheLastRuleIsReportedAtItsLineNotPastTheEndOfTheFile() {
        String content = seed.stream().filter(f -> f.path().equals("tier.drl")).findFirst().orElseThrow().content();
        RuleProblem error = onlyError(edit("tier.drl", content, content + "this is garbage\n"));
        assertThat(editedText().line(error.line())).isEqualTo("this is garbage");
        assertThat(error.column()).isEqualTo(1);
        assertThat(error.hint().key()).isEqualTo("text.outside-rules");
    }

    @Test
    void aMisspeltRuleKeywordBetweenRulesNamesTheWordMeant() {
        String second = "rule \"A level is not met when one of its requirements is not met\"";
        RuleProblem error = errors(edit("tier.drl", second, second.replace("rule ", "rlue "))).get(0);
        assertThat(editedText().line(error.line())).startsWith("rlue ");
        assertThat(error.hint().text()).isEqualTo("\"rlue\" is not a word of DRL here. Did you mean rule?");
    }

    @Test
    void textBetweenTwoRulesIsReportedAtItsLine() {
        String second = "rule \"A level is not met when one of its requirements is not met\"";
        RuleProblem error = onlyError(edit("tier.drl", second, "  pasted by mistake\n\n" + second));
        assertThat(editedText().line(error.line())).isEqualTo("  pasted by mistake");
        assertThat(error.column()).isEqualTo(3);
        assertThat(error.hint().text()).startsWith("This line is outside every rule");
    }

    @Test
    void aRuleNameUsedTwiceSaysWhereTheOtherIs() throws IOException {
        List<RuleProblem> both = errors(edit("performance.drl", "rule \"Gold performance threshold in every market\"",
                "rule \"Silver exam threshold\""));
        String other = "rule \"Silver exam threshold\"";
        // said at both rules, each naming the other: the edited one is marked wherever the editor has it open
        assertThat(both).extracting(RuleProblem::file).containsExactlyInAnyOrder("performance.drl", "exams.drl");
        assertThat(both).filteredOn(p -> p.file().equals("performance.drl")).singleElement().satisfies(error -> assertThat(error.hint().text())
                .isEqualTo("Two rules are called \"Silver exam threshold\"; the other one is in exams.drl at line "
                        + lineOf("exams.drl", other) + ". Give each rule a name of its own."));
        // a name that differs only by a space at its end looks the same in firedRules and GET /rules
        List<RuleProblem> spaced = errors(edit("performance.drl", "rule \"Gold performance threshold in every market\"",
                "rule \"Silver exam threshold \""));
        assertThat(spaced).extracting(RuleProblem::file).containsExactlyInAnyOrder("performance.drl", "exams.drl");
    }

    @Test
    void aCopyOfAFileBesideItIsSaidToBeOne() {
        RuleFile exams = seed.stream().filter(f -> f.path().equals("exams.drl")).findFirst().orElseThrow();
        // as a file manager names a copy, and sorted before the original ("exams - Copy.drl" < "exams.drl")
        List<RuleProblem> errors = errors(with(new RuleFile("exams - Copy.drl", exams.content())));
        assertThat(errors).extracting(RuleProblem::file).containsExactlyInAnyOrder("exams - Copy.drl", "exams.drl");
        assertThat(errors).filteredOn(e -> e.file().equals("exams - Copy.drl")).singleElement().satisfies(error -> assertThat(
                error.hint().text()).startsWith("Every rule of exams - Copy.drl has the name of a rule of exams.drl, as in a copy "
                        + "of that file: every .drl file of the rules folder is read, so keep copies outside it, or delete this one."));
        assertThat(errors).filteredOn(e -> e.file().equals("exams.drl")).singleElement().satisfies(error -> assertThat(
                error.hint().text()).startsWith("Every rule of exams - Copy.drl has the name of a rule of this file, as in a copy of "
                        + "it: every .drl file of the rules folder is read, so keep copies outside it, or delete exams - Copy.drl."));

        // a file of new rules whose names are all taken from another file: it is the one all of whose rules repeat
        List<RuleProblem> some = errors(with(new RuleFile("bonus.drl", "package rules;\nimport dev.partnertier.model.*;\n"
                + "rule \"Silver exam threshold\"\nwhen\n    Partner()\nthen\nend\n"
                + "rule \"Gold exam threshold\"\nwhen\n    Partner()\nthen\nend\n")));
        assertThat(some).isNotEmpty().allSatisfy(error -> assertThat(error.hint().text()).startsWith("Every rule of bonus.drl has "
                + "the name of a rule of "));
    }

    @Test
    void aCopyWithoutItsPackageLineOrInAnotherPackageIsStillACopy() {
        // Drools would compile either (a name is unique per package) and both rules would fire, under one name in
        // firedRules, GET /rules and the scenarios' expectations, which name rules by their names alone.
        RuleFile exams = seed.stream().filter(f -> f.path().equals("exams.drl")).findFirst().orElseThrow();
        assertThat(exams.content()).contains("package rules;\n");
        for (String header : List.of("", "package rules.copy;\n")) {
            List<RuleProblem> errors = errors(with(new RuleFile("exams2.drl", exams.content().replace("package rules;\n", header))));
            assertThat(errors).extracting(RuleProblem::file).containsExactlyInAnyOrder("exams2.drl", "exams.drl");
            assertThat(errors).allSatisfy(error -> assertThat(error.hint().key()).startsWith("rule.file-copy"));
        }
    }

    @Test
    void aConstructorGivenTooFewValuesShowsHowItIsMade() {
        RuleProblem error = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("Requirement.PERFORMANCE, ", "")));
        assertThat(error.hint().text()).startsWith("Threshold is made with new Threshold(level, requirement, required) | "
                + "new Threshold(level, requirement, required, market)");
    }

    @Test
    void hintsSpeakKoreanToo() {
        RuleProblem error = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("2000", "2,000")));
        assertThat(error.in(Locale.KOREAN).hint().text()).isEqualTo("숫자는 쉼표 없이 쓰세요: 2,000 대신 2000.");
        assertThat(error.in(Locale.FRENCH).hint().text()).isEqualTo("Write numbers without separators: 2000, not 2,000.");
    }

    @Test
    void everyHintHasBothLanguages() {
        Translations.assertComplete(Hint.class, "hints.properties", "hints_ko.properties", 11, true);
    }

    // --- where consequence lines map, whatever the consequence's shape ------------------------------------

    @Test
    void errorsOnAnyLineOfAConsequenceOfAnyShapeAreReportedAtTheirOwnLine() {
        String file = """
                package rules;
                import dev.partnertier.model.*;
                global java.util.List seen;

                rule "body on the line of then"
                when
                    Partner()
                then int a = "x";
                end

                rule "body after a comment, with bindings and blank lines"
                when
                    $p : Partner( $market : market )
                    $t : Threshold( level == Level.GOLD, $required : required )
                then
                    // the comment is part of the consequence's text
                    long fine = $required;

                    int b = "x";
                    int c = "x";
                end
                """;
        List<RuleProblem> errors = errors(with(new RuleFile("shapes.drl", file)));
        assertThat(errors).extracting(RuleProblem::line).containsExactlyInAnyOrder(8, 19, 20);
    }

    // --- mistakes from an analysts' trial (2026-12-03): each had a raw message only, or a hint that misled ---------

    @Test
    void aNumberWithSpacesOrDotsAsSeparatorsSaysHowToWriteIt() {
        RuleProblem spaced = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("2000", "2 000")));
        assertThat(spaced.line()).isEqualTo(lineOf("performance.drl", SILVER_MATURE));
        assertThat(spaced.hint().text()).isEqualTo("Write numbers without separators: 2000, not 2 000.");

        RuleProblem dotted = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("2000", "2.000")));
        assertThat(dotted.column()).isEqualTo(SILVER_MATURE.indexOf("2000") + 1); // at the number, not at "new"
        assertThat(dotted.hint().text()).isEqualTo("DRL reads 2.000 as the decimal number 2, not as 2000: write whole numbers "
                + "without separators, 2000.");

        assertThat(errors(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("2000", "1.500.000")))).isNotEmpty()
                .allSatisfy(e -> assertThat(e.hint().text()).isEqualTo("Write numbers without separators: 1500000, not 1.500.000."));
        // a decimal written as one, on a line with another mistake, is not taken for a separated number
        RuleProblem decimal = onlyError(edit("performance.drl", SILVER_MATURE, SILVER_MATURE.replace("2000", "2000 * 0.750")));
        assertThat(decimal.hint().key()).isEqualTo("constructor");
    }

    @Test
    void aNumberWithSeparatorsInAConditionAndCharactersPastedFromADocumentSaySo() {
        String condition = "    $entitlements : ActiveEntitlements( total >= $required )";
        RuleProblem separated = onlyError(edit("performance.drl", condition, condition.replace("$required", "2,000")));
        assertThat(separated.hint().text()).isEqualTo("Write numbers without separators: 2000, not 2,000.");

        // a no-break space as indentation, and an en dash for a minus sign
        String gold = "    insertLogical( new Threshold( Level.GOLD, Requirement.PERFORMANCE, 4000 ) );";
        List<RuleProblem> spaced = errors(edit("performance.drl", gold, gold.replace(", 4000 )", ",\u00a04000 )")));
        assertThat(spaced).isNotEmpty().allSatisfy(error -> assertThat(error.hint().text()).isEqualTo("This line has the character U+00A0 "
                + "(no-break space), as a document or a web page pastes it, which DRL does not read as \" \": type it again from the keyboard."));
        RuleProblem dashed = errors(edit("entitlements.drl", "    salience -10", "    salience \u201310")).get(0);
        assertThat(dashed.column()).isEqualTo("    salience ".length() + 1);
        assertThat(dashed.hint().key()).isEqualTo("character.pasted");
        assertThat(dashed.hint().args()).containsExactly("en dash", "U+2013", "-");
    }

    @Test
    void typographicQuotesAreNamedAtTheQuote() {
        String name = "rule \"Silver performance threshold in a mature market\"";
        List<RuleProblem> errors = errors(edit("performance.drl", name, name.replace('"', '\u201c').replaceFirst("\u201c$", "\u201d")));
        assertThat(errors).isNotEmpty().allSatisfy(error -> {
            assertThat(error.line()).isEqualTo(lineOf("performance.drl", name));
            assertThat(error.hint().key()).isEqualTo("quote.typographic");
        });
        assertThat(errors.get(0).column()).isEqualTo(name.indexOf('"') + 1);
        assertThat(errors.get(0).hint().text()).startsWith("This line has a typographic quote, \u201c, where DRL needs a straight one");
        assertThat(errors.get(0).message()).isEqualTo("no viable alternative at input '\u201c'"); // the parser shows it as ''
        assertThat(errors).extracting(RuleProblem::column).as("each quote where it is").contains(name.lastIndexOf('"') + 1);
        // a curled quote inside a straight-quoted text is text, not a mistake
        List<RuleProblem> other = errors(edit("performance.drl", "Partner( market == Market.MATURE )",
                "Partner( market == Market.MATUR, partnerId != \"\u201cx\u201d\" )"));
        assertThat(other).isNotEmpty().allSatisfy(error -> assertThat(error.hint().key()).isEqualTo("constant.unknown.near"));
        // a name opened with a straight quote and closed with a curled one: the curled one is the mistake
        RuleProblem closed = onlyError(edit("performance.drl", name, name.replaceFirst("\"$", "\u201d")));
        assertThat(closed.hint().key()).isEqualTo("quote.typographic");
    }

    @Test
    void aNewFileWithoutTheImportSaysToImportTheFactTypesNotThatTheyDoNotExist() {
        List<RuleProblem> errors = errors(with(new RuleFile("bonus.drl", """
                rule "A bonus threshold"
                when
                    Partner()
                then
                    insertLogical( new Threshold( Level.GOLD, Requirement.EXAMS, 3 ) );
                end
                """)));
        assertThat(errors).filteredOn(e -> e.file().equals("bonus.drl")).isNotEmpty().allSatisfy(error -> {
            assertThat(error.hint()).as(error.message()).isNotNull();
            assertThat(error.hint().key()).isEqualTo("import.missing");
            assertThat(error.hint().text()).endsWith("but this file does not import the fact types: start the file with "
                    + "package rules; and import dev.partnertier.model.*; as the other rule files do.");
        });
        assertThat(errors).extracting(e -> e.hint().args().get(0)).contains("Partner", "Threshold", "Level");
        // a type written with its package is named by its own name
        List<RuleProblem> qualified = errors(edit("performance.drl", "new Threshold( Level.GOLD", "new dev.partnertier.model.Thresold( Level.GOLD"));
        assertThat(qualified).anySatisfy(error -> assertThat(error.hint().text()).isEqualTo("There is no fact type \"Thresold\". Did you mean Threshold?"));
    }

    @Test
    void aRuleWithoutThenIsSaidWhereItsThenBelongs() {
        String rule = "    Partner( market == Market.MATURE )\nthen\n" + SILVER_MATURE;
        RuleProblem error = onlyError(edit("performance.drl", rule, "    Partner( market == Market.MATURE )\n" + SILVER_MATURE));
        assertThat(editedText().line(error.line())).isEqualTo(SILVER_MATURE);
        assertThat(error.hint().text()).isEqualTo("The rule \"Silver performance threshold in a mature market\" has no then: add a "
                + "line with then between its conditions and what it records (insertLogical...), here.");
    }

    @Test
    void aMisspeltFieldInABindingNamesTheNearestField() {
        String pattern = "$threshold : Threshold( requirement == Requirement.PERFORMANCE, $required : required )";
        List<RuleProblem> errors = errors(edit("performance.drl", pattern, pattern.replace(": required", ": requried")));
        assertThat(errors).filteredOn(e -> e.message().startsWith("Field Reader")).isNotEmpty().allSatisfy(error -> {
            assertThat(error.column()).isEqualTo(editedText().line(error.line()).indexOf("requried") + 1);
            assertThat(error.hint().text()).isEqualTo("Threshold has no field \"requried\". Did you mean required? "
                    + "Its fields are level, requirement, required, market.");
        });
    }

    @Test
    void aSemicolonAfterAPatternAndAValueInsteadOfATestAreSaidPlainly() {
        String met = "RequirementResult( level == $level, requirement == Requirement.EXAMS, met )";
        RuleProblem semicolons = onlyError(edit("tier.drl", met, met + ";;"));
        assertThat(semicolons.hint().key()).isEqualTo("semicolon.condition");
        assertThat(semicolons.message()).startsWith("mismatched input ';' in rule"); // its position is the problem's own

        RuleProblem value = onlyError(edit("performance.drl", "Partner( market == Market.EMERGING )",
                "Partner( market == Market.MATURE, Market.EMERGING )"));
        assertThat(value.column()).isEqualTo(editedText().line(value.line()).indexOf(", Market.EMERGING") + 3);
        assertThat(value.message()).isEqualTo("Predicate 'Market.EMERGING' must be a Boolean expression");
        assertThat(value.hint().text()).startsWith("Market.EMERGING is a value, not a test: each part of a condition between "
                + "commas must be true or false, and a comma means and.");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static String editedContent;

    private static DrlSource editedText() {
        return new DrlSource(editedContent);
    }

    /** The seed rules with {@code text} replaced in one file; the text must be there. */
    private static List<RuleFile> edit(String path, String text, String replacement) {
        List<RuleFile> files = new ArrayList<>();
        for (RuleFile file : seed) {
            if (file.path().equals(path)) {
                assertThat(file.content()).contains(text);
                editedContent = file.content().replace(text, replacement);
                files.add(new RuleFile(path, editedContent));
            } else {
                files.add(file);
            }
        }
        return files;
    }

    private static List<RuleFile> with(RuleFile added) {
        List<RuleFile> files = new ArrayList<>(seed);
        files.add(added);
        editedContent = added.content();
        return files;
    }

    private static List<RuleProblem> errors(List<RuleFile> files) {
        RulesCompilationException e = catchThrowableOfType(RulesCompilationException.class, () -> new RuleCompiler().compile(files));
        assertThat(e).as("the edit must not compile").isNotNull();
        return e.errors();
    }

    private static RuleProblem onlyError(List<RuleFile> files) {
        List<RuleProblem> errors = errors(files);
        assertThat(errors).as(errors.toString()).hasSize(1);
        return errors.get(0);
    }

    private static int lineOf(String path, String text) {
        String content = seed.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().content();
        Matcher m = Pattern.compile(Pattern.quote(text)).matcher(content);
        assertThat(m.find()).isTrue();
        return content.substring(0, m.start()).split("\n", -1).length;
    }
}
