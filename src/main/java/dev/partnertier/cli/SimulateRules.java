package dev.partnertier.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.partnertier.activation.LoadedRules;
import dev.partnertier.analysis.FailedPartner;
import dev.partnertier.analysis.InvalidPartner;
import dev.partnertier.analysis.Outcome;
import dev.partnertier.analysis.PartnerChange;
import dev.partnertier.analysis.PartnerShift;
import dev.partnertier.analysis.RequirementChange;
import dev.partnertier.analysis.Simulation;
import dev.partnertier.analysis.SimulationReport;
import dev.partnertier.contract.PartnerReader;
import dev.partnertier.contract.RequestLimits;
import dev.partnertier.contract.StrictJson;
import dev.partnertier.engine.RuleCompiler;
import dev.partnertier.engine.RuleFiles;
import dev.partnertier.engine.RuleProblem;
import dev.partnertier.engine.RulesCompilationException;

/**
 * {@code simulate-rules [--json] [--active DIR] CANDIDATE_DIR PARTNERS}: what-if on the command line. Decides
 * every partner of {@code PARTNERS}, a folder or one file (each {@code *.json} file one request, or an array of them;
 * each line of a {@code *.ndjson} file one request) under the active rules ({@code --active}, default {@code rules})
 * and under the candidate folder, and prints who changes tier and why, as {@code POST /rules/simulate} answers (as
 * JSON with {@code --json}). Exit code 0 when both folders compile and decide every partner (whatever changes), 1 when
 * one does not compile or the rules fail on a partner (each such partner is listed, with the rule and a hint), 2 for
 * bad usage.
 */
final class SimulateRules {

    static final String NAME = "simulate-rules";
    private static final String USAGE = "usage: simulate-rules [--json] [--active RULES_DIR] CANDIDATE_DIR PARTNERS_DIR_OR_FILE";

    private SimulateRules() {
    }

