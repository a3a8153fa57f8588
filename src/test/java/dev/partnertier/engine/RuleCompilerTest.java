package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.partnertier.model.Level;
import dev.partnertier.model.PartnerFacts;
import dev.partnertier.model.QualifyingRoute;
import dev.partnertier.model.Requirement;
import dev.partnertier.model.Tier;
import dev.partnertier.testing.Partners;
import dev.partnertier.testing.RulesCopy;
import dev.partnertier.testing.SecondTotalRule;
import dev.partnertier.testing.SeedRules;
import dev.partnertier.testing.ThrowingRule;

class RuleCompilerTest {

    /** Silver, not Gold: 2,000 active entitlements in a mature market, one person qualified by exams. */
    private static final PartnerFacts SILVER = Partners.mature()
            .associatedCustomer("a.onmicrosoft.com", "EXCHANGE_ONLINE", 2000).byExams("p-1").build();

    @TempDir
    Path dir;

    @Test
    void aSyntaxErrorIsRejectedWithItsFileAndLine() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("broken.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Half-written rule"
                when
                    Partner( market == )
                then
                end
                """);

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir)))
                .isInstanceOfSatisfying(RulesCompilationException.class, e -> {
                    assertThat(e.errors()).isNotEmpty();
                    assertThat(e.errors()).allSatisfy(p -> {
                        assertThat(p.file()).isEqualTo("broken.drl");
                        assertThat(p.severity()).isEqualTo("ERROR");
                    });
                    assertThat(e.errors()).anySatisfy(p -> assertThat(p.line()).isEqualTo(6));
                    assertThat(e.getMessage()).contains("broken.drl:6");
                });
    }

    @Test
    void anUnknownFactTypeIsRejectedWithItsFileAndLine() throws IOException {
        Files.writeString(dir.resolve("typo.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Refers to a type that does not exist"
                when
                    Custmer( )
                then
                end
                """);

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir)))
                .isInstanceOfSatisfying(RulesCompilationException.class, e -> assertThat(e.errors())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("typo.drl");
                            assertThat(p.line()).isEqualTo(6);
                            assertThat(p.message()).contains("Custmer");
                        }));
    }

    @Test
    void aFileMayUseWhatAnotherFileDeclaresWhateverTheirOrder() throws IOException {
        RulesCopy.copy(dir);
        // "a-..." is read before "z-...", which declares the type and the function it uses.
        Files.writeString(dir.resolve("a-uses-a-declared-type.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "A partner gets a review note"
                when
                    Partner( $id : partnerId )
                then
                    insert( new ReviewNote( noteFor( $id ) ) );
                end
                """);
        Files.writeString(dir.resolve("z-declares-it.drl"), """
                package rules;

                declare ReviewNote
                    text : String
                end

                function String noteFor(String partnerId) {
                    return "review " + partnerId;
                }
                """);

        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThat(rules.rules()).extracting(RuleInfo::name).contains("A partner gets a review note");
        assertThat(rules.evaluate(Partners.mature().build()).firedRules())
                .extracting(FiredRule::name).contains("A partner gets a review note");
    }

    @Test
    void anEmptyFolderIsAnError() {
        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir)))
                .isInstanceOfSatisfying(RulesCompilationException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("no *.drl")));
    }

    @Test
    void aMissingFolderIsAnError() {
        assertThatThrownBy(() -> RuleFiles.read(dir.resolve("nowhere")))
                .isInstanceOf(RulesCompilationException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFileNotSavedAsUtf8IsNamedWithTheLineAndColumnWhereItStopsBeingUtf8() throws IOException {
        RulesCopy.copy(dir);
        Path korean = dir.resolve("messages_ko.properties");
        String text = Files.readString(korean);
        String beforeKorean = text.substring(0, text.indexOf('모')); // the first Korean letter: "# 모든 답변의 문장"
        int line = beforeKorean.split("\n", -1).length;
        int column = beforeKorean.length() - beforeKorean.lastIndexOf('\n');
        Files.write(korean, text.getBytes(java.nio.charset.Charset.forName("EUC-KR"))); // as Notepad may save it
        Files.write(dir.resolve("exams.drl"), Files.readString(dir.resolve("exams.drl")).replace("Gold exam threshold",
                "Gold exam threshold é").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> RuleFiles.read(dir)).isInstanceOfSatisfying(RulesCompilationException.class, e -> {
            assertThat(e.errors()).extracting(RuleProblem::file).containsExactly("exams.drl", "messages_ko.properties");
            assertThat(e.errors().get(1)).satisfies(p -> {
                assertThat(text.substring(0, text.indexOf('모')).chars().allMatch(c -> c < 128)).as("nothing before is Korean").isTrue();
                assertThat(p.line()).isEqualTo(line);
                assertThat(p.column()).isEqualTo(column);
                assertThat(p.message()).startsWith("is not saved as UTF-8: the byte 0x");
                assertThat(p.hint().text()).contains("save it again with the encoding UTF-8");
                assertThat(p.hint().in(java.util.Locale.KOREAN).text()).contains("UTF-8로 하여 다시 저장하세요");
            });
        });
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFile() throws IOException {
        RulesCopy.copy(dir);
        Path tier = dir.resolve("tier.drl");
        byte[] text = Files.readAllBytes(tier);
        byte[] marked = new byte[text.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(text, 0, marked, 3, text.length);
        Files.write(tier, marked); // as Windows editors save UTF-8

        assertThat(RuleFiles.read(dir)).filteredOn(f -> f.path().equals("tier.drl")).singleElement()
                .satisfies(f -> assertThat(f.content()).isEqualTo(new String(text, java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(new RuleCompiler().compile(RuleFiles.read(dir)).rules()).isNotEmpty();
    }

    @Test
    void aRuleNameGivenTwiceIsAnErrorAtEachRuleNamingWhereTheOtherIs() throws IOException {
        RulesCopy.copy(dir);
        int line = RulesCopy.lineOf(dir.resolve("exams.drl"), "rule \"Gold exam threshold\"");
        Files.writeString(dir.resolve("more.drl"), "package rules;\n// rule \"Gold exam threshold\" in a comment is not a rule\n"
                + "import dev.partnertier.model.*;\n\nrule \"Gold exam threshold\"\nwhen\n    Partner()\nthen\nend\n");

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).isInstanceOfSatisfying(RulesCompilationException.class,
                e -> assertThat(e.errors()).hasSize(2).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo("exams.drl");
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.message()).isEqualTo("the rule \"Gold exam threshold\" is also defined in more.drl, line 5: each rule "
                            + "needs a name of its own");
                }).filteredOn(p -> p.file().equals("more.drl")).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(5);
                    assertThat(p.message()).isEqualTo("the rule \"Gold exam threshold\" is also defined in exams.drl, line " + line
                            + ": each rule needs a name of its own");
                    assertThat(p.hint().text()).isEqualTo("Two rules are called \"Gold exam threshold\"; the other one is in exams.drl at line "
                            + line + ". Give each rule a name of its own.");
                }));
    }

    @Test
    void namesWithEscapedQuotesAreToldApart() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("more.drl"), "package rules;\nimport dev.partnertier.model.*;\n\n"
                + "rule \"say \\\"hi\\\"\"\nwhen\n    Partner()\nthen\nend\n\n"
                + "rule \"say \\\"bye\\\"\"\nwhen\n    Partner()\nthen\nend\n");

        assertThat(new RuleCompiler().compile(RuleFiles.read(dir)).rules()).extracting(RuleInfo::name)
                .contains("say \"hi\"", "say \"bye\"");
    }

    @Test
    void aSecondCopyOfAFileIsSaidOnceAtItsFirstRuleCountingTheOthers() throws IOException {
        RulesCopy.copy(dir);
        Files.copy(dir.resolve("exams.drl"), dir.resolve("exams-copy.drl"));
        int names = (int) RuleFiles.read(dir).stream().filter(f -> f.path().equals("exams.drl")).findFirst().orElseThrow().content()
                .lines().filter(l -> l.startsWith("rule \"")).count();

        assertThat(names).isGreaterThan(2);

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).isInstanceOfSatisfying(RulesCompilationException.class, e -> {
            assertThat(e.errors()).extracting(RuleProblem::file).containsExactlyInAnyOrder("exams-copy.drl", "exams.drl");
            assertThat(e.errors()).allSatisfy(p -> assertThat(p.message())
                    .endsWith("(and " + (names - 1) + " more rules of these two files share a name)"));
        });
    }

    @Test
    void theSameNameInAnotherPackageIsRefusedSinceAnswersNameARuleByItsNameAlone() throws IOException {
        // Drools would compile it as another rule; firedRules, GET /rules and scenarios could not tell the two apart.
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("more.drl"), "package other;\nimport dev.partnertier.model.*;\n\nrule \"Gold exam threshold\"\n"
                + "when\n    Partner()\nthen\nend\n");

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).isInstanceOfSatisfying(RulesCompilationException.class, e -> {
            assertThat(e.errors()).extracting(RuleProblem::file).containsExactlyInAnyOrder("more.drl", "exams.drl");
            assertThat(e.errors()).filteredOn(p -> p.file().equals("more.drl")).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.hint().key()).isEqualTo("rule.duplicate");
            });
        });
    }

    @Test
    void aNameWithoutQuotesOrInSingleQuotesIsANameAsWellWhenGivenTwice() throws IOException {
        RulesCopy.copy(dir);
        String rule = "rule %s\nwhen\n    Partner()\nthen\nend\n";
        Files.writeString(dir.resolve("more.drl"), "package other;\nimport dev.partnertier.model.*;\n\n" + rule.formatted("GoldExamThreshold")
                + rule.formatted("'Gold exam threshold'"));
        Files.writeString(dir.resolve("again.drl"), "package another;\nimport dev.partnertier.model.*;\n\n" + rule.formatted("GoldExamThreshold"));

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).isInstanceOfSatisfying(RulesCompilationException.class, e -> {
            assertThat(e.errors()).extracting(RuleProblem::file).contains("more.drl", "again.drl", "exams.drl");
            assertThat(e.errors()).allSatisfy(p -> assertThat(p.hint().key()).startsWith("rule."));
        });
    }

    @Test
    void aCopyOfTheFolderInsideItIsSaidOncePerFileWithAHintToDeleteIt() throws IOException {
        RulesCopy.copy(dir);
        RulesCopy.copy(dir.resolve("rules")); // cp -r rules into a folder that already existed

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).isInstanceOfSatisfying(RulesCompilationException.class, e -> {
            assertThat(e.errors()).extracting(RuleProblem::file).as("one per copied file").containsExactlyInAnyOrderElementsOf(
                    RuleFiles.read(RulesCopy.SEED).stream().map(RuleFile::path).filter(p -> p.endsWith(".drl")).map(p -> "rules/" + p).toList());
            assertThat(e.errors()).allSatisfy(p -> assertThat(p.hint().text())
                    .isEqualTo("The rules folder holds a copy of its own files in rules/, as cp -r makes when the folder it copies to "
                            + "already exists: delete that copy."));
        });
    }

    @Test
    void aFileWhoseLinesEndInACarriageReturnAloneReadsAsItsLines() throws IOException {
        // as an old Mac OS editor saves it: Drools alone reads it as one line, a comment to its end
        RulesCopy.copy(dir);
        String exams = Files.readString(dir.resolve("exams.drl"));
        Files.writeString(dir.resolve("exams.drl"), exams.replace("\n", "\r"));
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));
        assertThat(rules.rules()).filteredOn(r -> r.file().equals("exams.drl")).extracting(RuleInfo::name)
                .contains("Silver exam threshold", "Gold exam threshold");
        assertThat(rules.evaluate(Partners.mature().build()).verdict().tier()).isEqualTo(Tier.NONE);

        // and a mistake in it is at its line
        Files.writeString(dir.resolve("exams.drl"), exams.replace("Requirement.EXAMS, 2 )", "Requirement.EXAMS, 2,000 )").replace("\n", "\r"));
        int line = (int) exams.substring(0, exams.indexOf("Requirement.EXAMS, 2 )")).chars().filter(c -> c == '\n').count() + 1;
        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).isInstanceOfSatisfying(RulesCompilationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.hint().key()).isEqualTo("number.separators");
                }));
    }

    @Test
    void hiddenFilesAndFoldersAreIgnoredAndSubfoldersRead() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(".customers.drl.swp"), "garbage");
        Files.createDirectories(dir.resolve("..2026_11_25_data"));
        Files.writeString(dir.resolve("..2026_11_25_data/customers.drl"), "garbage");
        Files.createDirectories(dir.resolve("extra"));
        Files.writeString(dir.resolve("extra/notes.txt"), "not a rule file");

        List<RuleFile> files = RuleFiles.read(dir);

        assertThat(files).extracting(RuleFile::path).containsExactlyElementsOf(
                RuleFiles.read(RulesCopy.SEED).stream().map(RuleFile::path).toList());
    }

    @Test
    void aRuleOrWordingFileSavedUnderAnotherEndingIsNamedNotSkipped() throws IOException {
        // skipped, it would leave its rules out: "no rule stated a Threshold", naming no file
        RulesCopy.copy(dir);
        Files.move(dir.resolve("performance.drl"), dir.resolve("performance.DRL"));
        Files.move(dir.resolve("exams.drl"), dir.resolve("exams.drl.txt"));
        Files.writeString(dir.resolve("exams.drl.bak"), "a copy kept on purpose, not read");

        assertThatThrownBy(() -> RuleFiles.read(dir)).isInstanceOfSatisfying(RulesCompilationException.class, e -> {
            assertThat(e.errors()).extracting(RuleProblem::file).containsExactly("exams.drl.txt", "performance.DRL");
            assertThat(e.errors().get(1).hint().text()).startsWith("Rename performance.DRL to performance.drl:");
            assertThat(e.errors().get(0).hint().text()).startsWith("Rename exams.drl.txt to exams.drl:");
        });
    }

    @Test
    void theVersionIsAHashOfTheContents() {
        List<RuleFile> a = List.of(new RuleFile("a.drl", "package rules;"));
        List<RuleFile> b = List.of(new RuleFile("a.drl", "package rules; "));

        assertThat(RuleFiles.version(a)).hasSize(16).isEqualTo(RuleFiles.version(List.of(new RuleFile("a.drl", "package rules;"))));
        assertThat(RuleFiles.version(a)).isNotEqualTo(RuleFiles.version(b));
    }

    @Test
    void theCatalogNamesEveryRuleWithFileLineAndDescription() {
        RuleSet rules = SeedRules.get().rules();

        assertThat(rules.rules()).anySatisfy(r -> {
            assertThat(r.name()).isEqualTo("A trial workload does not count");
            assertThat(r.file()).isEqualTo("workloads.drl");
            assertThat(r.line()).isPositive();
            assertThat(r.description()).startsWith("Trial SKUs are not included in the performance figures.");
        });
        assertThat(rules.files()).extracting(RuleFileInfo::path).contains("customers.drl", "tier.drl");
        assertThat(rules.warnings()).isEmpty();
    }

    @Test
    void rulesThatReachNoVerdictAreADefectNotAnAnswer() throws IOException {
        Files.writeString(dir.resolve("silent.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Says nothing"
                when
                    Partner( )
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    assertThat(e).hasMessage("the rules reached no verdict: no rule stated a Threshold for SILVER PERFORMANCE");
                    assertThat(e.rule()).isEmpty();
                    assertThat(e.hint()).map(Hint::key).contains("runtime.no-threshold");
                });
    }

    @Test
    void noVerdictNamesTheFirstConclusionNoRuleStated() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("exams.drl"), "");
        RuleSet withoutExams = new RuleCompiler().compile(RuleFiles.read(dir));
        // a partner whose Silver performance is met: its exam requirement, with no threshold, leaves Silver undecided
        assertThatThrownBy(() -> withoutExams.evaluate(Partners.mature().associatedCustomer("t1", "EXCHANGE_ONLINE", 2500).build())).hasMessage(
                "the rules reached no verdict: no rule stated a Threshold for SILVER EXAMS");

        Files.copy(RulesCopy.SEED.resolve("exams.drl"), dir.resolve("exams.drl"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(dir.resolve("tier.drl"));
        RuleSet withoutTier = new RuleCompiler().compile(RuleFiles.read(dir));
        assertThatThrownBy(() -> withoutTier.evaluate(Partners.mature().build())).hasMessage(
                "the rules reached no verdict: no rule stated a LevelResult for SILVER");
    }

    @Test
    void twoVerdictsNameTheRulesThatReachedThem() throws IOException {
        RulesCopy.copy(dir);
        // The mistake an edit makes: Silver no longer requires that Gold is not met.
        RulesCopy.replace(dir.resolve("tier.drl"), """
                    LevelResult( level == Level.SILVER, met )
                    LevelResult( level == Level.GOLD, met == false )
                """, """
                    LevelResult( level == Level.SILVER, met )
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));
        int gold = RulesCopy.lineOf(dir.resolve("tier.drl"), "rule \"The tier is Gold when Gold is met\"");
        int silver = RulesCopy.lineOf(dir.resolve("tier.drl"), "rule \"The tier is Silver when Silver is met and Gold is not\"");

        assertThatThrownBy(() -> rules.evaluate(Partners.mature()
                .associatedCustomer("a.onmicrosoft.com", "EXCHANGE_ONLINE", 4000).byExams("p-1").byExams("p-2").build()))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the rules reached 2 verdicts: ")
                            .contains("Verdict[tier=GOLD] from the rule \"The tier is Gold when Gold is met\" (tier.drl, line " + gold + ")")
                            .contains("Verdict[tier=SILVER] from the rule \"The tier is Silver when Silver is met and Gold is not\" (tier.drl, line "
                                    + silver + ")");
                    assertThat(e.rule()).map(RuleInfo::line).contains(Math.min(gold, silver));
                    assertThat(e.hint()).map(Hint::key).contains("runtime.verdicts");
                });
        // A partner only one of the two rules applies to is still answered.
        assertThat(rules.evaluate(SILVER).verdict().tier()).isEqualTo(Tier.SILVER);
    }

    @Test
    void aVerdictIsNamedWithTheRulesThatJustifyItWhenTheRulesSettleNotWithOneThatNoLongerHolds() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Gold until a level is decided"
                    salience 100
                when
                    Partner( )
                    not LevelResult( )
                then
                    insertLogical( new Verdict( Tier.GOLD ) );
                end

                rule "Gold for every partner"
                when
                    Partner( )
                then
                    insertLogical( new Verdict( Tier.GOLD ) );
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    // The first rule inserted the Gold verdict; truth maintenance keeps it for the second alone.
                    assertThat(e.getMessage()).contains("Verdict[tier=GOLD] from the rule \"Gold for every partner\" (extra.drl, line 13)",
                            "Verdict[tier=SILVER] from the rule \"The tier is Silver when Silver is met and Gold is not\" (tier.drl, line ")
                            .doesNotContain("Gold until a level is decided");
                    assertThat(e.rule()).map(RuleInfo::file).contains("extra.drl");
                });
    }

    @Test
    void aStatedVerdictEqualToALogicalOneIsNamedWithItsOwnRule() throws IOException {
        RulesCopy.copy(dir);
        // drools-tms files the stated fact's handle under the logical one's key: its justifiers are not the stated
        // fact's. A rule watching verdicts keeps both facts in Drools' store.
        Files.writeString(dir.resolve("extra.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Gold, justified"
                    salience 10
                when
                    Partner( )
                then
                    insertLogical( new Verdict( Tier.GOLD ) );
                end

                rule "Gold, stated"
                    salience 5
                when
                    Partner( )
                then
                    insert( new Verdict( Tier.GOLD ) );
                end

                rule "Verdicts are watched"
                when
                    Verdict( )
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> assertThat(e.getMessage())
                        .contains("Verdict[tier=GOLD] from the rule \"Gold, stated\" (extra.drl, line 12)")
                        .doesNotContain("from the rules"));
    }

    @Test
    void aBolsteredVerdictIsStillReportedAsAConflict() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Gold for every partner"
                when
                    Partner( )
                then
                    insertLogical( new Verdict( Tier.GOLD ) );
                end

                rule "Gold verdicts are bolstered"
                when
                    $verdict : Verdict( tier == Tier.GOLD )
                then
                    drools.bolster( $verdict );
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        // A bolstered belief has a mode without a dependency: no rule can be read from it, and nothing fails on it.
        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> assertThat(e.getMessage())
                        .startsWith("the rules reached 2 verdicts: ")
                        .contains("Verdict[tier=GOLD] from the rule \"Gold for every partner\" (extra.drl, line 4)"));
    }

    @Test
    void aVerdictReplacedByAnUpdateKeepsTheRuleThatInsertedIt() throws IOException {
        Files.writeString(dir.resolve("verdicts.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Gold for every partner"
                when
                    Partner( )
                then
                    insert( new Verdict( Tier.GOLD ) );
                end

                rule "None for every partner, later replaced"
                when
                    Partner( )
                then
                    org.kie.api.runtime.rule.FactHandle handle = drools.insert( new Verdict( Tier.GOLD ) );
                    drools.update( handle, new Verdict( Tier.NONE ) );
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    assertThat(e.getMessage()).contains("the rules reached 2 verdicts",
                            "Verdict[tier=GOLD] from the rule \"Gold for every partner\" (verdicts.drl, line 4)",
                            "Verdict[tier=NONE] from the rule \"None for every partner, later replaced\" (verdicts.drl, line 11)");
                    assertThat(e.rule()).map(RuleInfo::line).contains(4);
                });
    }

    @Test
    void aVerdictNoRuleIsKnownForIsSaidSoAndNoRuleIsBlamed() throws IOException {
        Files.writeString(dir.resolve("verdicts.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Gold for every partner"
                when
                    Partner( )
                then
                    insert( new Verdict( Tier.GOLD ) );
                end

                rule "Silver for every partner, through the runtime"
                when
                    Partner( )
                then
                    kcontext.getKieRuntime().insert( new Verdict( Tier.SILVER ) );
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    assertThat(e.getMessage()).contains("Verdict[tier=GOLD] from the rule \"Gold for every partner\" (verdicts.drl, line 4)",
                            "Verdict[tier=SILVER] from a rule not known");
                    assertThat(e.rule()).isEmpty(); // the rule not known may be the mistake
                    assertThat(e.hint()).map(Hint::key).contains("runtime.verdicts");
                });
    }

    @Test
    void aTotalStatedTwiceNamesBothRules() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(SecondTotalRule.FILE), SecondTotalRule.DRL);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the rules stated 2 ActiveEntitlements facts: ")
                            .contains("ActiveEntitlements[total=0, workloads=0, customers=0] from the rule "
                                    + "\"" + SecondTotalRule.NAME + "\" (" + SecondTotalRule.FILE + ", line " + SecondTotalRule.LINE + ")")
                            .containsPattern("ActiveEntitlements\\[total=[1-9][0-9]*, .*\\] from the rule \"[^\"]+\" \\(entitlements.drl, line [0-9]+\\)");
                    assertThat(e.rule()).map(RuleInfo::file).contains("entitlements.drl");
                    assertThat(e.hint()).map(Hint::text)
                            .contains("A partner has one ActiveEntitlements fact, and these rules stated more than one: "
                                    + "let one rule state it, once, from all its parts (an accumulate), with insertLogical.");
                    assertThat(e.hint().orElseThrow().in(java.util.Locale.KOREAN).text()).startsWith("파트너의 ActiveEntitlements 팩트는 하나인데");
                });
    }

    @Test
    void twoThresholdsForOneLevelAndRequirementNameBothRules() throws IOException {
        // The mistake an edit makes: a threshold for every market beside the one for each market.
        RuleSet rules = seedRulesAndForEveryPartner("Silver performance threshold in every market",
                "insertLogical( new Threshold( Level.SILVER, Requirement.PERFORMANCE, 1500 ) );");
        int mature = RulesCopy.lineOf(dir.resolve("performance.drl"), "rule \"Silver performance threshold in a mature market\"");

        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the rules stated 2 thresholds for SILVER PERFORMANCE: ")
                            .contains("Threshold[level=SILVER, requirement=PERFORMANCE, required=2000, market=MATURE] from the rule "
                                    + "\"Silver performance threshold in a mature market\" (performance.drl, line " + mature + ")")
                            .contains("Threshold[level=SILVER, requirement=PERFORMANCE, required=1500, market=null] from the rule "
                                    + "\"Silver performance threshold in every market\" (extra.drl, line 4)");
                    assertThat(e.rule()).map(RuleInfo::file).contains("extra.drl");
                    assertThat(e.rules()).extracting(RuleInfo::file).containsExactlyInAnyOrder("performance.drl", "extra.drl");
                    assertThat(e.hint()).map(Hint::key).contains("runtime.thresholds");
                    assertThat(e.hint().orElseThrow().in(java.util.Locale.KOREAN).text()).startsWith("파트너에게는 등급과 요건마다 기준이 하나인데");
                });
    }

    @Test
    void twoRoutesOfOneNameNameBothRules() throws IOException {
        // A new route given an existing route's name: its sentences would be the other's, and who qualifies by which unclear
        RuleSet rules = seedRulesAndForEveryPartner("A second exams route", "insertLogical( QualifyingRoute.exams( \"EXAMS\", \"MS-100\" ) );");

        assertThatThrownBy(() -> rules.evaluate(SILVER))
                .isInstanceOfSatisfying(RuleOutcomeException.class, e -> {
                    assertThat(e.getMessage()).startsWith("the rules stated 2 routes named EXAMS: ")
                            .contains("from the rule \"A second exams route\" (extra.drl, line 4)");
                    assertThat(e.rules()).extracting(RuleInfo::file).containsExactlyInAnyOrder("individuals.drl", "extra.drl");
                    assertThat(e.hint()).map(Hint::key).contains("runtime.routes");
                });
        // the same route stated twice alike is one route
        Files.writeString(dir.resolve("extra.drl"), Files.readString(dir.resolve("extra.drl")).replace("\"MS-100\"", "\"70-346\", \"70-347\""));
        RuleSet alike = new RuleCompiler().compile(RuleFiles.read(dir));
        assertThat(alike.evaluate(SILVER).routes()).extracting(QualifyingRoute::name).containsOnlyOnce("EXAMS");
    }

    @ParameterizedTest
    @CsvSource({"insertLogical", "insert"})
    void aThresholdTwoRulesStateAlikeIsNoConflict(String insert) throws IOException {
        RuleSet rules = seedRulesAndForEveryPartner("Gold exam threshold, said again",
                insert + "( new Threshold( Level.GOLD, Requirement.EXAMS, 2 ) );");

        Evaluation evaluation = rules.evaluate(SILVER);

        assertThat(evaluation.verdict().tier()).isEqualTo(Tier.SILVER);
        assertThat(evaluation.requirements()).filteredOn(r -> r.level() == Level.GOLD && r.requirement() == Requirement.EXAMS)
                .hasSize(1);
    }

    /** The seed rules and, in extra.drl, one rule (its name on line 4) that does {@code then} for every partner. */
    private RuleSet seedRulesAndForEveryPartner(String name, String then) throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("extra.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "%s"
                when
                    Partner()
                then
                    %s
                end
                """.formatted(name, then));
        return new RuleCompiler().compile(RuleFiles.read(dir));
    }

    @Test
    void aRuleThatLoopsIsStoppedInsteadOfHangingTheRequest() throws IOException {
        Files.writeString(dir.resolve("loop.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Re-inserts forever"
                when
                    $t : Threshold( )
                then
                    insert( new Threshold( $t.level(), $t.requirement(), $t.required() + 1 ) );
                end

                rule "Starts the loop"
                when
                    Partner( )
                then
                    insert( new Threshold( Level.SILVER, Requirement.EXAMS, 1 ) );
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageContaining("did not settle")
                .hasMessageContaining("the rule \"Re-inserts forever\" (loop.drl, line 4) fired")
                .satisfies(blames("Re-inserts forever", "loop.drl", 4))
                .satisfies(e -> assertThat(((RuleOutcomeException) e).hint()).hasValueSatisfying(
                        hint -> assertThat(hint.text()).contains("no-loop")));
    }

    @Test
    void aConstraintThatThrowsIsADefectInTheRulesNamingTheRuleItsFileAndTheConstraint() throws IOException {
        Files.writeString(dir.resolve("condition.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Reads a number from the partner id"
                when
                    Partner( Integer.parseInt(partnerId) > 0 )
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageContaining("a condition of the rules failed (condition.drl, line 4)")
                .hasMessageContaining("Reads a number from the partner id")
                .hasMessageContaining("condition.drl")
                .hasMessageContaining("Integer.parseInt(partnerId) > 0")
                .hasMessageContaining("For input string").hasMessageNotContaining("Exception")
                .satisfies(blames("Reads a number from the partner id", "condition.drl", 4));
    }

    @Test
    void aConstraintThatThrowsOnAFactAConsequenceInsertedIsBlamedOnTheConstraintsRule() throws IOException {
        Files.writeString(dir.resolve("a.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Inserts a threshold"
                when
                    Partner( )
                then
                    insert( new Threshold( Level.SILVER, Requirement.PERFORMANCE, 1 ) );
                end
                """);
        Files.writeString(dir.resolve("b.drl"), """
                package rules;
                import dev.partnertier.model.*;


                rule "Reads a number from the level"
                when
                    Threshold( Integer.parseInt(level.name()) > 0 )
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageContaining("a condition of the rules failed (b.drl, line 5)")
                .hasMessageContaining("the rule \"Inserts a threshold\" inserted or changed")
                .hasMessageContaining("For input string").hasMessageNotContaining("Exception")
                .satisfies(blames("Reads a number from the level", "b.drl", 5));
    }

    @Test
    void aConstraintSharedByRulesIsBlamedOnTheFirstOfThemInTheFile() throws IOException {
        Files.writeString(dir.resolve("shared.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Zeta reads a number from the partner id"
                when
                    Partner( Integer.parseInt(partnerId) > 0 )
                then
                end

                rule "Alpha reads the same number"
                when
                    Partner( Integer.parseInt(partnerId) > 0 )
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .satisfies(blames("Zeta reads a number from the partner id", "shared.drl", 4)); // first by line
    }

    @Test
    void anEvalThatThrowsIsADefectInTheRulesNamingItsRule() throws IOException {
        // A harmless eval first, so that the one named is told apart by the code that threw; an apostrophe in the
        // name, which Drools writes as $u39$ in the rule's class name.
        Files.writeString(dir.resolve("eval.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Evaluates the partner's id"
                when
                    $p : Partner( )
                    eval( $p.partnerId().length() > 0 )
                then
                end

                rule "Evaluates the partner's id past its end"
                when
                    $p : Partner( )
                    eval( $p.partnerId().substring(500).isEmpty() )
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageStartingWith("a condition of the rule \"Evaluates the partner's id past its end\" (eval.drl, line 11) failed: ")
                .hasMessageContaining("length").hasMessageNotContaining("Exception")
                .satisfies(blames("Evaluates the partner's id past its end", "eval.drl", 11));
    }

    @Test
    void anAccumulateThatThrowsIsADefectInTheRulesNamingItsRule() throws IOException {
        // Two rules, each breaking in turn while the other is harmless: the second is written inline (init, action,
        // result), whose code is in a class nested in the rule's.
        String drl = """
                package rules;
                import dev.partnertier.model.*;

                rule "Sums the partner ids as numbers"
                when
                    $n : Number() from accumulate( Partner( $id : partnerId ), %s )
                then
                end

                rule "Sums the partner's ids inline"
                when
                    $n : Integer() from accumulate( Partner( $id : partnerId ),
                            init( int total = 0; ),
                            action( %s ),
                            result( total ) )
                then
                end
                """;
        Files.writeString(dir.resolve("sums.drl"), drl.formatted("sum( Integer.parseInt($id) )", "total += $id.length();"));
        RuleSet function = new RuleCompiler().compile(RuleFiles.read(dir));
        assertThatThrownBy(() -> function.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageStartingWith("a condition of the rule \"Sums the partner ids as numbers\" (sums.drl, line 4) failed: ")
                .hasMessageContaining("For input string").hasMessageNotContaining("Exception")
                .satisfies(blames("Sums the partner ids as numbers", "sums.drl", 4));

        Files.writeString(dir.resolve("sums.drl"), drl.formatted("count( $id )", "total += Integer.parseInt($id);"));
        RuleSet inline = new RuleCompiler().compile(RuleFiles.read(dir));
        assertThatThrownBy(() -> inline.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageStartingWith("a condition of the rule \"Sums the partner's ids inline\" (sums.drl, line 10) failed: ")
                .satisfies(blames("Sums the partner's ids inline", "sums.drl", 10));
    }

    @Test
    void aThresholdBelowZeroWrittenOutIsAnErrorAtItsLine() throws IOException {
        RulesCopy.copy(dir);
        String exams = Files.readString(dir.resolve("exams.drl"));
        String statement = "insertLogical( new Threshold( Level.SILVER, Requirement.EXAMS, 1 ) );";
        assertThat(exams).contains(statement);
        Files.writeString(dir.resolve("exams.drl"), exams.replace(statement, statement.replace(", 1 )", ", -1 )")));
        int line = (int) exams.substring(0, exams.indexOf(statement)).chars().filter(c -> c == '\n').count() + 1;

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).isInstanceOfSatisfying(RulesCompilationException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo("exams.drl");
                    assertThat(p.line()).isEqualTo(line);
                    assertThat(p.column()).isEqualTo(exams.lines().toList().get(line - 1).indexOf("new Threshold") + 1);
                    assertThat(p.message()).isEqualTo("new Threshold( Level.SILVER, Requirement.EXAMS, -1 ) would fail when the rule "
                            + "runs: a threshold is how many a level requires, 0 or more, not -1");
                    assertThat(p.hint().key()).isEqualTo("constructor.refused");
                }));

        // written out and taken, or not written out (a number computed): made when the rule runs, as ever
        for (String value : List.of("0", "1 - 2")) {
            Files.writeString(dir.resolve("exams.drl"), exams.replace(statement, statement.replace(", 1 )", ", " + value + " )")));
            new RuleCompiler().compile(RuleFiles.read(dir));
        }
    }

    @Test
    void aThresholdBelowZeroComputedIsADefectAtItsRuleWhenItRunsNotAnAnswerThatSaysMinusOneRequired() throws IOException {
        RulesCopy.copy(dir);
        String exams = Files.readString(dir.resolve("exams.drl"));
        Files.writeString(dir.resolve("exams.drl"), exams.replace("Requirement.EXAMS, 1 )", "Requirement.EXAMS, 1 - 2 )"));
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageContaining("a threshold is how many a level requires, 0 or more, not -1")
                .satisfies(blames("Silver exam threshold", "exams.drl", 8));
    }

    @Test
    void aThenPartThatDeletesOrChangesAFactOfTheRequestIsAnErrorAtItsLine() throws IOException {
        // Drools runs it, and customers without an association would then count, with no sentence saying why
        RulesCopy.copy(dir);
        String customers = Files.readString(dir.resolve("customers.drl"));
        String exclusion = "    insertLogical( Exclusion.of( $customers, \"NOT_ASSOCIATED\" ) );\n";
        assertThat(customers).contains(exclusion);
        int line = (int) customers.substring(0, customers.indexOf(exclusion)).chars().filter(c -> c == '\n').count() + 2;
        for (String call : List.of("delete( $customers );", "drools.update( $customers );", "retract($customers);")) {
            Files.writeString(dir.resolve("customers.drl"), customers.replace(exclusion, exclusion + "    " + call + "\n"));
            assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir))).as(call).isInstanceOfSatisfying(
                    RulesCompilationException.class, e -> assertThat(e.errors()).singleElement().satisfies(p -> {
                        assertThat(p.file()).isEqualTo("customers.drl");
                        assertThat(p.line()).isEqualTo(line);
                        assertThat(p.column()).isEqualTo(4 + call.indexOf(call.startsWith("drools.") ? "update" : call.substring(0, 6)) + 1);
                        assertThat(p.message()).endsWith(" a Customers fact, which only the request gives: the rules judge the "
                                + "request's facts and never change them");
                        assertThat(p.hint().key()).isEqualTo("request.fact");
                    }));
        }
        // a conclusion the rules made is theirs to change
        Files.writeString(dir.resolve("customers.drl"), customers + """

                rule "Withdraws its own conclusion"
                when
                    $exclusion : Exclusion( )
                    Partner( partnerId == "never" )
                then
                    delete( $exclusion );
                end
                """);
        new RuleCompiler().compile(RuleFiles.read(dir));
    }

    @Test
    void aMissingValueIsNamedWithItsRuleAndAPlainHint() throws IOException {
        // A threshold inserted without a market, which an eval then reads.
        Files.writeString(dir.resolve("market.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Inserts a threshold for every market"
                when
                    Partner( )
                then
                    insert( new Threshold( Level.SILVER, Requirement.PERFORMANCE, 1 ) );
                end

                rule "Reads the threshold's market"
                when
                    $t : Threshold( )
                    eval( $t.market().name().isEmpty() )
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageContaining("null").hasMessageNotContaining("Exception").hasMessageNotContaining("dev.partnertier")
                .satisfies(blames("Reads the threshold's market", "market.drl", 11))
                .satisfies(e -> assertThat(((RuleOutcomeException) e).hint()).hasValueSatisfying(
                        hint -> assertThat(hint.key()).isEqualTo("runtime.null")));
    }

    @Test
    void aFromThatThrowsIsADefectInTheRulesThoughNoRuleIsNamed() throws IOException {
        // MVEL runs a from's expression: no class generated for the rule is on the stack, and Drools names none.
        Files.writeString(dir.resolve("from.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Reads the partner id as a number"
                when
                    $p : Partner( )
                    $n : Integer() from Integer.valueOf($p.partnerId())
                then
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessage("a condition of the rules failed: For input string: \"p-1\"")
                .satisfies(e -> assertThat(((RuleOutcomeException) e).rule()).isEmpty())
                .satisfies(e -> assertThat(((RuleOutcomeException) e).hint()).isPresent());
    }

    @Test
    void aConsequenceThatThrowsIsADefectInTheRulesNamingTheRuleAndItsFile() throws IOException {
        Files.writeString(dir.resolve(ThrowingRule.FILE), ThrowingRule.DRL);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature().build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageContaining("\"" + ThrowingRule.NAME + "\" (" + ThrowingRule.FILE + ", line " + ThrowingRule.LINE + ") failed")
                .hasMessageContaining(ThrowingRule.MESSAGE)
                .hasCauseInstanceOf(NumberFormatException.class)
                .satisfies(blames(ThrowingRule.NAME, ThrowingRule.FILE, ThrowingRule.LINE));
    }

    @Test
    void aConsequenceThatThrowsAnErrorIsADefectInTheRulesNamingTheRuleAndTheNextPartnerIsDecided() throws IOException {
        // Drools handles the exceptions of a consequence, not an Error: it reached the caller as itself (a 500 that named
        // no rule, and a batch cut off mid-answer).
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("asserts.drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "Asserts that no partner is called evil"
                when
                    Partner( partnerId == "evil" )
                then
                    throw new AssertionError("evil partner");
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        for (int i = 0; i < 3; i++) { // each time on a session of the pool, reset after the failure
            assertThatThrownBy(() -> rules.evaluate(Partners.mature("evil").build()))
                    .isInstanceOf(RuleOutcomeException.class)
                    .hasMessage("the rule \"Asserts that no partner is called evil\" (asserts.drl, line 4) failed: evil partner")
                    .hasCauseInstanceOf(AssertionError.class)
                    .satisfies(blames("Asserts that no partner is called evil", "asserts.drl", 4));
            assertThat(rules.evaluate(SILVER).verdict().tier()).isEqualTo(Tier.SILVER);
        }
    }

    /** A rule that writes a note for partner "noted", and one whose condition on notes throws an AssertionError. */
    private static String refusedNotes(String noteCondition) {
        return """
                package rules;
                import dev.partnertier.model.*;

                function boolean refuse(Object note) {
                    throw new AssertionError("refused");
                }

                rule "Writes a note"
                when
                    Partner( partnerId == "noted" )
                then
                    insert( new java.util.ArrayList() );
                end

                rule "Refuses every note"
                when
                %s
                then
                end
                """.formatted(noteCondition);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '    $note : java.util.ArrayList()\n    eval( refuse($note) )' | an eval, matched once the consequence has run (lazily)
            '    $note : java.util.ArrayList( refuse(this) )'              | a constraint, matched as the consequence inserts the note
            """)
    void anErrorInAConditionOnAFactAConsequenceInsertedNamesTheConditionsRuleNotTheConsequences(String condition, String how)
            throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("refuses.drl"), refusedNotes(condition.replace("\\n", "\n")));
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature("noted").build()))
                .as(how)
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessageStartingWith("a condition of the rule").hasMessageContaining("refuses.drl, line 15").hasMessageEndingWith(": refused")
                .satisfies(blames("Refuses every note", "refuses.drl", 15));
    }

    @Test
    void aRuleThatCallsItselfWithoutEndIsADefectInTheRulesNamingTheRule() throws IOException {
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve("recursion.drl"), """
                package rules;
                import dev.partnertier.model.*;

                function int depth(int n) {
                    return depth(n + 1) + 1;
                }

                rule "Counts down from nowhere"
                when
                    Partner( partnerId == "deep" )
                then
                    System.out.println( depth(0) );
                end
                """);
        RuleSet rules = new RuleCompiler().compile(RuleFiles.read(dir));

        assertThatThrownBy(() -> rules.evaluate(Partners.mature("deep").build()))
                .isInstanceOf(RuleOutcomeException.class)
                .hasMessage("the rule \"Counts down from nowhere\" (recursion.drl, line 8) failed: it called itself without end "
                        + "(the stack overflowed)")
                .hasCauseInstanceOf(StackOverflowError.class)
                .satisfies(e -> assertThat(((RuleOutcomeException) e).hint()).map(Hint::key).contains("runtime.recursion"));
        assertThat(rules.evaluate(SILVER).verdict().tier()).isEqualTo(Tier.SILVER);
    }

    @ParameterizedTest
    @CsvSource({
            "timer, Fires again and again after 20 ms, timer ( int: 20ms 20ms )",
            "duration, Fires after a second, duration ( 1000 )"})
    void aRuleWithATimerOrADurationIsRejectedAtThatAttribute(String attribute, String name, String line) throws IOException {
        // A session is used by one thread and then reset for the next request: a timer firing from Drools' scheduler
        // thread would reach into a session another request may hold by then.
        RulesCopy.copy(dir);
        Files.writeString(dir.resolve(attribute + ".drl"), """
                package rules;
                import dev.partnertier.model.*;

                rule "%s"
                    %s
                when
                    Partner( )
                then
                end
                """.formatted(name, line));

        assertThatThrownBy(() -> new RuleCompiler().compile(RuleFiles.read(dir)))
                .isInstanceOfSatisfying(RulesCompilationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).isEqualTo(attribute + ".drl");
                            assertThat(p.line()).isEqualTo(5);
                            assertThat(p.column()).isEqualTo(5);
                            assertThat(p.message()).contains("\"" + name + "\" has a " + attribute);
                            assertThat(p.hint().text()).contains("remove the " + attribute + " attribute");
                        }));
    }

    /** The failure names this rule, in this file, starting on this line. */
    private static ThrowingConsumer<Throwable> blames(String name, String file, int line) {
        return e -> assertThat(((RuleOutcomeException) e).rule()).hasValueSatisfying(rule -> {
            assertThat(rule.name()).isEqualTo(name);
            assertThat(rule.file()).isEqualTo(file);
            assertThat(rule.line()).isEqualTo(line);
        });
    }
}
