package io.msglint.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Severity;
import io.msglint.rules.model.Sign;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Each clue a receiving handler gives: code where it fires, and a near-miss where it must not. */
class HandlerCluesTest {

    @Test
    void settlingFailuresFires() {
        assertThat(signs("receiver.deadLetter(message);")).containsExactly(Sign.SETTLES_FAILURES);
        assertThat(signs("try { work.apply(x); } catch (RuntimeException e) { context.abandon(); }"))
                .contains(Sign.SETTLES_FAILURES);
        assertThat(signs("message.setIntProperty(JmsMessageSupport.JMS_AMQP_ACK_TYPE, REJECTED); message.acknowledge();"))
                .as("JMS over Service Bus dead-letters so").containsExactly(Sign.SETTLES_FAILURES);
    }

    @Test
    void nearMissCompletingIsTheTransportsMechanics() {
        assertThat(signs("receiver.complete(message);")).doesNotContain(Sign.SETTLES_FAILURES).isEmpty();
        assertThat(signs("queue.deleteMessage(item.getMessageId(), item.getPopReceipt());")).isEmpty();
        assertThat(signs("context.updateCheckpoint();")).isEmpty();
        assertThat(signs("message.setIntProperty(JMS_AMQP_ACK_TYPE, ACCEPTED); message.acknowledge();"))
                .doesNotContain(Sign.SETTLES_FAILURES);
    }

    @Test
    void rethrowingAFailedPieceOfWorkFires() {
        assertThat(signs("try { accounts.close(x); } catch (RuntimeException e) { log.warn(\"failed\"); throw e; }"))
                .contains(Sign.RETRIES);
    }

    @Test
    void nearMissRethrowingAParseFailureOrOnlyLogging() {
        assertThat(signs("try { mapper.readValue(json, X.class); } catch (Exception e) { throw new IllegalStateException(e); }"))
                .doesNotContain(Sign.RETRIES);
        assertThat(signs("try { accounts.close(x); } catch (RuntimeException e) { log.warn(\"failed\"); }"))
                .doesNotContain(Sign.RETRIES);
    }

    @Test
    void aRetryPolicyFires() {
        assertThat(signs("@FixedDelayRetry(maxRetryCount = 3, delayInterval = \"00:00:10\")", "log.info(\"x\");"))
                .containsExactly(Sign.RETRIES);
        assertThat(signs("@Retryable", "log.info(\"x\");")).containsExactly(Sign.RETRIES);
    }

    @Test
    void nearMissOtherAnnotationsAreNoRetryPolicy() {
        assertThat(signs("@FunctionName(\"f\")", "log.info(\"x\");")).containsExactly(Sign.ONLY_LOGS);
    }

    @Test
    void keepingFailuresAsideFires() {
        assertThat(signs("try { work.apply(x); } catch (RuntimeException e) { poisonMessages.save(x); }"))
                .contains(Sign.KEEPS_FAILURES);
        assertThat(signs("try { work.apply(x); } catch (RuntimeException e) { deadLetterSender.sendMessage(x); }"))
                .contains(Sign.KEEPS_FAILURES);
    }

    @Test
    void nearMissCountingFailuresKeepsNothing() {
        assertThat(signs("try { work.apply(x); } catch (RuntimeException e) { failedCount.incrementAndGet(); }"))
                .doesNotContain(Sign.KEEPS_FAILURES);
        assertThat(signs("failedOrders.save(x);")).as("outside a catch, it is storing")
                .containsExactly(Sign.STORES);
    }

    @Test
    void changingStateFires() {
        assertThat(signs("accounts.deleteById(x.id());")).containsExactly(Sign.CHANGES_STATE);
        assertThat(signs("order.setStatus(\"SHIPPED\");")).containsExactly(Sign.CHANGES_STATE);
        assertThat(signs("jdbc.update(\"UPDATE orders SET status = ? WHERE id = ?\", s, id);"))
                .containsExactly(Sign.CHANGES_STATE);
        assertThat(signs("order.status = Status.PAID;")).containsExactly(Sign.CHANGES_STATE);
    }

    @Test
    void nearMissUpdatingAnInMemoryViewChangesNoRecord() {
        assertThat(signs("priceCache.delete(x.sku());")).doesNotContain(Sign.CHANGES_STATE);
        assertThat(signs("latestMap.remove(x.sku()); log.info(\"gone\");")).doesNotContain(Sign.CHANGES_STATE);
    }

    @Test
    void askingAnotherSystemToActFires() {
        assertThat(signs("rest.postForObject(url, x, String.class);")).containsExactly(Sign.CALLS_ANOTHER_SYSTEM);
        assertThat(signs("webClient.post().uri(url).bodyValue(x).retrieve();")).contains(Sign.CALLS_ANOTHER_SYSTEM);
        assertThat(signs("http.send(HttpRequest.newBuilder(uri).POST(body).build(), handler);"))
                .contains(Sign.CALLS_ANOTHER_SYSTEM);
    }

    @Test
    void nearMissReadingFromAnotherSystemAsksNothing() {
        assertThat(signs("rest.getForObject(url, String.class);")).doesNotContain(Sign.CALLS_ANOTHER_SYSTEM);
    }

