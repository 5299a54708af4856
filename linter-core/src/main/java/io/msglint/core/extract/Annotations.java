package io.msglint.core.extract;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.msglint.core.resolve.CompilationUnits;
import io.msglint.rules.azure.ReceiveCatalog;
import java.util.Optional;
import java.util.function.Function;

/** Finds Azure Functions binding annotations on a declaration and reads their attributes. */
final class Annotations {

    /** A binding annotation found, with the catalog's description of it. */
    record Found(AnnotationExpr annotation, ReceiveCatalog.Binding binding) {

        /** The queue, topic or hub name, where the attribute is a constant. */
        Optional<String> entity() {
            if (binding.entityAttribute().isEmpty() || !(annotation instanceof NormalAnnotationExpr normal)) {
                return Optional.empty();
            }
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(binding.entityAttribute().get())) {
                    return Values.constantString(pair.getValue()).filter(v -> !v.startsWith("%"));
                }
            }
            return Optional.empty();
        }
    }

    private Annotations() {
    }

    static Optional<Found> trigger(NodeWithAnnotations<?> node) {
        return find(node, ReceiveCatalog::trigger);
    }

    static Optional<Found> output(NodeWithAnnotations<?> node) {
        return find(node, ReceiveCatalog::output);
    }

    private static Optional<Found> find(NodeWithAnnotations<?> node,
                                        Function<String, Optional<ReceiveCatalog.Binding>> lookup) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            String written = annotation.getNameAsString();
            String simple = written.substring(written.lastIndexOf('.') + 1);
            String candidate = "com.microsoft.azure.functions.annotation." + simple;
            Optional<ReceiveCatalog.Binding> binding = lookup.apply(candidate);
            if (binding.isPresent() && CompilationUnits.refersTo(annotation, written, candidate)) {
                return Optional.of(new Found(annotation, binding.get()));
            }
        }
        return Optional.empty();
    }
}
