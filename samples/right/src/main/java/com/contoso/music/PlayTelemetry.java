package com.contoso.music;

import com.azure.core.util.BinaryData;
import com.azure.messaging.eventhubs.EventData;
import com.azure.messaging.eventhubs.EventDataBatch;
import com.azure.messaging.eventhubs.EventHubClientBuilder;
import com.azure.messaging.eventhubs.EventHubProducerClient;
import com.azure.messaging.eventhubs.models.CreateBatchOptions;
import java.util.List;

/** Streams plays to Event Hubs for analytics, one partition per song. */
public class PlayTelemetry implements AutoCloseable {

    private final EventHubProducerClient producer;

    public PlayTelemetry(String connection) {
        this.producer = new EventHubClientBuilder().connectionString(connection, "plays").buildProducerClient();
    }

    public void record(String songId, List<SongPlayed> plays) {
        EventDataBatch batch = producer.createBatch(new CreateBatchOptions().setPartitionKey(songId));
        for (SongPlayed play : plays) {
            if (!batch.tryAdd(new EventData(BinaryData.fromObject(play)))) {
                producer.send(batch);
                batch = producer.createBatch(new CreateBatchOptions().setPartitionKey(songId));
                batch.tryAdd(new EventData(BinaryData.fromObject(play)));
            }
        }
        producer.send(batch);
    }

    @Override
    public void close() {
        producer.close();
    }
}
