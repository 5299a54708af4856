package com.contoso.music;

import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridEvent;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import com.azure.messaging.eventgrid.EventGridPublisherClientBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Receives songs from the app. */
public class UploadService {

    private final EventGridPublisherClient<EventGridEvent> events = new EventGridPublisherClientBuilder()
            .endpoint("https://music.westeurope-1.eventgrid.azure.net/api/events")
            .credential(new AzureKeyCredential(System.getenv("EVENT_GRID_KEY")))
            .buildEventGridEventPublisherClient();

    /** Mistake: the upload must be stored, yet nobody has to subscribe to Event Grid. */
    public void accept(SongUpload upload) {
        events.sendEvent(new EventGridEvent("songs/" + upload.songId(), "Music.SongUpload", // expect: ML001 error "SongUpload is a message"
                BinaryData.fromObject(upload), "1.0"));
    }

    /** Mistake: the announcement carries the audio file itself instead of its URL. */
    public void announce(String songId, Path audioFile) throws IOException {
        byte[] audio = Files.readAllBytes(audioFile);
        events.sendEvent(new EventGridEvent("songs/" + songId, "Music.SongUploaded", // expect: ML002 error "Files.readAllBytes"
                BinaryData.fromBytes(audio), "1.0"));
    }
}
