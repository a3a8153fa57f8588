package dev.partnertier.wording;

import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.partnertier.text.KoreanParticles;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.ValueResolver;

/**
 * Korean sentences whose particles follow the names filled in before them ({@link KoreanParticles}): the analyst
 * writes {@code {tenant}은(는)}, and the answer says "한빛상사는" or "t1이", or both forms where the name's sound is not
 * known. The sentence as written is what the wording check reads and reports on; the template rendered is this
 * rewrite of it, where each such form becomes {@code {tenant.particle(0)}}, the particle of the name's written value.
 */
final class SettledParticles {

    /**
     * A name's expression, as Qute starts one (a letter or {@code _} right after an unescaped brace: not a section, a
     * comment, a declaration, nor text such as {@code { x }}), a closing quote, a form.
     */
    private static final Pattern NAME_THEN_FORM = KoreanParticles.placeThenForm("(?<!\\\\)\\{([\\p{IsAlphabetic}_][^{}]*)\\}");

    private SettledParticles() {
    }

    /**
     * The template source with each form after a name settled by that name, or {@code null} when no form follows a
     * name (the sentence renders as written).
     */
    static String rewrite(String source) {
        Matcher place = NAME_THEN_FORM.matcher(source);
        if (source.contains("{|") || !place.find()) { // unparsed text {|...|} is left as written, whole
            return null;
        }
        StringBuilder out = new StringBuilder(source.length() + 32);
        do {
            String name = place.group(1);
            place.appendReplacement(out, Matcher.quoteReplacement("{" + name + "}" + place.group(2)
                    + "{" + name + ".particle(" + KoreanParticles.indexOf(place.group(3)) + ")}"));
        } while (place.find());
        place.appendTail(out);
        return out.toString();
    }

    /** {@code {name.particle(n)}}: form {@code n}'s particle after the name as the sentence writes it. */
    static final class Resolver implements ValueResolver {
        private final String and;

        Resolver(String and) {
            this.and = and;
        }

        @Override
        public boolean appliesTo(EvalContext context) {
            return "particle".equals(context.getName()) && context.getParams().size() == 1 && context.getBase() != null;
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext context) {
            String written = Wording.written(context.getBase(), and);
            return context.evaluate(context.getParams().get(0))
                    .thenApply(index -> (Object) KoreanParticles.after(written, ((Number) index).intValue()));
        }
    }
}
