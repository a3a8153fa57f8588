import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
 * Bytes per customer that a decision allocates (reading the request, deciding, writing the answer) and keeps (the
 * facts read, held while the decision runs), measured in one JVM on the packaged application's classes:
 *
 *   java -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' bench/MemoryPerCustomer.java FILE...
 *
 * with FILEs written by bench/GenerateRequest.java. Allocation is the thread's own count
 * (com.sun.management.ThreadMXBean); what is kept is the heap in use after a full collection, with and without the
 * facts held. Each file is decided five times first, so the JIT has settled.
 */
public class MemoryPerCustomer {

    public static void main(String[] args) throws Exception {
        // As the service runs: Drools at WARN (its TRACE output also walks code paths that fail on accumulates).
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.drools").setLevel(java.util.logging.Level.WARNING);
        ObjectMapper json = StrictJson.configure(new ObjectMapper());
        PartnerReader reader = new PartnerReader(json, RequestLimits.NONE);
        LoadedRules rules = new RulesLoader(new CompileGate()).load(Path.of("rules"), RuleFiles.read(Path.of("rules")));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.out.println("| customers | body | allocated: read | allocated: decide | allocated: answer + JSON | kept: facts | per customer: allocated, kept |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String file : args) {
            byte[] body = Files.readAllBytes(Path.of(file));
            for (int i = 0; i < 5; i++) {
                PartnerFacts facts = reader.read(new ByteArrayInputStream(body));
                json.writeValueAsBytes(Answers.of(facts, rules.rules().evaluate(facts), rules.wording().in("en")));
            }
            long t = Thread.currentThread().getId();
            long a0 = threads.getThreadAllocatedBytes(t);
            PartnerFacts facts = reader.read(new ByteArrayInputStream(body));
            long a1 = threads.getThreadAllocatedBytes(t);
            Evaluation evaluation = rules.rules().evaluate(facts);
            long a2 = threads.getThreadAllocatedBytes(t);
            EvaluationResponse answer = Answers.of(facts, evaluation, rules.wording().in("en"));
            byte[] written = json.writeValueAsBytes(answer);
            long a3 = threads.getThreadAllocatedBytes(t);
            System.gc();
            long held = memory.getHeapMemoryUsage().getUsed();
            int customers = facts.customerCount();
            facts = null;
            evaluation = null;
            answer = null;
            System.gc();
            long released = memory.getHeapMemoryUsage().getUsed();
            long kept = held - released;
            System.out.printf("| %,d | %.1f MB | %.1f MB | %.1f MB | %.1f MB (%.1f MB of JSON) | %.1f MB | %,d B, %,d B |%n", customers,
                    body.length / 1e6, (a1 - a0) / 1e6, (a2 - a1) / 1e6, (a3 - a2) / 1e6, written.length / 1e6, kept / 1e6,
                    (a3 - a0) / customers, kept / customers);
        }
    }
}