    static int run(String[] args, PrintStream out) {
        boolean asJson = false;
        Path activeDir = Path.of("rules");
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> asJson = true;
                case "--active" -> {
                    if (i + 1 >= args.length) {
                        out.println(USAGE);
                        return 2;
                    }
                    activeDir = Path.of(args[++i]);
                }
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> dirs.add(Path.of(args[i]));
            }
        }
        if (dirs.size() != 2) {
            out.println(USAGE);
            return 2;
        }
        LoadedRules active = compile("active", activeDir, out);
        LoadedRules candidate = compile("candidate", dirs.get(0), out);
        if (active == null || candidate == null) {
            return 1;
        }
        ObjectMapper json = StrictJson.configure(new ObjectMapper());
        Simulation simulation = new Simulation(active, candidate, new PartnerReader(json, RequestLimits.NONE), Locale.ENGLISH, true);
        List<String> sources = new ArrayList<>();
        try {
            for (Partner partner : partners(dirs.get(1), json)) {
                sources.add(partner.source());
                simulation.add(partner.request());
            }
        } catch (NoSuchFileException e) {
            out.println("FAIL  cannot read the partners in " + dirs.get(1) + ": there is no such file or folder");
            return 1;
        } catch (IOException e) {
            out.println("FAIL  cannot read the partners in " + dirs.get(1) + ": " + e.getMessage());
            return 1;
        }
        SimulationReport report = simulation.report();
        if (asJson) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        } else {
            print(report, sources, activeDir, dirs.get(0), out);
        }
        return report.failed().isEmpty() ? 0 : 1;
    }

    private record Partner(String source, byte[] request) {
    }

    private static LoadedRules compile(String which, Path dir, PrintStream out) {
        try {
            return LoadedRules.compile(new RuleCompiler(), RuleFiles.read(dir.toAbsolutePath().normalize()));
        } catch (RulesCompilationException e) {
            out.println("FAIL  The " + which + " rules in " + dir.toAbsolutePath().normalize() + " do not compile:");
            for (RuleProblem error : e.errors()) {
                out.println("      " + error);
            }
            out.println("      (./check-rules " + dir + " shows each error with its line and a hint)");
            return null;
        }
    }

    /**
     * Every request of the folder, in file name order (and line order within NDJSON files); or of the one file, when
     * a file is given.
     */
    private static List<Partner> partners(Path dir, ObjectMapper json) throws IOException {
        List<Partner> partners = new ArrayList<>();
        List<Path> files;
        if (Files.isRegularFile(dir)) {
            files = List.of(dir);
        } else {
            try (Stream<Path> listing = Files.list(dir)) {
                files = listing.filter(f -> f.toString().endsWith(".json") || f.toString().endsWith(".ndjson")).sorted().toList();
            }
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.endsWith(".ndjson")) {
                int line = 0;
                for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    line++;
                    if (!text.isBlank()) {
                        partners.add(new Partner(name + ":" + line, text.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            } else {
                JsonNode content = json.readTree(file.toFile());
                if (content != null && content.isArray()) {
                    for (int i = 0; i < content.size(); i++) {
                        partners.add(new Partner(name + "[" + i + "]", json.writeValueAsBytes(content.get(i))));
                    }
                } else {
                    partners.add(new Partner(name, Files.readAllBytes(file)));
                }
            }
        }
        return partners;
    }

    private static void print(SimulationReport report, List<String> sources, Path activeDir, Path candidateDir, PrintStream out) {
        out.println("Active rules:    " + activeDir.toAbsolutePath().normalize() + " (version " + report.activeVersion() + ")");
        out.println("Candidate rules: " + candidateDir.toAbsolutePath().normalize() + " (version " + report.candidateVersion() + ")");
        out.println();
        for (PartnerChange change : report.changed()) {
            out.println(change.from() + " -> " + change.to() + "  " + change.partnerId() + "  (" + sources.get(change.index()) + ")");
            for (RequirementChange requirement : change.requirements()) {
                out.println("      " + requirement.level() + " " + requirement.requirement().id() + ": "
                        + describe(requirement.before()) + " -> " + describe(requirement.after()));
            }
        }
        for (InvalidPartner invalid : report.invalid()) {
            out.println("NOT READ  " + sources.get(invalid.index()) + ": " + invalid.errors().stream()
                    .map(f -> (f.field().isEmpty() ? "" : f.field() + ": ") + f.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        }
        for (FailedPartner failed : report.failed()) {
            out.println("FAILED    " + sources.get(failed.index()) + ": the " + failed.rules() + " rules: " + failed.message());
            if (failed.hint() != null) {
                out.println("          Hint: " + failed.hint());
            }
        }
        for (PartnerShift shift : report.shifted()) { // after what needs fixing: a threshold moves every partner's figures
            out.println("SAME " + shift.tier() + "  " + shift.partnerId() + "  (" + sources.get(shift.index()) + ")");
            for (RequirementChange requirement : shift.requirements()) {
                out.println("      " + requirement.level() + " " + requirement.requirement().id() + ": "
                        + describe(requirement.before()) + " -> " + describe(requirement.after()));
            }
        }
        if (!report.changed().isEmpty() || !report.shifted().isEmpty() || !report.invalid().isEmpty() || !report.failed().isEmpty()) {
            out.println();
        }
        out.println(report.changed().size() + (report.changed().size() == 1 ? " partner changes" : " partners change") + " tier, "
                + report.unchanged() + " keep" + (report.unchanged() == 1 ? "s" : "") + " it"
                + (report.shifted().isEmpty() ? "" : " (" + report.shifted().size() + " of them with requirements that change)")
                + (report.invalid().isEmpty() ? "" : ", " + report.invalid().size() + " could not be read")
                + (report.failed().isEmpty() ? "" : ", the rules failed on " + report.failed().size()) + ".");
    }

    private static String describe(Outcome outcome) {
        if (outcome == null) {
            return "no such requirement";
        }
        return (outcome.met() ? "met" : "not met") + " (" + String.format(Locale.ROOT, "%,d", outcome.actual()) + " of "
                + String.format(Locale.ROOT, "%,d", outcome.required()) + ")";
    }
}
