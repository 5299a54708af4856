package fixtures.broken;

import com.azure.messaging.eventgrid.EventGridPublisherClient;

class Broken {
    void oops( {
        int x = ;
    }
}
