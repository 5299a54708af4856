package io.msglint.core.extract;

import io.msglint.core.Fingerprint;
import io.msglint.core.source.Words;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A search for the files that call some of the project's sending methods: those that mention one
 * of the methods' names as a call or method reference, and one of their types' names (a caller
 * holds or names the type, or a supertype). A text test: the files it finds are parsed, the others
 * are not. Its id names it in the cache.
 *
 * Its methods are the sending methods' names; its types, the simple names of the types that
 * declare them and of those types' supertypes.
 */
public final class CallerQuery {

    private final String id;
    private final Set<String> methods;
    private final Set<String> types;
    private final String[][] methodsByLength;
    private final String[][] typesByLength;
    private final Words.Probe probe;

    private CallerQuery(String id, Set<String> methods, Set<String> types) {
        this.id = id;
        this.methods = Set.copyOf(methods);
        this.types = Set.copyOf(types);
        this.methodsByLength = byLength(methods);
        this.typesByLength = byLength(types);
        this.probe = Words.Probe.of(types, methods);
    }

    public String id() {
        return id;
    }

    public Set<String> methods() {
        return methods;
    }

    /** Whether a file with these words may call one of the methods; if not, it does not. */
    public boolean mayBeIn(Words words) {
        return words.mayCall(probe);
    }

    /** The search for callers of these methods, unless there are none. */
    public static Optional<CallerQuery> of(Collection<MethodRef> senders) {
        if (senders.isEmpty()) {
            return Optional.empty();
        }
        Set<String> methods = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        for (MethodRef sender : senders) {
            methods.add(sender.name());
            types.add(simple(sender.type()));
            for (String supertype : sender.supertypes()) {
                types.add(simple(supertype));
            }
        }
        return Optional.of(new CallerQuery(Fingerprint.of(methods + "|" + types), methods, types));
    }

    /** The methods whose parameter a send's payload comes from: where the search starts. */
    public static Set<MethodRef> sendingMethods(List<AnalysedFile> files) {
        Set<MethodRef> senders = new TreeSet<>(ORDER);
        for (AnalysedFile file : files) {
            if (file.analysis().facts().isPresent()) {
                for (RawSend send : file.analysis().facts().get().sends()) {
                    send.forward().ifPresent(f -> senders.add(f.method()));
                }
            }
        }
        return senders;
    }

    /**
     * The methods that pass a parameter of theirs on to a call this query asked for: the next
     * level's senders.
     */
    public Set<MethodRef> passingOn(List<AnalysedFile> files) {
        Set<MethodRef> senders = new TreeSet<>(ORDER);
        for (AnalysedFile file : files) {
            if (file.analysis().facts().isPresent()) {
                for (RawCall call : file.analysis().facts().get().calls()) {
                    boolean passes = false;
                    for (RawCall.Argument argument : call.arguments()) {
                        passes |= argument.forwardedParameter().isPresent();
                    }
                    if (passes && methods.contains(call.name()) && call.caller().isPresent()) {
                        senders.add(call.caller().get());
                    }
                }
            }
        }
        return senders;
    }

    /**
     * Whether a file's text may call one of the methods: it names one of the types, and calls or
     * references one of the methods (a declaration does not count). One pass over the text's words.
     */
    public boolean mentionedIn(String text) {
        char[] chars = text.toCharArray(); // scanned as an array: far cheaper per character than charAt
        boolean type = false;
        boolean call = false;
        int n = chars.length;
        int i = 0;
        while (i < n && !(type && call)) {
            if (!identifierPart(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && identifierPart(chars[i])) {
                i++;
            }
            int length = i - start;
            type = type || length < typesByLength.length && isOneOf(chars, start, typesByLength[length]);
            call = call || length < methodsByLength.length && isOneOf(chars, start, methodsByLength[length])
                    && called(text, start, i);
        }
        return type && call;
    }

    /** Names by their length, for comparing a word only with names as long as it. */
    private static String[][] byLength(Set<String> names) {
        int longest = 0;
        for (String name : names) {
            longest = Math.max(longest, name.length());
        }
        List<List<String>> lists = new java.util.ArrayList<>();
        for (int length = 0; length <= longest; length++) {
            lists.add(new java.util.ArrayList<>());
        }
        for (String name : names) {
            lists.get(name.length()).add(name);
        }
        String[][] table = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            table[length] = lists.get(length).toArray(new String[0]);
        }
        return table;
    }

    private static boolean isOneOf(char[] text, int start, String[] names) {
        for (String name : names) {
            if (text[start] == name.charAt(0) && sameAt(text, start, name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAt(char[] text, int start, String name) {
        for (int k = 1; k < name.length(); k++) {
            if (text[start + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** ASCII letters, digits, '_' and '$', by table; other characters as Java says. */
    private static final boolean[] ASCII_IDENTIFIER_PART = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_IDENTIFIER_PART[c] = Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
        }
    }

    private static boolean identifierPart(char c) {
        return c < 128 ? ASCII_IDENTIFIER_PART[c] : Character.isJavaIdentifierPart(c);
    }

    /** Words after which a name followed by a parenthesis is a call, not a declaration. */
    private static final Set<String> BEFORE_A_CALL = Set.of("return", "throw", "else", "case", "yield", "assert", "do", "new");

    /** Whether the name at [start, end) is called or referenced ({@code ::name}); its declaration does not count. */
    private static boolean called(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before >= 1 && text.charAt(before) == ':' && text.charAt(before - 1) == ':') {
            return true;
        }
        int after = end;
        while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
            after++;
        }
        return after < text.length() && text.charAt(after) == '(' && !declared(text, before);
    }

    /**
     * Whether what precedes a name and its parenthesis makes it a declaration: a return type
     * ({@code void publish(}, {@code List<X> publish(}, {@code byte[] publish(}), not a keyword
     * such as {@code return}.
     */
    private static boolean declared(String text, int before) {
        if (before < 0) {
            return false;
        }
        char c = text.charAt(before);
        if (c == '>' || c == ']') {
            return true;
        }
        if (!Character.isJavaIdentifierPart(c)) {
            return false;
        }
        int start = before;
        while (start > 0 && Character.isJavaIdentifierPart(text.charAt(start - 1))) {
            start--;
        }
        return !BEFORE_A_CALL.contains(text.substring(start, before + 1));
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** Sending methods in a stable order, so a query's id is the same on every run. */
    public static final Comparator<MethodRef> ORDER = new MethodOrder();

    /** A class, not a lambda, and no record hashing: this runs on every warm run (docs/performance.md). */
    private static final class MethodOrder implements Comparator<MethodRef> {

        @Override
        public int compare(MethodRef a, MethodRef b) {
            int order = a.type().compareTo(b.type());
            if (order == 0) {
                order = a.name().compareTo(b.name());
            }
            return order != 0 ? order : Integer.compare(a.arity(), b.arity());
        }
    }
}
