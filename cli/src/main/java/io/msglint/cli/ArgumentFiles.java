package io.msglint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @file} arguments: replaced by the file's content, split at white space ("..." and '...'
 * keep it; a line starting with # is a comment). They keep long classpaths off the command line.
 * An argument naming no readable file stays as it is; {@code @@x} is the literal {@code @x}.
 */
final class ArgumentFiles {

    private ArgumentFiles() {
    }

    static List<String> expand(List<String> args) {
        List<String> expanded = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@@")) {
                expanded.add(arg.substring(1));
            } else if (arg.length() > 1 && arg.startsWith("@") && Files.isReadable(Path.of(arg.substring(1)))) {
                try {
                    expanded.addAll(split(Files.readString(Path.of(arg.substring(1)), StandardCharsets.UTF_8)));
                } catch (IOException | RuntimeException e) {
                    expanded.add(arg);
                }
            } else {
                expanded.add(arg);
            }
        }
        return expanded;
    }

    static List<String> split(String content) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (String line : content.split("\\R")) {
            if (quote == 0 && line.stripLeading().startsWith("#")) {
                continue;
            }
            for (char c : line.toCharArray()) {
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        token.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    inToken = true;
                } else if (Character.isWhitespace(c)) {
                    if (inToken) {
                        tokens.add(token.toString());
                        token.setLength(0);
                        inToken = false;
                    }
                } else {
                    token.append(c);
                    inToken = true;
                }
            }
            if (quote != 0) {
                token.append('\n');
            } else if (inToken) {
                tokens.add(token.toString());
                token.setLength(0);
                inToken = false;
            }
        }
        if (inToken) {
            tokens.add(token.toString());
        }
        return tokens;
    }
}
