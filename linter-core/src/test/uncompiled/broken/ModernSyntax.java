package fixtures.broken;

import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridEvent;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import fixtures.payloads.SongUpload;

/** Records, sealed types, pattern switches and text blocks must not stop the scan. */
class ModernSyntax {

    sealed interface Shape permits Circle, Square { }
    record Circle(double r) implements Shape { }
    record Square(double side) implements Shape { }

    static String describe(Object o) {
        return switch (o) {
            case Circle c when c.r() > 1 -> "big circle";
            case Circle c -> "circle";
            case Square s -> "square";
            default -> """
                    something
                    else""";
        };
    }

    void publish(EventGridPublisherClient<EventGridEvent> client, SongUpload upload) {
        if (upload instanceof SongUpload u && u.title() != null) {
            client.sendEvent(new EventGridEvent("s", "t", BinaryData.fromObject(u), "1")); // expect: ML001
        }
    }
}
