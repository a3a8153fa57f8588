package dev.partnertier.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The Kubernetes manifests parse and hold what operators rely on. */
class KubernetesManifestsTest {

    private static final Map<String, JsonNode> BY_KIND = new HashMap<>();
    private static JsonNode container;

    @BeforeAll
    static void read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (var docs = yaml.readerFor(JsonNode.class).<JsonNode>readValues(Files.readString(Path.of("deploy", "kubernetes", "partner-tier.yaml")))) {
            while (docs.hasNext()) {
                JsonNode doc = docs.next();
                BY_KIND.put(doc.get("kind").asText(), doc);
            }
        }
        container = BY_KIND.get("Deployment").at("/spec/template/spec/containers/0");
    }

    @Test
    void everyObjectIsThere() {
        assertThat(BY_KIND).containsOnlyKeys("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy");
    }

    @Test
    void onlyTheApiPortIsOpenToEveryPodAndTheManagementPortOnlyToMonitoring() {
        JsonNode policy = BY_KIND.get("NetworkPolicy");
        assertThat(policy.at("/spec/podSelector/matchLabels")).isEqualTo(BY_KIND.get("Deployment").at("/spec/selector/matchLabels"));
        assertThat(policy.at("/spec/policyTypes/0").asText()).isEqualTo("Ingress");
        JsonNode ingress = policy.at("/spec/ingress");
        assertThat(ingress).hasSize(2);
        // the API: no "from", so any source; and no other port
        assertThat(ingress.get(0).has("from")).isFalse();
        assertThat(ingress.get(0).at("/ports").findValuesAsText("port")).containsExactly("http");
        // health and metrics: from one namespace only
        assertThat(ingress.get(1).at("/ports").findValuesAsText("port")).containsExactly("management");
        assertThat(ingress.get(1).at("/from")).hasSize(1);
        assertThat(ingress.get(1).at("/from/0/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText()).isNotEmpty();
        // the names are the container's ports
        assertThat(container.at("/ports").findValuesAsText("name")).contains("http", "management");
    }

    @Test
    void threeReplicasWithProbesOnTheHealthEndpoints() {
        assertThat(BY_KIND.get("Deployment").at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
    }

    @Test
    void healthAndMetricsAreOnTheManagementPortWhichTheServiceDoesNotPublish() throws IOException {
        assertThat(container.at("/ports").findValuesAsText("containerPort")).containsExactly("8080", "9000");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            assertThat(container.at("/" + probe + "/httpGet/port").asText()).as(probe).isEqualTo("management");
        }
        assertThat(BY_KIND.get("Deployment").at("/spec/template/metadata/annotations/prometheus.io~1port").asText()).isEqualTo("9000");
        assertThat(BY_KIND.get("Service").at("/spec/ports").findValuesAsText("targetPort")).containsExactly("http");
        assertThat(Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm"))).contains("EXPOSE 8080 9000");
    }

    @Test
    void authenticationIsOnWithAKeyAndAnIssuer() throws IOException {
        Map<String, String> env = new HashMap<>();
        container.at("/env").forEach(e -> env.put(e.get("name").asText(), e.path("value").asText()));
        assertThat(env).containsEntry("AUTH_ENABLED", "true").containsKeys("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER");
        assertThat(container.at("/volumeMounts").findValuesAsText("mountPath"))
                .contains(Path.of(env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION")).getParent().toString());
        assertThat(Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm"))).contains("AUTH_ENABLED=true");
    }

    @Test
    void theManifestRunsTheJvmWithTheImagesOptionsAndAChosenCollector() throws IOException {
        // Below 1,792 MB (the pod's 1.5 GiB) the JVM would choose the Serial collector itself (bench/README.md).
        String dockerfile = Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm"));
        Matcher image = Pattern.compile("^\\s+JAVA_OPTS=\"([^\"]*)\"", Pattern.MULTILINE).matcher(dockerfile);
        assertThat(image.find()).as("JAVA_OPTS in Dockerfile.jvm").isTrue();
        Map<String, String> env = new HashMap<>();
        container.at("/env").forEach(e -> env.put(e.get("name").asText(), e.path("value").asText()));
        assertThat(env.get("JAVA_OPTS")).isEqualTo(image.group(1));
        assertThat(image.group(1).split(" ")).contains("-XX:+UseParallelGC");
    }

    @Test
    void resourcesAreRequestedAndLimited() {
        for (String kind : List.of("requests", "limits")) {
            assertThat(container.at("/resources/" + kind + "/cpu").isMissingNode()).as(kind + " cpu").isFalse();
            assertThat(container.at("/resources/" + kind + "/memory").isMissingNode()).as(kind + " memory").isFalse();
        }
    }

    @Test
    void theRulesComeFromAConfigMapMountedOverTheImagesRulesFolder() throws IOException {
        JsonNode spec = BY_KIND.get("Deployment").at("/spec/template/spec");
        assertThat(spec.at("/volumes").findValuesAsText("name")).contains("partner-tier-rules");
        JsonNode mount = container.at("/volumeMounts/0");
        assertThat(mount.get("name").asText()).isEqualTo("rules");
        assertThat(mount.get("mountPath").asText()).isEqualTo("/deployments/rules");
        assertThat(container.at("/env/0/name").asText()).isEqualTo("RULES_DIR");
        assertThat(container.at("/env/0/value").asText()).isEqualTo("/deployments/rules");
        assertThat(Files.readString(Path.of("src", "main", "docker", "Dockerfile.jvm"))).contains("RULES_DIR=/deployments/rules");
    }

    @Test
    void theScenariosComeFromASecondOptionalConfigMapAndEditsTheyRefuseAreRefused() {
        JsonNode spec = BY_KIND.get("Deployment").at("/spec/template/spec");
        JsonNode volume = null;
        for (JsonNode v : spec.at("/volumes")) {
            if ("scenarios".equals(v.path("name").asText())) {
                volume = v;
            }
        }
        assertThat(volume).as("a scenarios volume").isNotNull();
        assertThat(volume.at("/configMap/name").asText()).isEqualTo("partner-tier-scenarios");
        assertThat(volume.at("/configMap/optional").asBoolean()).as("pods start without it").isTrue();
        Map<String, String> env = new HashMap<>();
        container.at("/env").forEach(e -> env.put(e.get("name").asText(), e.path("value").asText()));
        String mountPath = null;
        for (JsonNode m : container.at("/volumeMounts")) {
            if ("scenarios".equals(m.path("name").asText())) {
                mountPath = m.path("mountPath").asText();
            }
        }
        assertThat(env).containsEntry("RULES_SCENARIOS_DIR", mountPath).containsEntry("RULES_RELOAD_REQUIRE_PASSING_SCENARIOS", "true");
    }

    @Test
    void runsAsNonRootAndShutsDownGracefully() {
        JsonNode spec = BY_KIND.get("Deployment").at("/spec/template/spec");
        assertThat(spec.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(spec.at("/terminationGracePeriodSeconds").asInt()).isGreaterThan(30); // quarkus.shutdown.timeout
        assertThat(container.at("/lifecycle/preStop").isMissingNode()).isFalse();
    }

    @Test
    void theServiceAndTheAutoscalerPointAtTheDeployment() {
        String name = BY_KIND.get("Deployment").at("/metadata/name").asText();
        JsonNode labels = BY_KIND.get("Deployment").at("/spec/template/metadata/labels");
        assertThat(BY_KIND.get("Service").at("/spec/selector")).isEqualTo(labels);
        JsonNode hpa = BY_KIND.get("HorizontalPodAutoscaler").at("/spec");
        assertThat(hpa.at("/scaleTargetRef/kind").asText()).isEqualTo("Deployment");
        assertThat(hpa.at("/scaleTargetRef/name").asText()).isEqualTo(name);
        assertThat(hpa.at("/minReplicas").asInt()).isEqualTo(3);
        assertThat(hpa.at("/maxReplicas").asInt()).isGreaterThan(3);
    }
}
