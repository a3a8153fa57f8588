package dev.partnertier.api;

/**
 * A file an analyst asked to read that is not saved as UTF-8 (an editor's EUC-KR or Latin-1): answered 422 with its
 * name and where it stops being UTF-8, never its bytes.
 */
final class FileNotUtf8Exception extends RuntimeException {

    private final String name;
    private final int line;
    private final int column;

    FileNotUtf8Exception(String name, int line, int column) {
        super(name + " is not UTF-8 at line " + line + ", column " + column, null, false, false);
        this.name = name;
        this.line = line;
        this.column = column;
    }

    String name() {
        return name;
    }

    int line() {
        return line;
    }

    int column() {
        return column;
    }
}
