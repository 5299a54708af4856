package billing;

import com.azure.spring.cloud.service.servicebus.properties.ServiceBusEntityType;
import com.azure.spring.integration.core.handler.DefaultMessageHandler;
import com.azure.spring.integration.servicebus.inbound.ServiceBusInboundChannelAdapter;
import com.azure.spring.integration.storage.queue.inbound.StorageQueueMessageSource;
import com.azure.spring.messaging.eventhubs.core.EventHubsTemplate;
import com.azure.spring.messaging.servicebus.core.ServiceBusProcessorFactory;
import com.azure.spring.messaging.servicebus.core.ServiceBusTemplate;
import com.azure.spring.messaging.servicebus.core.listener.ServiceBusMessageListenerContainer;
import com.azure.spring.messaging.servicebus.core.properties.ServiceBusContainerProperties;
import com.azure.spring.messaging.storage.queue.core.StorageQueueTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.MessageHandler;

/** Spring Integration's Azure adapters: their constructors and setters name service and entity. */
public class BillingChannels {

    private static final String INVOICES = "invoices";
    private static final String BILLING_EVENTS = "billing-events";

    @Bean
    public MessageHandler invoiceSender(ServiceBusTemplate template) {
        template.setDefaultEntityType(ServiceBusEntityType.QUEUE);
        return new DefaultMessageHandler(INVOICES, template);
    }

    @Bean
    public MessageHandler telemetrySender(EventHubsTemplate template) {
        return new DefaultMessageHandler("telemetry", template);
    }

    @Bean
    public ServiceBusMessageListenerContainer billingEvents(ServiceBusProcessorFactory factory) {
        ServiceBusContainerProperties properties = new ServiceBusContainerProperties();
        properties.setEntityName(BILLING_EVENTS);
        properties.setSubscriptionName("ledger");
        return new ServiceBusMessageListenerContainer(factory, properties);
    }

    @Bean
    public ServiceBusInboundChannelAdapter billingEventsAdapter(ServiceBusMessageListenerContainer container) {
        return new ServiceBusInboundChannelAdapter(container);
    }

    @Bean
    public StorageQueueMessageSource refunds(StorageQueueTemplate template) {
        return new StorageQueueMessageSource("refunds", template);
    }
}
