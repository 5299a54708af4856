package com.contoso.music;

import com.azure.core.util.BinaryData;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderAsyncClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.messaging.servicebus.ServiceBusTransactionContext;
import java.util.logging.Logger;
import reactor.core.publisher.Mono;

/** Playlists, royalties and invoices, each on the Service Bus feature it needs. */
public class LibraryService {

    private static final Logger LOG = Logger.getLogger(LibraryService.class.getName());

    private final ServiceBusSenderAsyncClient playlistEdits;
    private final ServiceBusSenderClient statements;
    private final ServiceBusSenderClient payments;
    private final ServiceBusSenderClient billing;

    public LibraryService(String serviceBus) {
        this.playlistEdits = new ServiceBusClientBuilder().connectionString(serviceBus)
                .sender().queueName("playlist-edits").buildAsyncClient();
        this.statements = new ServiceBusClientBuilder().connectionString(serviceBus)
                .sender().topicName("royalty-statements").buildClient();
        this.payments = new ServiceBusClientBuilder().connectionString(serviceBus)
                .sender().queueName("royalty-payments").buildClient();
        this.billing = new ServiceBusClientBuilder().connectionString(serviceBus)
                .sender().queueName("billing").buildClient();
    }

    /** FIFO per playlist: one session per playlist on a session-enabled queue. */
    public Mono<Void> edit(PlaylistEdit edit) {
        return playlistEdits.sendMessage(new ServiceBusMessage(BinaryData.fromObject(edit)).setSessionId(edit.playlistId()));
    }

    /** Each receiver has its own subscription on the topic. */
    public void statement(RoyaltyStatement statement) {
        statements.sendMessage(new ServiceBusMessage(BinaryData.fromObject(statement)));
    }

    /** The payment commits or rolls back as one. */
    public void pay(RoyaltyPayment payment) {
        ServiceBusTransactionContext transaction = payments.createTransaction();
        try {
            payments.sendMessage(new ServiceBusMessage(BinaryData.fromObject(payment)), transaction);
            payments.commitTransaction(transaction);
        } catch (RuntimeException e) {
            payments.rollbackTransaction(transaction);
            LOG.severe("payment failed: " + e);
            throw e;
        }
    }

    /** Duplicate detection keys on the invoice id. */
    public void invoice(Invoice invoice) {
        ServiceBusMessage message = new ServiceBusMessage(BinaryData.fromObject(invoice));
        message.setMessageId(invoice.invoiceId());
        billing.sendMessage(message);
    }
}
