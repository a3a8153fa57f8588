package dev.partnertier.engine;

/** A compile error or warning in a DRL file, located by file, line and column (1-based; 0 when unknown). */
public record RuleProblem(String severity, String file, int line, int column, String message) {

    @Override
    public String toString() {
        String where = file.isEmpty() ? "" : line > 0 ? file + ":" + line + ":" + column + ": " : file + ": ";
        return where + severity + ": " + message;
    }
}
