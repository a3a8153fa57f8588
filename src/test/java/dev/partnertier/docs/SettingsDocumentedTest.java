package dev.partnertier.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Each of the service's own settings has one default, its {@code @WithDefault}; the README's settings table
 * names every setting with that same default, and application.properties does not set it again.
 */
class SettingsDocumentedTest {

    private static final Path CLASSES = Path.of("target/classes");

    @Test
    void theReadmeListsEverySettingWithItsOneDefault() throws IOException {
        Map<String, Optional<String>> settings = settings();
        assertThat(settings).containsKeys("rules.dir", "limits.customers", "admission.max-wait", "decision-log.enabled");

        Map<String, String> readme = readmeTable();
        for (Map.Entry<String, Optional<String>> setting : settings.entrySet()) {
            assertThat(readme).as("README settings table").containsKey(setting.getKey());
            setting.getValue().ifPresent(value -> assertThat(readme.get(setting.getKey()))
                    .as("README default of " + setting.getKey()).startsWith("`" + value + "`"));
        }
    }

    @Test
    void applicationPropertiesDoesNotRepeatThem() throws IOException {
        List<String> set = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("%")) // a profile may differ
                .map(line -> line.substring(0, line.indexOf('=')))
                .toList();
        assertThat(set).isNotEmpty().doesNotContainAnyElementsOf(settings().keySet());
    }

    /** Every property of this project's {@code @ConfigMapping}s, with its {@code @WithDefault} if any. */
    private static Map<String, Optional<String>> settings() throws IOException {
        Map<String, Optional<String>> settings = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(name);
                ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
                if (mapping != null) {
                    collect(mapping.prefix(), type, settings);
                }
            }
        }
        return settings;
    }

    private static void collect(String prefix, Class<?> type, Map<String, Optional<String>> into) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.isDefault() || method.isSynthetic() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String property = prefix + "." + kebab(method.getName());
            Class<?> returned = method.getReturnType();
            if (returned.isInterface() && returned.getName().startsWith("dev.partnertier.")) {
                collect(property, returned, into); // a group of settings
            } else {
                WithDefault fallback = method.getAnnotation(WithDefault.class);
                into.put(property, Optional.ofNullable(fallback).map(WithDefault::value));
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Setting name to default column of README's "Settings" table. */
    private static Map<String, String> readmeTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Settings"));
        section = section.substring(0, section.indexOf("\n## ", 3));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([^`]+)` \\| ([^|]*) \\|").matcher(section);
        while (row.find()) {
            rows.put(row.group(1), row.group(2).trim());
        }
        return rows;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, SettingsDocumentedTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

}
