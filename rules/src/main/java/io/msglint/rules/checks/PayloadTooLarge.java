package io.msglint.rules.checks;

import io.msglint.rules.azure.ServiceLimits;
import io.msglint.rules.catalog.Findings;
import io.msglint.rules.catalog.Rule;
import io.msglint.rules.catalog.RuleInfo;
import io.msglint.rules.model.Facts;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ML008: a message or event is larger than its channel accepts for the configured tier: a
 * declared {@code @Message(maxSizeKb)}, a size constants prove, or a batch whose items add up
 * past the batch limit (module criteria Q6 and Q8, with today's limits from the services' quota pages on Microsoft Learn).
 */
public final class PayloadTooLarge implements Rule {

    private static final RuleInfo INFO = new RuleInfo("ML008", "payload-too-large", Severity.ERROR,
            "A declared or provable payload size exceeds the channel's limit for the configured tier, per message or per batch.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> check(Facts facts) {
        List<Finding> findings = new ArrayList<>();
        for (SendSite site : facts.sends()) {
            boolean reported = false;
            for (Payload payload : site.payloads()) {
                if (site.channel().isEventChannel() && payload.kind() == PayloadKind.MESSAGE) {
                    continue; // ML001: a message leaves the event channel first
                }
                Optional<Finding> finding = declared(facts, site, payload);
                if (finding.isPresent()) {
                    findings.add(finding.get());
                    reported = true;
                }
            }
            if (!reported && !(site.channel().isEventChannel() && site.carries(PayloadKind.MESSAGE))) {
                Optional<Finding> finding = provable(facts, site);
                if (finding.isPresent()) {
                    findings.add(finding.get());
                }
            }
        }
        return findings;
    }

    private Optional<Finding> declared(Facts facts, SendSite site, Payload payload) {
        if (payload.type().isEmpty() || payload.kind() != PayloadKind.MESSAGE || payload.type().get().message().maxSizeKb() <= 0) {
            return Optional.empty();
        }
        long bytes = payload.type().get().message().maxSizeKb() * ServiceLimits.KIB;
        String name = payload.type().get().simpleName();
        Optional<ServiceLimits.Limit> limit = ServiceLimits.messageLimit(site.channel(), facts.tiers(), site.traits().base64());
        if (limit.isPresent() && bytes > limit.get().bytes()) {
            return Optional.of(Findings.about(info(), Severity.ERROR, site, payload,
                    name + " may be " + payload.type().get().message().maxSizeKb() + " KiB (@Message(maxSizeKb)) but "
                            + site.entityOrChannel() + " accepts at most " + limit.get().description() + ". " + fix(site),
                    List.of(), false));
        }
        Optional<ServiceLimits.Limit> batchLimit = ServiceLimits.batchLimit(site.channel(), facts.tiers());
        if (site.traits().items().isPresent() && batchLimit.isPresent()
                && bytes * site.traits().items().getAsInt() > batchLimit.get().bytes()) {
            int items = site.traits().items().getAsInt();
            return Optional.of(Findings.about(info(), Severity.ERROR, site, payload,
                    "A batch of " + items + " " + name + " of up to " + payload.type().get().message().maxSizeKb()
                            + " KiB each may exceed " + batchLimit.get().description() + " on " + site.entityOrChannel()
                            + ". Send smaller batches (createMessageBatch/createBatch and tryAdd check the limit).",
                    List.of(), false));
        }
        return Optional.empty();
    }

    private Optional<Finding> provable(Facts facts, SendSite site) {
        if (site.traits().provableBytes().isEmpty()) {
            return Optional.empty();
        }
        long bytes = site.traits().provableBytes().getAsLong();
        Optional<ServiceLimits.Limit> limit = ServiceLimits.messageLimit(site.channel(), facts.tiers(), site.traits().base64());
        if (limit.isEmpty() || bytes <= limit.get().bytes()) {
            return Optional.empty();
        }
        return Optional.of(Findings.atSend(info(), Severity.ERROR, site,
                "The payload sent through " + site.entityOrChannel() + " is " + bytes + " bytes, over "
                        + limit.get().description() + ". " + fix(site), List.of(bytes + " bytes proven by constants"), false));
    }

    private static String fix(SendSite site) {
        return site.channel().isEventChannel()
                ? "Store the data in Blob storage and send a reference to it."
                : "Store the body in Blob storage and send a reference (claim check), or use Service Bus Premium with a "
                        + "raised entity limit for large messages.";
    }
}
