package org.gazette.content.yaml;

/** YAML that cannot be parsed; the line is in file coordinates and the message is for an editor. */
public final class YamlSyntaxException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String hint;

    public YamlSyntaxException(int line, String message, String hint) {
        super(message);
        this.line = line;
        this.hint = hint;
    }

    public int line() {
        return line;
    }

    public String hint() {
        return hint;
    }
}
