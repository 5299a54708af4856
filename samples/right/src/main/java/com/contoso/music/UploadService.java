package com.contoso.music;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridEvent;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import java.nio.file.Path;

/** Receives songs from the app: stores the file, asks for transcoding, tells the world. */
public class UploadService {

    private final BlobContainerClient songs;
    private final ServiceBusSenderClient transcoding;
    private final EventGridPublisherClient<EventGridEvent> events;

    public UploadService(String storageConnection, String serviceBusConnection, String eventGridEndpoint) {
        this.songs = new BlobServiceClientBuilder().connectionString(storageConnection).buildClient()
                .getBlobContainerClient("songs");
        this.transcoding = new ServiceBusClientBuilder()
                .connectionString(serviceBusConnection)
                .sender()
                .queueName("transcode")
                .buildClient();
        this.events = new EventGridPublisherClientBuilder()
                .endpoint(eventGridEndpoint)
                .credential(new AzureKeyCredential(System.getenv("EVENT_GRID_KEY")))
                .buildEventGridEventPublisherClient();
    }

    public void accept(String songId, String title, Path audioFile) {
        BlobClient blob = songs.getBlobClient(songId + ".mp3");
        blob.uploadFromFile(audioFile.toString(), true);

        TranscodeRequest request = new TranscodeRequest(songId, blob.getBlobUrl(), "aac");
        transcoding.sendMessage(new ServiceBusMessage(BinaryData.fromObject(request)).setMessageId(songId));

        NewSongAvailable available = new NewSongAvailable(songId, title, blob.getBlobUrl());
        events.sendEvent(new EventGridEvent("songs/" + songId, "Music.NewSongAvailable",
                BinaryData.fromObject(available), "1.0"));
    }
}
