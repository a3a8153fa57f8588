package dev.partnertier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.partnertier.testing.RulesCopy;

/**
 * The README lists, for portal developers, the codes the shipped rules count and the reasons and routes an answer gives.
 * The rules hold them (once, in DRL): every one of them must be in the README, so an edit of the rules that adds or
 * renames a code fails here until the README says so too. (A code the README keeps after the rules dropped it is not
 * caught: the README also names codes as examples of what does not count.)
 */
class ShippedCodesDocumentedTest {

    /** The quoted strings of each call of {@code call} (e.g. {@code QualifyingRoute.exams}), one list per call. */
    private static List<List<String>> calls(String drl, String call) {
        List<List<String>> calls = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(call) + "\\(([^)]*)\\)").matcher(drl);
        while (m.find()) {
            List<String> quoted = new ArrayList<>();
            Matcher code = Pattern.compile("\"([^\"]+)\"").matcher(m.group(1));
            while (code.find()) {
                quoted.add(code.group(1));
            }
            calls.add(quoted);
        }
        return calls;
    }

    private static List<String> quoted(String drl, String call) {
        List<String> codes = calls(drl, call).stream().flatMap(List::stream).toList();
        assertThat(codes).as(call + " in rules/").isNotEmpty();
        return codes;
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n### ", start + heading.length());
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    @Test
    void theReadmeListsTheCodesTheShippedRulesCountAndTheReasonsAndRoutesTheyGive() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String request = section(readme, "### The request");
        String answer = section(readme, "### The answer");

        String drl = RulesCopy.drl(RulesCopy.SHIPPED); // analysts may move a rule to another file
        List<String> counted = new ArrayList<>(quoted(drl, "new EligibleWorkloads"));
        counted.addAll(quoted(drl, "new CountingAssociations"));
        List<String> routes = new ArrayList<>();
        for (String kind : List.of("QualifyingRoute.exams", "QualifyingRoute.certifications")) {
            for (List<String> route : calls(drl, kind)) {
                assertThat(route).as(kind + ": the route's name, then what it asks").hasSizeGreaterThan(1);
                routes.add(route.get(0));
                counted.addAll(route.subList(1, route.size()));
            }
        }
        assertThat(routes).as("the qualifying routes in rules/").isNotEmpty();
        assertThat(counted).allSatisfy(code -> assertThat(request)
                .as("README.md, \"The request\", names every code the rules in rules/ count: add `" + code + "`").contains("`" + code + "`"));

        List<String> reasons = quoted(drl, "Exclusion.of").stream().filter(c -> c.matches("[A-Z_]+")).toList();
        assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(answer)
                .as("README.md, \"The answer\", names every reason the rules in rules/ give: add `" + reason + "`").contains("`" + reason + "`"));
        assertThat(routes).allSatisfy(route -> assertThat(answer)
                .as("README.md, \"The answer\", names every qualifying route of the rules in rules/: add `" + route + "`").contains("`" + route + "`"));
    }
}
