package io.msglint.core.extract;

import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Content;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.SourceLocation;
import io.msglint.rules.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links per-file facts into the rules' model: classifies every payload type (which may be
 * declared in another file or a jar) and adds what a type's shape says about content.
 */
public final class Linker {

    private final PayloadTypes payloadTypes;

    public Linker(PayloadTypes payloadTypes) {
        this.payloadTypes = payloadTypes;
    }

    public SendSite link(RawSend raw) {
        return link(raw, List.of());
    }

    /** @param path the calls from the send's location to the SDK call, when the payload went through the project's methods */
    public SendSite link(RawSend raw, List<SourceLocation> path) {
        return new SendSite(raw.location(), raw.channel(), raw.entity(), raw.api(), payloads(raw), raw.traits(),
                raw.suppressions(), path, raw.via());
    }

    public ReceiveSite link(RawReceive raw) {
        return new ReceiveSite(raw.location(), raw.channel(), raw.entity(), raw.api(), raw.trigger(),
                raw.boundTypes().stream().map(payloadTypes::of).toList(), raw.mode(), raw.session(), raw.polling(),
                raw.suppressions(), raw.via(), raw.clues());
    }

    private List<Payload> payloads(RawSend raw) {
        List<Payload> result = new ArrayList<>();
        for (String typeName : raw.payloadTypes()) {
            PayloadType type = payloadTypes.of(typeName);
            List<Content> content = new ArrayList<>(raw.content());
            for (TypeShape.Field field : type.shape().fields()) {
                if (SdkCatalog.isContentType(field.typeName())) {
                    content.add(new Content(Content.Strength.SHAPE, "field " + field.name() + ": "
                            + field.typeName().substring(field.typeName().lastIndexOf('.') + 1) + " in " + type.simpleName()));
                }
            }
            result.add(new Payload(Optional.of(type), content));
        }
        if (result.isEmpty() && !raw.content().isEmpty()) {
            result.add(new Payload(Optional.empty(), raw.content()));
        }
        return result;
    }
}
