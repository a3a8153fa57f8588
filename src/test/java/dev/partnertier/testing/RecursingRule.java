package dev.partnertier.testing;

/**
 * A rule file whose one rule calls a function that recurses without end for every partner: a {@link StackOverflowError},
 * not an exception, as an analyst's function with a wrong base case throws it.
 */
public final class RecursingRule {

    /** The file's name in a rules folder. */
    public static final String FILE = "recursion.drl";
    /** Compiles; deciding any partner overflows the stack. */
    public static final String DRL = """
            package rules;

            import dev.partnertier.model.*;

            function int deeper(int n) { return deeper(n + 1) + 1; }

            rule "Recurses without end"
            when
                Partner()
                eval( deeper(0) > 0 )
            then
            end
            """;

    private RecursingRule() {
    }
}
