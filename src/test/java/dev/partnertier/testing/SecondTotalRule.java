package dev.partnertier.testing;

/**
 * A rule file whose one rule states a second {@code ActiveEntitlements} for every partner, beside the seed sum: a
 * conflict of conclusions, as an analyst might save it.
 */
public final class SecondTotalRule {

    /** The file's name in a rules folder. */
    public static final String FILE = "extra.drl";
    /** The rule's name, as Drools and the answers give it. */
    public static final String NAME = "A second count of the active entitlements";
    /** The line the rule starts on in {@link #DRL}. */
    public static final int LINE = 4;
    /** Starts on line 1; the rule on line {@value #LINE}. */
    public static final String DRL = """
            package rules;
            import dev.partnertier.model.*;

            rule "%s"
            when
                Partner( )
            then
                insertLogical( new ActiveEntitlements( 0, 0, 0 ) );
            end
            """.formatted(NAME);

    private SecondTotalRule() {
    }
}
