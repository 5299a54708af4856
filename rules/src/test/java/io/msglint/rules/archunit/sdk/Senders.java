package io.msglint.rules.archunit.sdk;

import com.azure.core.models.CloudEvent;
import com.azure.core.models.CloudEventDataFormat;
import com.azure.core.util.BinaryData;
import com.azure.messaging.eventgrid.EventGridPublisherClient;
import com.azure.messaging.eventhubs.CheckpointStore;
import com.azure.messaging.eventhubs.EventData;
import com.azure.messaging.eventhubs.EventHubProducerClient;
import com.azure.messaging.eventhubs.EventProcessorClient;
import com.azure.messaging.eventhubs.EventProcessorClientBuilder;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusProcessorClient;
import com.azure.messaging.servicebus.ServiceBusSenderClient;
import com.azure.messaging.servicebus.models.ServiceBusReceiveMode;
import com.azure.spring.messaging.eventhubs.core.EventHubsTemplate;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.QueueClientBuilder;
import io.msglint.annotations.SuppressMsglint;
import io.msglint.rules.archunit.sdk.Shop.ChargeCard;
import io.msglint.rules.archunit.sdk.Shop.PriceChanged;
import io.msglint.rules.archunit.sdk.Shop.ShelfReading;
import io.msglint.rules.archunit.sdk.Shop.StatementReady;
import io.msglint.rules.archunit.sdk.Shop.TransferFunds;
import java.util.List;
import org.springframework.messaging.support.MessageBuilder;

/** SDK sends whose payloads only data flow tells apart. */
public class Senders {

    private final ServiceBusSenderClient billing;
    private final ServiceBusSenderClient prices = new ServiceBusClientBuilder()
            .connectionString("Endpoint=sb://x/").sender().topicName("prices").buildClient();
    private final EventGridPublisherClient<CloudEvent> grid;
    private final QueueClient transfers = new QueueClientBuilder().connectionString("UseDevelopmentStorage=true")
            .queueName("transfers").buildClient();

    private final EventHubProducerClient shelves;
    private final EventHubsTemplate hubs;

    public Senders(EventGridPublisherClient<CloudEvent> grid, EventHubProducerClient shelves, EventHubsTemplate hubs) {
        this.grid = grid;
        this.shelves = shelves;
        this.hubs = hubs;
        this.billing = new ServiceBusClientBuilder().connectionString("Endpoint=sb://x/").sender()
                .queueName("billing").buildClient();
    }

    /** A command through Event Grid, in a CloudEvent: ML001. */
    public void charge(ChargeCard charge) {
        grid.sendEvent(new CloudEvent("/shop", "Charge", BinaryData.fromObject(charge), CloudEventDataFormat.JSON,
                "application/json"));
    }

    /**
     * Two payloads in one method, each to its own client: the event to the topic is fine, the
     * statement for many receivers on the queue is ML004. Co-occurrence would misjudge both.
     */
    public void publish(PriceChanged change, StatementReady statement) {
        ServiceBusMessage announcement = new ServiceBusMessage(BinaryData.fromObject(change));
        prices.sendMessage(announcement);
        billing.sendMessage(new ServiceBusMessage(BinaryData.fromObject(statement)));
    }

    /** An event on a queue: ML003 (a warning). */
    public void priceOnQueue(PriceChanged change) {
        billing.sendMessage(new ServiceBusMessage(BinaryData.fromObject(change)));
    }

    /** A transactional message on a Storage queue, which has no transactions: ML006. */
    public void transfer(TransferFunds transfer) {
        transfers.sendMessage(BinaryData.fromObject(transfer));
    }

    @SuppressMsglint(value = "ML001", reason = "moving to Service Bus in Q3")
    public void suppressedCharge(ChargeCard charge) {
        grid.sendEvent(new CloudEvent("/shop", "Charge", BinaryData.fromObject(charge), CloudEventDataFormat.JSON,
                "application/json"));
    }

    /** An unclassified entry through Event Grid: a message only if the configuration says so. */
    public void audit(Shop.AuditEntry entry) {
        grid.sendEvent(new CloudEvent("/shop", "Audit", BinaryData.fromObject(entry), CloudEventDataFormat.JSON,
                "application/json"));
    }

    /** Readings of a series, each in its own event, without a partition key: ML016 (info). */
    public void readings(List<ShelfReading> readings) {
        shelves.send(readings.stream().map(r -> new EventData(BinaryData.fromObject(r))).toList());
    }

    /** A command handed to a private helper that publishes it through Event Grid: ML001 at the helper's send. */
    public void refund(ChargeCard charge) {
        publishToGrid(BinaryData.fromObject(charge));
    }

    private void publishToGrid(BinaryData data) {
        grid.sendEvent(new CloudEvent("/shop", "Refund", data, CloudEventDataFormat.JSON, "application/json"));
    }

    /** A command through Spring Cloud Azure's Event Hubs template, built with MessageBuilder: ML001. */
    public void chargeThroughAHub(ChargeCard charge) {
        hubs.send("charges", MessageBuilder.withPayload(charge).setHeader("source", "shop").build());
    }

    /** Charges received in RECEIVE_AND_DELETE mode: one lost when its handler fails (ML007, a warning). */
    public ServiceBusProcessorClient chargeProcessor() {
        return new ServiceBusClientBuilder().connectionString("Endpoint=sb://x/").processor().queueName("billing")
                .receiveMode(ServiceBusReceiveMode.RECEIVE_AND_DELETE)
                .processMessage(context -> settle(context.getMessage().getBody().toObject(ChargeCard.class)))
                .processError(context -> { })
                .buildProcessorClient();
    }

    private void settle(ChargeCard charge) {
    }

    private void book(TransferFunds transfer) {
    }

    /** Transfers read from a hub, where nobody guarantees they are processed: ML012 at the processor. */
    public EventProcessorClient transfersFromAHub(CheckpointStore checkpoints) {
        return new EventProcessorClientBuilder().connectionString("Endpoint=sb://x/", "transfers")
                .consumerGroup("$Default").checkpointStore(checkpoints)
                .processEvent(event -> book(event.getEventData().getBodyAsBinaryData().toObject(TransferFunds.class)))
                .processError(error -> { })
                .buildEventProcessorClient();
    }

    /** A command on a queue: the right channel. */
    public void nearMissChargeOnQueue(ChargeCard charge) {
        billing.sendMessage(new ServiceBusMessage(BinaryData.fromObject(charge)));
    }
}
