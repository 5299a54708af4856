package com.contoso.tickets;

import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridEvent;
import com.azure.messaging.eventgrid.EventGridPublisherClient;

/** Mistake: a command published through Event Grid, which guarantees nobody processes it. */
public class BoxOffice {

    private final EventGridPublisherClient<EventGridEvent> grid;

    public BoxOffice(EventGridPublisherClient<EventGridEvent> grid) {
        this.grid = grid;
    }

    public void sell(String showId, String seat) {
        grid.sendEvent(new EventGridEvent("tickets", "Issue", BinaryData.fromObject(new IssueTicket(showId, seat)), "1"));
    }
}
