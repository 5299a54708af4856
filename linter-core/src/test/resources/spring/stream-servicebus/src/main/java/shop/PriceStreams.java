package shop;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.messaging.Message;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** Spring Cloud Stream over the Service Bus binder: what application.yml binds where. */
public class PriceStreams {

    private static final String AUDIT = "price-audit";

    private final StreamBridge bridge;
    private final Sinks.Many<Message<PriceChanged>> prices = Sinks.many().unicast().onBackpressureBuffer();

    public PriceStreams(StreamBridge bridge) {
        this.bridge = bridge;
    }

    /** Bound to a queue: one receiver takes each price change. */
    @Bean
    public Supplier<Flux<Message<PriceChanged>>> publishPrices() { // expect: ML003 warning "a Service Bus queue 'price-updates'"
        return prices::asFlux;
    }

    /** Bound to a topic: every subscriber hears of it. */
    @Bean
    public Supplier<PriceChanged> announcePrices() {
        return () -> new PriceChanged("sku", 100);
    }

    /** A queue consumer of work: the right channel. */
    @Bean
    public Consumer<Message<ShipOrder>> shipOrders() {
        return message -> { };
    }

    /** A subscription to the price topic (its group, whatever its value): every watcher hears. */
    @Bean
    public Consumer<PriceChanged> watchPrices() {
        return change -> { };
    }

    /** Not in spring.cloud.function.definition: Stream does not bind it. */
    @Bean
    public Function<ShipOrder, PriceChanged> nearMissUnboundFunction() {
        return order -> new PriceChanged(order.orderId(), 0);
    }

    public void audit(PriceChanged change) {
        bridge.send(AUDIT, change); // expect: ML003 warning "a Service Bus queue 'price-audit'"
    }

    public void alert(PriceChanged change) {
        bridge.send("priceAlerts", change); // expect: ML003 warning "a Service Bus queue"
    }

    /** A binding the code computes: Service Bus through the only binder, queue or topic unknown. */
    public void nearMissComputedBinding(PriceChanged change) {
        bridge.send(change.sku().isEmpty() ? "priceAlerts" : AUDIT + "-" + change.sku(), change);
    }

    public void nearMissToATopicBinding(PriceChanged change) {
        bridge.send("announcePrices-out-0", change);
    }
}
