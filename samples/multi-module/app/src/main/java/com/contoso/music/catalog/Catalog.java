package com.contoso.music.catalog;

import com.contoso.music.messaging.Announcements;
import com.contoso.music.messaging.SongPublished;

/** Application code: it calls the messaging module and never imports com.azure. */
public class Catalog {

    private final Announcements announcements = new Announcements();

    public void publish(String songId) {
        announcements.announce(new SongPublished(songId, "https://songs/" + songId)); // expect: ML003 warning "SongPublished is an event"
    }
}
