package dev.partnertier.engine;

import java.util.regex.Pattern;

/**
 * One file of the rules folder: its path relative to the folder (with '/' separators) and its text. Lines ended by a
 * carriage return alone (as old Mac OS editors save them) are read as lines ended by a line feed, as every editor shows
 * them: Drools would read such a file as one line, mostly comment.
 */
public record RuleFile(String path, String content) {

    private static final Pattern LONE_CARRIAGE_RETURN = Pattern.compile("\r(?!\n)");

    public RuleFile {
        if (content != null && content.indexOf('\r') >= 0) {
            content = LONE_CARRIAGE_RETURN.matcher(content).replaceAll("\n");
        }
    }
}
