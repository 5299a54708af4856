package com.contoso.music;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridEvent;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import com.azure.messaging.eventhubs.EventData;
import com.azure.messaging.eventhubs.EventHubClientBuilder;
import com.azure.messaging.eventhubs.EventHubProducerClient;
import java.util.List;

/** Plays and announcements. */
public class PlayTelemetry {

    private final EventGridPublisherClient<EventGridEvent> grid = new EventGridPublisherClientBuilder()
            .endpoint("https://music.westeurope-1.eventgrid.azure.net/api/events")
            .credential(new AzureKeyCredential(System.getenv("EVENT_GRID_KEY")))
            .buildEventGridEventPublisherClient();
    private final EventHubProducerClient hub =
            new EventHubClientBuilder().connectionString(System.getenv("HUB"), "plays").buildProducerClient();

    /** Mistake: a stream of plays sent one by one through Event Grid. */
    public void played(SongPlayed play) {
        grid.sendEvent(new EventGridEvent("plays/" + play.songId(), "Music.SongPlayed", // expect: ML009 warning "SongPlayed belongs to a series"
                BinaryData.fromObject(play), "1.0"));
    }

    /** Mistake: plays of one song spread over partitions and lose their order. */
    public void playedBatch(List<SongPlayed> plays) {
        hub.send(plays.stream().map(p -> new EventData(BinaryData.fromObject(p))).toList()); // expect: ML016 info "without a partition key"
    }

    /** Mistake: an announcement every app instance reacts to, sent into a stream. */
    public void announce(NewSongAvailable song) {
        hub.send(List.of(new EventData(BinaryData.fromObject(song)))); // expect: ML010 info "NewSongAvailable is a discrete event"
    }
}
