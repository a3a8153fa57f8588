import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * with {@code ThreadMXBean}, which adds about half a microsecond to each), then the bytes each piece allocates per
 * decision (the thread's allocation counter). For comparing two builds of the same
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
            long read = 0;
            long evaluate = 0;
            long answer = 0;
            long write = 0;
            long[] bytes = new long[4];
            for (int i = 0; i < n; i++) {
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long c0 = threads.getCurrentThreadCpuTime();
                PartnerFacts facts = reader.read(new ByteArrayInputStream(body));
                long c1 = threads.getCurrentThreadCpuTime();
                long a1 = threads.getCurrentThreadAllocatedBytes();
                Evaluation evaluation = rules.rules().evaluate(facts);
                long c2 = threads.getCurrentThreadCpuTime();
                long a2 = threads.getCurrentThreadAllocatedBytes();
                EvaluationResponse response = Answers.of(facts, evaluation, rules.wording().in("en"));
                long c3 = threads.getCurrentThreadCpuTime();
                long a3 = threads.getCurrentThreadAllocatedBytes();
                json.writeValueAsBytes(response);
                long c4 = threads.getCurrentThreadCpuTime();
                long a4 = threads.getCurrentThreadAllocatedBytes();
                bytes[0] += a1 - a0;
                bytes[1] += a2 - a1;
                bytes[2] += a3 - a2;
                bytes[3] += a4 - a3;
                read += c1 - c0;
                evaluate += c2 - c1;
                answer += c3 - c2;
                write += c4 - c3;
            }
            System.out.printf("round %d: read %.1f, evaluate %.1f, answer %.1f, JSON %.1f, total %.1f µs per decision%n", round,
                    read / 1e3 / n, evaluate / 1e3 / n, answer / 1e3 / n, write / 1e3 / n, (read + evaluate + answer + write) / 1e3 / n);
            System.out.printf("         allocated: read %d, evaluate %d, answer %d, JSON %d bytes per decision%n",
                    bytes[0] / n, bytes[1] / n, bytes[2] / n, bytes[3] / n);
        }
    }
}
