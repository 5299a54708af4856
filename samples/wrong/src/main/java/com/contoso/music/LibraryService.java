package com.contoso.music;

import com.azure.core.util.BinaryData;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderAsyncClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;

/** Playlists, royalties, invoices and masters. */
public class LibraryService {

    private final QueueClient playlistEdits;
    private final ServiceBusSenderClient royalties;
    private final ServiceBusSenderClient billing;
    private final ServiceBusSenderAsyncClient mastering;

    public LibraryService(String storage, String serviceBus) {
        this.playlistEdits = new QueueClientBuilder().connectionString(storage).queueName("playlist-edits").buildClient();
        this.royalties = new ServiceBusClientBuilder().connectionString(serviceBus)
                .sender().queueName("royalties").buildClient();
        this.billing = new ServiceBusClientBuilder().connectionString(serviceBus)
                .sender().queueName("billing").buildClient();
        this.mastering = new ServiceBusClientBuilder().connectionString(serviceBus)
                .sender().queueName("mastering").buildAsyncClient();
    }

    /** Mistake: a Storage queue does not keep the order of the edits. */
    public void edit(PlaylistEdit edit) {
        playlistEdits.sendMessage(BinaryData.fromObject(edit)); // expect: ML005 error "a Storage queue 'playlist-edits'"
    }

    /** Mistake: two receivers must each get the statement, but a queue hands it to one. */
    public void statement(RoyaltyStatement statement) {
        royalties.sendMessage(new ServiceBusMessage(BinaryData.fromObject(statement))); // expect: ML004 error "a Service Bus queue 'royalties'"
    }

    /** Mistake: the payment must commit with the statement, but no transaction is used. */
    public void pay(RoyaltyPayment payment) {
        royalties.sendMessage(new ServiceBusMessage(BinaryData.fromObject(payment))); // expect: ML006 warning "without a transaction context"
    }

    /** Mistake: duplicate detection needs a message id derived from the invoice. */
    public void invoice(Invoice invoice) {
        billing.sendMessage(new ServiceBusMessage(BinaryData.fromObject(invoice))); // expect: ML014 warning "without a message id"
    }

    /** Mistakes: a master is larger than a Standard message, and the Mono is never subscribed. */
    public void master(MasterTrack track) {
        mastering.sendMessage(new ServiceBusMessage(BinaryData.fromObject(track))); // expect: ML008 error "MasterTrack may be 512 KiB", ML015 warning "nobody subscribes to"
    }
}
