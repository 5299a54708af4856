package io.msglint.core.extract;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import io.msglint.core.resolve.CompilationUnits;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.model.Channel;
import java.util.Optional;
import java.util.function.Function;

/** Finds Azure Functions binding and Spring listener annotations on a declaration and reads their attributes. */
final class Annotations {

    /** A binding annotation found, with the catalog's description of it. */
    record Found(AnnotationExpr annotation, ReceiveCatalog.Binding binding) {

        /** The queue, topic or hub name, where the attribute is a constant. */
        Optional<String> entity() {
            return binding.entityAttribute().flatMap(a -> attribute(annotation, a))
                    .flatMap(Values::constantString).filter(v -> !v.startsWith("%"));
        }

        /** Whether the trigger hands the function a batch ({@code cardinality = Cardinality.MANY}). */
        boolean many() {
            return attribute(annotation, ReceiveCatalog.CARDINALITY)
                    .map(value -> value.toString().endsWith(ReceiveCatalog.MANY)).orElse(false);
        }
    }

    /** A Spring listener annotation found: its channel and entity, where its attributes are constants. */
    record Listening(AnnotationExpr annotation, ReceiveCatalog.Listener listener) {

        Channel channel() {
            // Set to anything but an empty literal (a property placeholder too), it names a subscription.
            boolean subscribed = listener.subscriptionAttribute().flatMap(a -> attribute(annotation, a))
                    .filter(v -> !Values.constantString(v).map(String::isBlank).orElse(false)).isPresent();
            return listener.channel(subscribed);
        }

        Optional<String> entity() {
            return attribute(annotation, listener.entityAttribute())
                    .flatMap(Values::constantString).flatMap(ReceiveCatalog.Listener::entity);
        }
    }

    private Annotations() {
    }

    static Optional<Listening> listener(NodeWithAnnotations<?> node) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            String written = annotation.getNameAsString();
            Optional<ReceiveCatalog.Listener> listener = ReceiveCatalog.listener(written.substring(written.lastIndexOf('.') + 1));
            if (listener.isPresent() && CompilationUnits.refersTo(annotation, written, listener.get().annotation())) {
                return Optional.of(new Listening(annotation, listener.get()));
            }
        }
        return Optional.empty();
    }

    /** An attribute's value expression, when the annotation sets it. */
    private static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(p -> p.getNameAsString().equals(name)).findFirst()
                    .map(MemberValuePair::getValue);
        }
        return Optional.empty();
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
            String candidate = ReceiveCatalog.functionsAnnotation(simple);
            Optional<ReceiveCatalog.Binding> binding = lookup.apply(candidate);
            if (binding.isPresent() && CompilationUnits.refersTo(annotation, written, candidate)) {
                return Optional.of(new Found(annotation, binding.get()));
            }
        }
        return Optional.empty();
    }
}
