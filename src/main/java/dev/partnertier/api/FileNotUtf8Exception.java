package dev.partnertier.api;

/**
 * A file an analyst asked to read that is not saved as UTF-8 (an editor's EUC-KR or Latin-1): answered 409 with its
 * name and where it stops being UTF-8, never its bytes. 409 (RFC 9110, 15.5.10): the file's state stands in the way,
 * and the analyst can resolve it (save it again as UTF-8) and ask again; a GET has no content to be unprocessable.
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
