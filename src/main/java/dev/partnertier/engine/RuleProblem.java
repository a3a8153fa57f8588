package dev.partnertier.engine;

/** A compile error or warning in a DRL file, located by file, line and column (1-based; 0 when unknown). */
public record RuleProblem(String severity, String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity + ": " + message;
    }
}
