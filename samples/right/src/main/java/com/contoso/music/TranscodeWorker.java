package com.contoso.music;

import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusProcessorClient;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.ServiceBusQueueTrigger;

/** Converts songs: requests are pushed, settled after processing. */
public class TranscodeWorker {

    /** Peek-lock (the default): a request survives a crash and is delivered again. */
    public ServiceBusProcessorClient processor(String serviceBus) {
        return new ServiceBusClientBuilder().connectionString(serviceBus)
                .processor()
                .queueName("transcode")
                .processMessage(context -> transcode(context.getMessage().getBody().toObject(TranscodeRequest.class)))
                .processError(context -> System.err.println(context.getException()))
                .buildProcessorClient();
    }

    /** The same work as an Azure Function on the queue. */
    @FunctionName("transcode")
    public void fromQueue(@ServiceBusQueueTrigger(name = "request", queueName = "transcode", connection = "ServiceBus")
                          TranscodeRequest request) {
        transcode(request);
    }

    private void transcode(TranscodeRequest request) {
    }
}
