package io.msglint.core.extract;

import com.github.javaparser.ast.body.Parameter;
import io.msglint.rules.model.Content;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/** What a payload expression was found to be made of: domain types and raw content. */
final class Trace {

    private final Set<String> types = new TreeSet<>();
    private final Set<Content> content = new LinkedHashSet<>();
    private final Set<String> calls = new TreeSet<>();
    /** Parameters of the enclosing method the value comes from (their callers hand it over), each once. */
    private final List<Parameter> parameters = new ArrayList<>();
    private long provableBytes = -1;

    void addType(String qualifiedName) {
        types.add(qualifiedName);
    }

    void addContent(Content.Strength strength, String evidence) {
        content.add(new Content(strength, evidence));
    }

    /** A method called on the payload, its wrappers or the options sent with it ({@code setSessionId}). */
    void addCall(String method) {
        calls.add(method);
    }

    Set<String> calls() {
        return calls;
    }

    void addProvableBytes(long bytes) {
        provableBytes = Math.max(provableBytes, bytes);
    }

    OptionalLong provableBytes() {
        return provableBytes < 0 ? OptionalLong.empty() : OptionalLong.of(provableBytes);
    }

    void addParameter(Parameter parameter) {
        for (Parameter known : parameters) {
            if (known == parameter) {
                return; // nodes compare by structure: the same declaration is the same object
            }
        }
        parameters.add(parameter);
    }

    List<Parameter> parameters() {
        return parameters;
    }

    /** How much the trace has found so far: grows whenever a step finds a type, content or parameter. */
    int evidence() {
        return types.size() + content.size() + parameters.size();
    }

    Set<String> types() {
        return types;
    }

    List<Content> content() {
        List<Content> sorted = new ArrayList<>(content);
        sorted.sort((a, b) -> a.strength() != b.strength()
                ? a.strength().compareTo(b.strength()) : a.evidence().compareTo(b.evidence()));
        return sorted;
    }
}
