package com.contoso.music;

import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusProcessorClient;
import com.azure.messaging.servicebus.models.ServiceBusReceiveMode;
import com.azure.storage.queue.QueueClient;
import com.azure.storage.queue.models.QueueMessageItem;
import com.microsoft.azure.functions.annotation.EventGridTrigger;
import com.microsoft.azure.functions.annotation.FunctionName;

/** Converts songs. */
public class TranscodeWorker {

    /** Mistake: receive-and-delete loses the request if the worker crashes mid-way. */
    public ServiceBusProcessorClient processor(String serviceBus) {
        return new ServiceBusClientBuilder().connectionString(serviceBus)
                .processor()
                .queueName("transcode")
                .receiveMode(ServiceBusReceiveMode.RECEIVE_AND_DELETE)
                .processMessage(context -> transcode(context.getMessage().getBody().toObject(TranscodeRequest.class)))
                .processError(context -> System.err.println(context.getException()))
                .buildProcessorClient(); // expect: ML007 warning "in RECEIVE_AND_DELETE mode"
    }

    /** Mistake: a command that must be processed, taken from Event Grid. */
    @FunctionName("transcodeFromGrid")
    public void fromGrid(@EventGridTrigger(name = "request") TranscodeRequest request) { // expect: ML012 error "@EventGridTrigger handler receives TranscodeRequest"
        transcode(request);
    }

    /** Mistake: polling a Storage queue by hand. */
    public void pollRetries(QueueClient retries) throws InterruptedException {
        while (!Thread.currentThread().isInterrupted()) {
            QueueMessageItem item = retries.receiveMessage(); // expect: ML011 info "polls a Storage queue"
            if (item != null) {
                retries.deleteMessage(item.getMessageId(), item.getPopReceipt());
            }
            Thread.sleep(5_000);
        }
    }

    private void transcode(TranscodeRequest request) {
    }
}
