package io.msglint.rules.azure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdkCatalogTest {

    @Test
    void domainTypesAreTheApplicationsIncludingVendorsSamples() {
        assertThat(SdkCatalog.isDomainType("com.acme.Order")).isTrue();
        assertThat(SdkCatalog.isDomainType("com.azure.spring.sample.jms.queue.User")).isTrue();
        assertThat(SdkCatalog.isDomainType("org.springframework.samples.petclinic.visits.Visit")).isTrue();
        assertThat(SdkCatalog.isDomainType("com.azure.core.util.BinaryData")).isFalse();
        assertThat(SdkCatalog.isDomainType("org.springframework.messaging.Message")).isFalse();
        assertThat(SdkCatalog.isDomainType("java.lang.String")).isFalse();
        assertThat(SdkCatalog.isDomainType("jakarta.jms.Message")).as("JMS plumbing").isFalse();
        assertThat(SdkCatalog.isDomainType("org.apache.qpid.jms.message.JmsObjectMessage")).isFalse();
    }

    @Test
    void everyMessagingPackageHoldsThePreFiltersMarker() {
        assertThat(SdkCatalog.messagingPackages()).isNotEmpty()
                .allSatisfy(p -> assertThat(p).contains(SdkCatalog.MESSAGING_MARKER));
        assertThat(ReceiveCatalog.FUNCTIONS_PACKAGE).contains(SdkCatalog.MESSAGING_MARKER);
    }

    @Test
    void everySendingClientIsNamedWithItsSendMethods() {
        assertThat(SdkCatalog.clients()).isNotEmpty().allSatisfy(client -> {
            assertThat(SdkCatalog.names()).contains(client.type(), client.simpleName());
            assertThat(SdkCatalog.names()).containsAll(client.sendMethods().keySet());
        });
    }
}
