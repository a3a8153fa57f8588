import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.activation.RulesLoader;
import dev.partnertier.answer.Answers;
import dev.partnertier.answer.EvaluationResponse;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.contract.RequestLimits;
import dev.partnertier.contract.StrictJson;
import dev.partnertier.engine.CompileGate;
import dev.partnertier.engine.Evaluation;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.model.PartnerFacts;

/**
 * The CPU time of each piece of one decision, on one thread, without HTTP: reading the body into facts, evaluating
 * them with the rules in {@code rules/}, building the answer's sentences, writing its JSON. Six rounds of N decisions
 * of the same body; the later rounds are the warmed-up figures (µs of thread CPU time per decision, each piece timed
 * with {@code ThreadMXBean}, which adds about half a microsecond to each), then, in a tenth as many decisions apart,
 * the bytes each piece allocates per decision (the thread's allocation counter). For comparing two builds of the same
 * piece; the 16-connection runs (`bench/run.sh`) say what a change is worth to the portal.
 *
 * <pre>
 * ./mvnw -q package -DskipTests
 * java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
 *     -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' \
 *     bench/DecisionCost.java BODY.json 40000
 * </pre>
 */
public class DecisionCost {

    public static void main(String[] args) throws Exception {
        // As the service runs: Drools at WARN (its TRACE output also walks code paths that fail on accumulates).
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        ObjectMapper json = StrictJson.configure(new ObjectMapper());
        PartnerReader reader = new PartnerReader(json, RequestLimits.NONE);
        LoadedRules rules = new RulesLoader(new CompileGate()).load(Path.of("rules"), RuleFiles.read(Path.of("rules")));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] body = Files.readAllBytes(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        for (int round = 1; round <= 6; round++) {
            long[] cpu = pieces(n, threads::getCurrentThreadCpuTime, body, reader, rules, json);
            System.out.printf("round %d: read %.1f, evaluate %.1f, answer %.1f, JSON %.1f, total %.1f µs per decision%n", round,
                    cpu[0] / 1e3 / n, cpu[1] / 1e3 / n, cpu[2] / 1e3 / n, cpu[3] / 1e3 / n, (cpu[0] + cpu[1] + cpu[2] + cpu[3]) / 1e3 / n);
            // Apart, so that reading the allocation counter is not in the timings.
            int m = Math.max(1, n / 10);
            long[] bytes = pieces(m, threads::getCurrentThreadAllocatedBytes, body, reader, rules, json);
            System.out.printf("         allocated: read %d, evaluate %d, answer %d, JSON %d bytes per decision%n",
                    bytes[0] / m, bytes[1] / m, bytes[2] / m, bytes[3] / m);
        }
    }

    /** N decisions of the body; for each piece, the sum of what {@code counter} advanced during it. */
    private static long[] pieces(int n, LongSupplier counter, byte[] body, PartnerReader reader, LoadedRules rules,
            ObjectMapper json) throws Exception {
        long[] sums = new long[4];
        for (int i = 0; i < n; i++) {
            long c0 = counter.getAsLong();
            PartnerFacts facts = reader.read(new ByteArrayInputStream(body));
            long c1 = counter.getAsLong();
            Evaluation evaluation = rules.rules().evaluate(facts);
            long c2 = counter.getAsLong();
            EvaluationResponse response = Answers.of(facts, evaluation, rules.wording().in("en"));
            long c3 = counter.getAsLong();
            json.writeValueAsBytes(response);
            long c4 = counter.getAsLong();
            sums[0] += c1 - c0;
            sums[1] += c2 - c1;
            sums[2] += c3 - c2;
            sums[3] += c4 - c3;
        }
        return sums;
    }
}
