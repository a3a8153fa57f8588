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

    private static List<String> quoted(String drl, String call) throws IOException {
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(call) + "\\(([^)]*)\\)").matcher(Files.readString(RulesCopy.SHIPPED.resolve(drl)));
        while (m.find()) {
            Matcher code = Pattern.compile("\"([^\"]+)\"").matcher(m.group(1));
            while (code.find()) {
                codes.add(code.group(1));
            }
        }
        assertThat(codes).as(call + " in " + drl).isNotEmpty();
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

        List<String> counted = new ArrayList<>(quoted("workloads.drl", "new EligibleWorkloads"));
        counted.addAll(quoted("customers.drl", "new CountingAssociations"));
        for (String route : List.of("QualifyingRoute.exams", "QualifyingRoute.certifications")) {
            List<String> named = quoted("individuals.drl", route);
            assertThat(named).as(route + ": the route's name, then what it asks").hasSizeGreaterThan(1);
            counted.addAll(named.subList(1, named.size()));
        }
        assertThat(counted).allSatisfy(code -> assertThat(request)
                .as("README.md, \"The request\", names every code the rules in rules/ count: add `" + code + "`").contains("`" + code + "`"));

        List<String> reasons = new ArrayList<>();
        for (String drl : List.of("customers.drl", "workloads.drl", "individuals.drl")) {
            reasons.addAll(quoted(drl, "Exclusion.of").stream().filter(c -> c.matches("[A-Z_]+")).toList());
        }
        assertThat(reasons).isNotEmpty().allSatisfy(reason -> assertThat(answer)
                .as("README.md, \"The answer\", names every reason the rules in rules/ give: add `" + reason + "`").contains("`" + reason + "`"));
        List<String> routes = List.of(quoted("individuals.drl", "QualifyingRoute.exams").get(0),
                quoted("individuals.drl", "QualifyingRoute.certifications").get(0));
        assertThat(routes).allSatisfy(route -> assertThat(answer)
                .as("README.md, \"The answer\", names every qualifying route of the rules in rules/: add `" + route + "`").contains("`" + route + "`"));
    }
}
