package io.msglint.core.extract;

import io.msglint.core.resolve.TypeShapes;
import io.msglint.rules.classify.PayloadClassifier;
import io.msglint.rules.model.PayloadType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Classified payload types of a run, each decided once; conflicting declarations noted once. */
public final class PayloadTypes {

    private final TypeShapes shapes;
    private final PayloadClassifier classifier;
    private final Map<String, PayloadType> types = new ConcurrentHashMap<>();
    private final Set<String> conflicts = ConcurrentHashMap.newKeySet();

    public PayloadTypes(TypeShapes shapes, PayloadClassifier classifier) {
        this.shapes = shapes;
        this.classifier = classifier;
    }

    public PayloadType of(String qualifiedName) {
        PayloadType cached = types.get(qualifiedName);
        if (cached != null) {
            return cached;
        }
        PayloadClassifier.Result result = classifier.classify(shapes.shapeOf(qualifiedName));
        result.conflict().ifPresent(conflicts::add);
        types.put(qualifiedName, result.type());
        return result.type();
    }

    /** Messages about types annotated both {@code @Message} and {@code @Event}. */
    public Set<String> conflicts() {
        return Set.copyOf(conflicts);
    }
}
