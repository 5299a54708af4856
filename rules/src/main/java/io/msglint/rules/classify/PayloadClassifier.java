package io.msglint.rules.classify;

import io.msglint.annotations.EventKind;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.TypeShape;
import java.util.List;
import java.util.Optional;

/**
 * Decides a payload type's kind, strongest source first: declared ({@code @Message} /
 * {@code @Event} on the type, else the nearest superclass, else an interface), configured
 * (class-name patterns), inferred ({@link KindInference}).
 */
public final class PayloadClassifier {

    /** The decision, and a problem worth a diagnostic (both annotations on one type). */
    public record Result(PayloadType type, Optional<String> conflict) {
    }

    private final ConfiguredKinds configured;

    public PayloadClassifier(ConfiguredKinds configured) {
        this.configured = configured;
    }

    public Result classify(TypeShape shape) {
        Optional<KindDeclaration> nearest = shape.hierarchy().stream()
                .filter(KindDeclaration::declaresAnything)
                .findFirst();
        if (nearest.isPresent()) {
            KindDeclaration declaration = nearest.get();
            if (declaration.isConflicting()) {
                String conflict = declaration.typeName() + " is annotated both @Message and @Event; "
                        + "msglint treats it as unclassified. Keep the one that answers: does the sender "
                        + "expect the receiver to process it?";
                return new Result(unclassified(shape), Optional.of(conflict));
            }
            String where = declaration.typeName().equals(shape.name())
                    ? " on " + shape.name()
                    : " on " + declaration.typeName() + ", a supertype of " + shape.name();
            if (declaration.message().isPresent()) {
                return new Result(new PayloadType(shape, PayloadKind.MESSAGE, KindSource.DECLARED,
                        List.of("@Message" + where), declaration.message().get(), Optional.empty()), Optional.empty());
            }
            EventKind eventKind = declaration.event().orElseThrow();
            return new Result(new PayloadType(shape, PayloadKind.EVENT, KindSource.DECLARED,
                    List.of("@Event" + where), MessageTraits.DEFAULTS, Optional.of(eventKind)), Optional.empty());
        }
        Optional<ConfiguredKinds.Mapping> mapping = configured.match(shape.name());
        if (mapping.isPresent()) {
            return new Result(new PayloadType(shape, mapping.get().kind(), KindSource.CONFIGURED,
                    List.of("configured pattern '" + mapping.get().pattern() + "'"),
                    MessageTraits.DEFAULTS, Optional.empty()), Optional.empty());
        }
        Optional<KindInference.Guess> guess = KindInference.fromTypeName(shape.simpleName());
        if (guess.isPresent()) {
            return new Result(new PayloadType(shape, guess.get().kind(), KindSource.INFERRED,
                    List.of(shape.simpleName() + ": " + guess.get().evidence()),
                    MessageTraits.DEFAULTS, Optional.empty()), Optional.empty());
        }
        return new Result(unclassified(shape), Optional.empty());
    }

    private static PayloadType unclassified(TypeShape shape) {
        return new PayloadType(shape, PayloadKind.UNCLASSIFIED, KindSource.NONE, List.of(),
                MessageTraits.DEFAULTS, Optional.empty());
    }
}
