package dev.partnertier.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder does not compile; carries every error with its file and line. */
public class RulesCompilationException extends RuntimeException {

    private final transient List<RuleProblem> errors;

    public RulesCompilationException(List<RuleProblem> errors) {
        super("The rules do not compile:\n" + errors.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleProblem> errors() {
        return errors;
    }
}
