package dev.partnertier.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each common way a rule fails at run time gets its plain hint, found under Drools' wrappers; others get none. */
class FailureHintsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new NumberFormatException("For input string: \"p-1\""), "runtime.number"),
                Arguments.of(new NullPointerException(), "runtime.null"),
                Arguments.of(new StringIndexOutOfBoundsException("begin 500, end 3, length 3"), "runtime.index"),
                Arguments.of(new ClassCastException(), "runtime.type"),
                Arguments.of(new ArithmeticException("/ by zero"), "runtime.arithmetic"));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void theInnermostCauseChoosesTheHint(RuntimeException cause, String key) {
        // as Drools wraps what a condition throws
        RuntimeException wrapped = new RuntimeException("Error evaluating constraint", new RuntimeException(cause));

        assertThat(FailureHints.of(wrapped).key()).isEqualTo(key);
        assertThat(FailureHints.of(wrapped).text()).isNotEqualTo(key); // the sentence is in the bundle
        assertThat(FailureHints.of(wrapped).in(java.util.Locale.KOREAN).text()).isNotEqualTo(key);
    }

    @Test
    void aStackOverflowIsSaidInWordsWithItsHint() {
        assertThat(FailureHints.of(new StackOverflowError()).key()).isEqualTo("runtime.recursion");
        assertThat(FailureHints.said(new StackOverflowError())).isEqualTo("it called itself without end (the stack overflowed)");
        assertThat(FailureHints.of(new StackOverflowError()).in(java.util.Locale.KOREAN).text()).isNotEqualTo("runtime.recursion");
    }

    @Test
    void aLibrarysFailureIsSaidWithoutItsJavaTypeOrNamesNorARulesWording() {
        assertThat(FailureHints.internal(new IllegalStateException("Error parsing time string: [ 1x ]")))
                .isEqualTo("Error parsing time string: [ 1x ]");
        assertThat(FailureHints.internal(new NullPointerException())).isEqualTo("an internal error (the service's log has it)");
        assertThat(FailureHints.internal(new RuntimeException("org.drools.Foo cannot be cast to org.drools.Bar")))
                .isEqualTo("an internal error (the service's log has it)");
        assertThat(FailureHints.internal(new NoClassDefFoundError("dev/partnertier/model/Market")))
                .isEqualTo("an internal error (the service's log has it)");
        assertThat(FailureHints.said(new IllegalStateException("dev/partnertier/model/Market")))
                .isEqualTo("it failed in code whose message names Java classes (the service's log has it)");
    }

    @Test
    void aFailureOfAnotherKindHasNoHint() {
        assertThat(FailureHints.of(new IllegalStateException("broken on purpose"))).isNull();
        assertThat(FailureHints.of(new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.")))
                .isNull(); // not a division by zero
        assertThat(FailureHints.of(null)).isNull();
    }

    @Test
    void whatTheRulesThrewIsSaidWithoutAJavaClassName() {
        assertThat(FailureHints.said(new ArithmeticException("/ by zero"))).isEqualTo("/ by zero");
        assertThat(FailureHints.said(new ClassCastException("class java.lang.String cannot be cast to class java.lang.Long")))
                .isEqualTo("a value is not of the type the rule uses it as");
        assertThat(FailureHints.said(new NullPointerException())).isEqualTo("a value the rule uses is missing (null)");
        assertThat(FailureHints.said(new NullPointerException("Cannot invoke \"dev.partnertier.model.Market.name()\" because \"m\" is null")))
                .isEqualTo("a value the rule uses is missing (null)");
        assertThat(FailureHints.said(new IllegalArgumentException("No enum constant dev.partnertier.model.Market.MOON")))
                .doesNotContain("dev.partnertier");
        assertThat(FailureHints.said(new IllegalStateException(" "))).isEqualTo("it threw an error without a message");
    }
}
