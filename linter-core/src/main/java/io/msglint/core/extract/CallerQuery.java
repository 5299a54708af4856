package io.msglint.core.extract;

import io.msglint.core.Fingerprint;
import java.util.Collection;
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
 * @param methods the sending methods' names
 * @param types   the simple names of the types that declare them and of those types' supertypes
 */
public record CallerQuery(String id, Set<String> methods, Set<String> types) {

    public CallerQuery {
        methods = Set.copyOf(methods);
        types = Set.copyOf(types);
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

    /** Whether a file's text may call one of the methods: a type's name, and a method's name called or referenced. */
    public boolean mentionedIn(String text) {
        boolean type = false;
        for (String name : types) {
            if (text.contains(name)) {
                type = true;
                break;
            }
        }
        if (!type) {
            return false;
        }
        for (String method : methods) {
            if (called(text, method)) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a name followed by a parenthesis is a call, not a declaration. */
    private static final Set<String> BEFORE_A_CALL = Set.of("return", "throw", "else", "case", "yield", "assert", "do");

    /** Whether the text calls the method or references it ({@code ::name}); its declaration does not count. */
    private static boolean called(String text, String method) {
        for (int at = text.indexOf(method); at >= 0; at = text.indexOf(method, at + 1)) {
            boolean wordStart = at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1));
            int after = at + method.length();
            if (!wordStart || after < text.length() && Character.isJavaIdentifierPart(text.charAt(after))) {
                continue;
            }
            int before = at - 1;
            while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
                before--;
            }
            if (before >= 1 && text.charAt(before) == ':' && text.charAt(before - 1) == ':') {
                return true;
            }
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (after < text.length() && text.charAt(after) == '(' && !declared(text, before)) {
                return true;
            }
        }
        return false;
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
    private static final java.util.Comparator<MethodRef> ORDER = (a, b) -> {
        int order = a.type().compareTo(b.type());
        if (order == 0) {
            order = a.name().compareTo(b.name());
        }
        return order != 0 ? order : Integer.compare(a.arity(), b.arity());
    };
}
