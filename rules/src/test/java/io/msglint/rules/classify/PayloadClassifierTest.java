package io.msglint.rules.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.msglint.annotations.EventKind;
import io.msglint.annotations.Receivers;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.TypeShape;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayloadClassifierTest {

    private static final MessageTraits FAN_OUT =
            new MessageTraits(Receivers.MANY, true, false, MessageTraits.DEFAULTS.delivery(), false, 512);

    private final PayloadClassifier classifier = new PayloadClassifier(new ConfiguredKinds(List.of(
            ConfiguredKinds.Mapping.of("com.acme.generated.**", PayloadKind.EVENT),
            ConfiguredKinds.Mapping.of("com.acme.*Thing", PayloadKind.MESSAGE))));

    @Test
    void nearestDeclarationWinsAndKeepsItsAttributes() {
        TypeShape shape = shape("com.acme.UserDeleted",
                new KindDeclaration("com.acme.UserDeleted", Optional.of(FAN_OUT), Optional.empty()),
                new KindDeclaration("com.acme.Base", Optional.empty(), Optional.of(EventKind.SERIES)));

        PayloadClassifier.Result result = classifier.classify(shape);

        assertThat(result.type().kind()).isEqualTo(PayloadKind.MESSAGE);
        assertThat(result.type().source()).isEqualTo(KindSource.DECLARED);
        assertThat(result.type().message()).isEqualTo(FAN_OUT);
        assertThat(result.type().evidence()).containsExactly("@Message on com.acme.UserDeleted");
    }

    @Test
    void inheritedDeclarationNamesTheSupertype() {
        TypeShape shape = shape("com.acme.Played",
                new KindDeclaration("com.acme.Telemetry", Optional.empty(), Optional.of(EventKind.SERIES)));

        PayloadClassifier.Result result = classifier.classify(shape);

        assertThat(result.type().event()).contains(EventKind.SERIES);
        assertThat(result.type().evidence()).containsExactly("@Event on com.acme.Telemetry, a supertype of com.acme.Played");
    }

    @Test
    void bothAnnotationsOnOneTypeAreUnclassifiedWithAConflict() {
        TypeShape shape = shape("com.acme.SongUploaded",
                new KindDeclaration("com.acme.SongUploaded", Optional.of(MessageTraits.DEFAULTS), Optional.of(EventKind.DISCRETE)));

        PayloadClassifier.Result result = classifier.classify(shape);

        assertThat(result.type().kind()).isEqualTo(PayloadKind.UNCLASSIFIED);
        assertThat(result.conflict()).hasValueSatisfying(c -> assertThat(c).contains("both @Message and @Event"));
    }

    @Test
    void configurationBeatsInference() {
        assertThat(classifier.classify(shape("com.acme.generated.deep.OrderCommand")).type())
                .satisfies(t -> {
                    assertThat(t.kind()).isEqualTo(PayloadKind.EVENT);
                    assertThat(t.source()).isEqualTo(KindSource.CONFIGURED);
                });
        assertThat(classifier.classify(shape("com.acme.BigThing")).type().kind()).isEqualTo(PayloadKind.MESSAGE);
        assertThat(classifier.classify(shape("com.acme.sub.BigThing")).type().source()).isEqualTo(KindSource.NONE);
    }

    @Test
    void inferenceIsMarkedAsSuch() {
        assertThat(classifier.classify(shape("com.acme.OrderCreated")).type())
                .satisfies(t -> {
                    assertThat(t.kind()).isEqualTo(PayloadKind.EVENT);
                    assertThat(t.isInferred()).isTrue();
                });
    }

    private static TypeShape shape(String name, KindDeclaration... hierarchy) {
        return new TypeShape(name, List.of(hierarchy), List.of(), Set.of());
    }
}
