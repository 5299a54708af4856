package com.contoso.music.messaging;

import com.azure.core.util.BinaryData;
import com.azure.messaging.servicebus.ServiceBusClientBuilder;
import com.azure.messaging.servicebus.ServiceBusMessage;
import com.azure.messaging.servicebus.ServiceBusSenderClient;

/** The messaging module's one way out: the application never touches the SDK. */
public class Announcements {

    private final ServiceBusSenderClient sender = new ServiceBusClientBuilder()
            .connectionString(System.getenv("SERVICEBUS")).sender().queueName("announcements").buildClient();

    public void announce(Object announcement) {
        sender.sendMessage(new ServiceBusMessage(BinaryData.fromObject(announcement)));
    }
}
