package com.contoso.music;

import com.azure.core.util.BinaryData;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import io.msglint.annotations.SuppressMsglint;

/** Keeps the song catalog. */
public class CatalogService {

    private final QueueClient newSongs;
    private final ServiceBusSenderClient statistics;

    public CatalogService(String storageConnection, String serviceBusConnection) {
        this.newSongs = new QueueClientBuilder()
                .connectionString(storageConnection)
                .queueName("new-songs")
                .buildClient();
        this.statistics = new ServiceBusClientBuilder()
                .connectionString(serviceBusConnection)
                .sender()
                .queueName("play-counts")
                .buildClient();
    }

    /** Mistake: a notification parked in a queue reaches exactly one app instance. */
    public void songAdded(NewSongAvailable song) {
        newSongs.sendMessage(BinaryData.fromObject(song)); // expect: ML003 warning "a Storage queue 'new-songs'"
    }

    /** An exception the team accepted: suppressed, and still listed in the reports with its reason. */
    @SuppressMsglint(value = "ML003", reason = "the search indexer is the only reader of new-songs, by design")
    public void songReindexed(NewSongAvailable song) {
        newSongs.sendMessage(BinaryData.fromObject(song));
    }

    /** Not a mistake yet, but msglint cannot tell: PlayCount says neither message nor event. */
    public void dailyPlays(PlayCount count) {
        statistics.sendMessage(new ServiceBusMessage(BinaryData.fromObject(count))); // expect: ML013 info "PlayCount is sent through"
    }
}
