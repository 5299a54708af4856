package plays;

import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Spring Cloud Stream over the Event Hubs binder. */
@Configuration
public class PlayStreams {

    /** Each upload becomes a transcode job, sent where nobody guarantees it is processed. */
    @Bean
    public Function<Message<String>, TranscodeJob> transcode() { // expect: ML001 error "TranscodeJob is a message"
        return upload -> new TranscodeJob(upload.getPayload());
    }

    /** Telemetry read from a hub: the right channel. */
    @Bean
    public Consumer<SongPlayed> recordPlays() {
        return played -> { };
    }

    /** Telemetry to a hub, partitioned by the binding's partition-key-expression. */
    public void nearMissTelemetry(StreamBridge bridge, SongPlayed played) {
        bridge.send("plays", played);
    }

    public void replays(StreamBridge bridge, SongPlayed played) {
        bridge.send("replays", played); // expect: ML016 info "without a partition key"
    }
}