    @Test
    void storingFires() {
        assertThat(signs("repository.save(x);")).containsExactly(Sign.STORES);
        assertThat(signs("jdbc.update(\"INSERT INTO readings VALUES (?, ?)\", a, b);")).containsExactly(Sign.STORES);
        assertThat(signs("container.createItem(x);")).containsExactly(Sign.STORES);
        assertThat(signs("entityManager.merge(x);")).containsExactly(Sign.STORES);
    }

    @Test
    void nearMissInsertingIntoABufferOrMergingIntoAMapStoresNothing() {
        assertThat(signs("totals.merge(x.sku(), 1, Integer::sum); log.info(\"counted\");")).doesNotContain(Sign.STORES);
        assertThat(signs("textBuffer.insert(0, x.name()); log.info(textBuffer.toString());")).doesNotContain(Sign.STORES);
    }

    @Test
    void onlyObservingFires() {
        List<Clue> clues = clues("log.info(\"price \" + x.sku()); seen.incrementAndGet(); latest.put(x.sku(), x);", false);
        assertThat(clues).extracting(Clue::sign).containsExactly(Sign.ONLY_OBSERVES);
        assertThat(clues.get(0).text()).isEqualTo("Handler.java:3: the consumer only logs, counts or keeps an "
                + "in-memory view (log.info): nothing is lost if it never runs");
    }

    @Test
    void onlyLoggingFiresApart() {
        List<Clue> clues = clues("LOGGER.info(\"received {}\", x.name()); System.out.println(x);", false);
        assertThat(clues).extracting(Clue::sign).containsExactly(Sign.ONLY_LOGS);
        assertThat(clues.get(0).detail()).contains("unless this consumer is a placeholder");
        assertThat(Sign.ONLY_LOGS.ceiling()).as("alone, it makes findings of info").isEqualTo(Severity.INFO);
    }

    @Test
    void nearMissLoggingAndThenCallingARepositoryIsWork() {
        assertThat(signs("log.info(\"saving\"); repository.save(x);")).containsExactly(Sign.STORES);
        assertThat(signs("log.info(\"handing over\"); service.handle(x);")).as("work done elsewhere is no observing")
                .isEmpty();
        assertThat(signs("log.info(\"shipping\"); x.ship();")).as("an action on the payload").isEmpty();
    }

    @Test
    void aggregatingABatchFires() {
        assertThat(signs("DoubleSummaryStatistics s = xs.stream().mapToDouble(X::value).summaryStatistics(); "
                + "store.save(new Average(s.getAverage()));", true)).contains(Sign.AGGREGATES, Sign.STORES);
        assertThat(signs("window.add(x); if (window.size() > 100) { store.save(new Average(window.stream()"
                + ".mapToDouble(X::value).average().orElse(0))); }", false)).contains(Sign.AGGREGATES);
    }

    @Test
    void aHandlerTakesManyPayloadsThroughAnArrayAListOrAStream() {
        for (String many : List.of("Reading[]", "List<Reading>", "Collection<Reading>", "Flux<Reading>")) {
            assertThat(HandlerClues.takesMany(StaticJavaParser.parseType(many))).as(many).isTrue();
        }
        for (String one : List.of("Reading", "Mono<Reading>", "Message<Reading>")) {
            assertThat(HandlerClues.takesMany(StaticJavaParser.parseType(one))).as(one).isFalse();
        }
    }

    @Test
    void nearMissSummingOneOrdersLinesIsNoStream() {
        assertThat(signs("long total = x.lines().stream().mapToLong(Line::cents).sum(); orders.save(x);", false))
                .containsExactly(Sign.STORES);
    }

    @Test
    void theHandlersOwnMethodsAreReadToo() {
        assertThat(signs("handle(x);", "", "private void handle(X x) { repository.deleteById(x.id()); }"))
                .containsExactly(Sign.CHANGES_STATE);
    }

    private static Set<Sign> signs(String body) {
        return signs(body, false);
    }

    private static Set<Sign> signs(String body, boolean batch) {
        Set<Sign> signs = new TreeSet<>();
        clues(body, batch).forEach(c -> signs.add(c.sign()));
        return signs;
    }

    private static Set<Sign> signs(String annotation, String body) {
        return signs(body, annotation, "");
    }

    private static Set<Sign> signs(String body, String annotation, String more) {
        Set<Sign> signs = new TreeSet<>();
        clues("class Handler {\n" + annotation + " void receive(X x) {\n" + body + "\n}\n" + more + "\n}", false, true)
                .forEach(c -> signs.add(c.sign()));
        return signs;
    }

    private static List<Clue> clues(String body, boolean batch) {
        return clues("class Handler {\n void receive(X x) {\n" + body + "\n}\n}", batch, true);
    }

    private static List<Clue> clues(String source, boolean batch, boolean unused) {
        CompilationUnit unit = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source).getResult().orElseThrow();
        MethodDeclaration method = unit.findFirst(MethodDeclaration.class, m -> m.getNameAsString().equals("receive"))
                .orElseThrow();
        return HandlerClues.of(method, Optional.of(method), batch, "src/Handler.java");
    }
}
