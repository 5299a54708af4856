package io.msglint.core.source;

import io.msglint.rules.azure.SourceVocabulary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks, before parsing, the bodies of methods that cannot affect any fact: bodies that mention
 * nothing msglint looks for, assign no field, and are not called from a body that is kept.
 * Blanking keeps every line break, so positions do not move. Parsing is most of the cost of a
 * scan, and most methods of a file that sends somewhere do something else.
 *
 * <p>Only bodies of methods and constructors directly inside a top-level type are candidates;
 * everything else (field initializers, nested types, initializer blocks) is always kept.
 */
public final class BodyFilter {

    // Each name pattern starts only where a word starts and never gives back what it took, so
    // matching is linear however long a run of word characters is.
    private static final Pattern FIELD = Pattern.compile("(?<![\\w$])([A-Za-z_$][\\w$]*+)\\s*+(=|;|,)");
    /** A call {@code name(} or a method reference {@code ::name}. */
    private static final Pattern CALL = Pattern.compile(
            "(?<![\\w$])([A-Za-z_$][\\w$]*+)\\s*+\\(|::\\s*+([A-Za-z_$][\\w$]*+)");

    private BodyFilter() {
    }

    /** A member body: where its braces are, the method's name and its header. */
    private record Body(int open, int close, String name, String header) {
    }

    public static String filter(String text) {
        return filter(text, List.of());
    }

    /** @param alsoRelevant words that make a body relevant besides msglint's own (the names of methods searched for) */
    public static String filter(String text, Collection<String> alsoRelevant) {
        Scan scan = Scan.of(text);
        if (scan.bodies.isEmpty()) {
            return text;
        }
        Set<String> fields = fieldNames(scan.memberText);
        // Kept: the bodies that matter by themselves, then, one by one, the bodies of the methods a
        // kept body calls (each body's text is read once, however long the chain of calls).
        Map<String, List<Body>> byName = new HashMap<>();
        for (Body body : scan.bodies) {
            byName.computeIfAbsent(body.name(), n -> new ArrayList<>()).add(body);
        }
        Set<Body> kept = new HashSet<>();
        Deque<Body> toFollow = new ArrayDeque<>();
        for (Body body : scan.bodies) {
            String content = text.substring(body.open(), body.close());
            if (mentionsAny(body.header(), SourceVocabulary.headerWords()) || relevant(content, fields)
                    || mentionsAny(content, alsoRelevant)) {
                kept.add(body);
                toFollow.add(body);
            }
        }
        Set<String> followed = new HashSet<>();
        while (!toFollow.isEmpty()) {
            Body body = toFollow.poll();
            Matcher m = CALL.matcher(text).region(body.open(), body.close());
            while (m.find()) {
                String called = m.group(1) != null ? m.group(1) : m.group(2);
                if (followed.add(called)) {
                    for (Body callee : byName.getOrDefault(called, List.of())) {
                        if (kept.add(callee)) {
                            toFollow.add(callee);
                        }
                    }
                }
            }
        }
        char[] chars = text.toCharArray();
        for (Body body : scan.bodies) {
            if (!kept.contains(body)) {
                for (int i = body.open() + 1; i < body.close(); i++) {
                    if (chars[i] != '\n' && chars[i] != '\r') {
                        chars[i] = ' ';
                    }
                }
            }
        }
        return new String(chars);
    }

    private static boolean relevant(String body, Set<String> fields) {
        if (mentionsAny(body, SourceVocabulary.bodyWords())) {
            return true;
        }
        for (String field : fields) {
            int at = body.indexOf(field);
            while (at >= 0) {
                int after = at + field.length();
                boolean wordStart = at == 0 || !Character.isJavaIdentifierPart(body.charAt(at - 1));
                int next = after;
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                boolean assigned = next < body.length() && body.charAt(next) == '='
                        && (next + 1 >= body.length() || body.charAt(next + 1) != '=');
                if (wordStart && assigned) {
                    return true;
                }
                at = body.indexOf(field, after);
            }
        }
        return false;
    }

