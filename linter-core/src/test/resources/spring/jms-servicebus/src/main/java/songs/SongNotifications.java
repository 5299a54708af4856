package songs;

import org.springframework.jms.annotation.JmsListener;
import org.springframework.jms.core.JmsTemplate;

/** JMS over Service Bus: the starter's configuration puts these on Azure. */
public class SongNotifications {

    private static final String NEWS = "song-news";

    private final JmsTemplate jms;

    public SongNotifications(JmsTemplate jms) {
        this.jms = jms;
    }

    /** A notification parked in a queue: one listener takes it, nobody else hears. */
    public void added(SongAdded song) {
        jms.convertAndSend("song-added", song); // expect: ML003 warning "a Service Bus queue 'song-added'"
    }

    /** To the template's default destination: Service Bus, which entity and kind unknown. */
    public void nearMissDefaultDestination(SongAdded song) {
        jms.convertAndSend(song);
    }

    @JmsListener(destination = "${songs.added-queue}")
    public void indexSong(SongAdded song) {
    }

    /** Through the starter's topic factory: every subscriber hears of it. */
    public void nearMissNews(SongAdded song) {
        jms.convertAndSend(NEWS, song);
    }

    @JmsListener(destination = NEWS, containerFactory = "topicJmsListenerContainerFactory", subscription = "search")
    public void nearMissIndexNews(SongAdded song) {
    }
}
