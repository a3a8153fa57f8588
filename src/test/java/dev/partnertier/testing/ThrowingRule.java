package dev.partnertier.testing;

/** A rule file whose one rule's consequence throws for every partner: a defect in the rules, as an analyst might save it. */
public final class ThrowingRule {

    /** The file's name in a rules folder. */
    public static final String FILE = "throws.drl";
    /** The rule's name, as Drools and the answers give it. */
    public static final String NAME = "Throws for every partner";
    /** The line the rule starts on in {@link #DRL}. */
    public static final int LINE = 4;
    /** What the consequence's exception quotes: the text it reads as a number (a NumberFormatException, which has a hint). */
    public static final String MESSAGE = "broken on purpose";
    /** Starts on line 1; the rule on line {@value #LINE}. */
    public static final String DRL = """
            package rules;
            import dev.partnertier.model.*;

            rule "%s"
            when
                Partner( )
            then
                Integer.parseInt("%s");
            end
            """.formatted(NAME, MESSAGE);

    private ThrowingRule() {
    }
}
