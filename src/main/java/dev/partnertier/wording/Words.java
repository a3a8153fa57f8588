package dev.partnertier.wording;

import java.util.List;

/**
 * Names given to a sentence as a list (the workloads that count, the exams a person lacks): written
 * {@code {x.and}} ("A, B and C"), {@code {x.or}} ("A, B or C"), and {@code {x.plural('exam','exams')}} picks the
 * word for their number. The joining words are the language's {@code list.and} and {@code list.or}.
 */
public record Words(List<String> items) {

    public Words {
        items = List.copyOf(items);
    }

    public static Words of(String... items) {
        return new Words(List.of(items));
    }

    /** "A", "A and B", "A, B and C" with the given joining word. */
    String joined(String lastJoin) {
        int n = items.size();
        if (n <= 1) {
            return n == 0 ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, n - 1)) + " " + lastJoin + " " + items.get(n - 1);
    }
}