    private static boolean mentionsAny(String text, Collection<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Names declared at member level outside bodies: fields (and, harmlessly, a few other words). */
    private static Set<String> fieldNames(String memberText) {
        Set<String> names = new HashSet<>();
        Matcher m = FIELD.matcher(memberText);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** One pass over the text that skips comments, strings, characters and text blocks. */
    private static final class Scan {
        final List<Body> bodies = new ArrayList<>();
        final String memberText;

        private Scan(String memberText) {
            this.memberText = memberText;
        }

        static Scan of(String text) {
            StringBuilder members = new StringBuilder();
            List<Body> bodies = new ArrayList<>();
            int depth = 0;
            int segmentStart = 0;
            int openBody = -1;
            String bodyName = "";
            String bodyHeader = "";
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                int skip = skipLiteralOrComment(text, i);
                if (skip > i) {
                    if (depth == 1) {
                        members.append(' ');
                    }
                    i = skip - 1;
                    continue;
                }
                if (c == '{') {
                    if (depth == 0) {
                        segmentStart = i + 1;
                    }
                    if (depth == 1) {
                        String header = text.substring(segmentStart, i);
                        if (isMethodHeader(header)) {
                            openBody = i;
                            bodyName = methodName(header);
                            bodyHeader = header;
                        }
                    }
                    depth++;
                } else if (c == '}') {
                    depth--;
                    if (depth == 1 && openBody >= 0) {
                        bodies.add(new Body(openBody, i, bodyName, bodyHeader));
                        openBody = -1;
                        segmentStart = i + 1;
                    } else if (depth == 1) {
                        segmentStart = i + 1;
                    }
                } else if (c == ';' && depth == 1) {
                    members.append(text, segmentStart, i + 1).append('\n');
                    segmentStart = i + 1;
                }
                if (depth < 0) {
                    return new Scan("");
                }
            }
            Scan scan = new Scan(members.toString());
            scan.bodies.addAll(bodies);
            return scan;
        }

        private static final Pattern TYPE_KEYWORD = Pattern.compile("\\b(class|interface|enum|record|new)\\b");
        private static final Pattern LAST_NAME = Pattern.compile("(?<![\\w$])([A-Za-z_$][\\w$]*+)\\s*+$");

        /**
         * A method or constructor header: its top-level text (outside parentheses) ends with a
         * parameter list, maybe followed by a throws clause, and declares no type and assigns nothing.
         */
        static boolean isMethodHeader(String header) {
            String top = topLevel(header.strip());
            int throwsAt = top.lastIndexOf(" throws ");
            String head = throwsAt > 0 ? top.substring(0, throwsAt).strip() : top;
            return head.endsWith("()") && !head.contains("=") && !TYPE_KEYWORD.matcher(head).find();
        }

        /** The identifier before the parameter list. */
        static String methodName(String header) {
            String h = header.strip();
            int open = parameterListStart(h);
            Matcher m = LAST_NAME.matcher(open > 0 ? h.substring(0, open) : "");
            return m.find() ? m.group(1) : "";
        }

        /** The text with every parenthesised part reduced to "()": annotations' and parameters' contents go. */
        private static String topLevel(String h) {
            StringBuilder out = new StringBuilder();
            int depth = 0;
            for (int i = 0; i < h.length(); i++) {
                char c = h.charAt(i);
                if (c == '(') {
                    if (depth++ == 0) {
                        out.append('(');
                    }
                } else if (c == ')') {
                    if (--depth == 0) {
                        out.append(')');
                    }
                } else if (depth == 0) {
                    out.append(c);
                }
            }
            return out.toString();
        }

        /** Where the last top-level parenthesised group (the parameter list) opens. */
        private static int parameterListStart(String h) {
            int depth = 0;
            int start = -1;
            for (int i = 0; i < h.length(); i++) {
                char c = h.charAt(i);
                if (c == '(') {
                    if (depth++ == 0) {
                        start = i;
                    }
                } else if (c == ')') {
                    depth--;
                }
            }
            return start;
        }

        /** The index after a comment or literal starting at i, or i when there is none. */
        static int skipLiteralOrComment(String text, int i) {
            char c = text.charAt(i);
            int n = text.length();
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                int end = text.indexOf('\n', i);
                return end < 0 ? n : end;
            }
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                return end < 0 ? n : end + 2;
            }
            if (c == '"' && text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                while (end > 0 && text.charAt(end - 1) == '\\') {
                    end = text.indexOf("\"\"\"", end + 1);
                }
                return end < 0 ? n : end + 3;
            }
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
                    j += text.charAt(j) == '\\' ? 2 : 1;
                }
                return Math.min(n, j + 1);
            }
            return i;
        }
    }
}
