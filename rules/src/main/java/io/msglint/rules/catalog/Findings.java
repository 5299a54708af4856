package io.msglint.rules.catalog;

import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Finding;
import io.msglint.rules.model.KindSource;
import io.msglint.rules.model.Payload;
import io.msglint.rules.model.PayloadKind;
import io.msglint.rules.model.PayloadType;
import io.msglint.rules.model.ReceiveSite;
import io.msglint.rules.model.SendSite;
import io.msglint.rules.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds findings about a payload at a send site, so every rule fills them alike. */
public final class Findings {

    private Findings() {
    }

    public static Finding about(RuleInfo rule, Severity severity, SendSite site, Payload payload, String message,
                         List<String> extraEvidence, boolean restsOnInference) {
        List<String> evidence = new ArrayList<>();
        Optional<PayloadType> type = payload.type();
        if (type.isPresent()) {
            evidence.addAll(type.get().evidence());
        }
        evidence.addAll(extraEvidence);
        Severity level = restsOnInference ? severity.capAt(ceiling(type)) : severity;
        return new Finding(rule.id(), level, site.location(), message,
                type.isPresent() ? Optional.of(type.get().name()) : Optional.empty(),
                type.isPresent() ? kindSource(type.get()) : Optional.empty(),
                evidence, site.channel(), site.entity(), restsOnInference, site.path());
    }

    /** A finding about a payload type at a receive site. */
    public static Finding atReceive(RuleInfo rule, Severity severity, ReceiveSite site, PayloadType type, String message) {
        Severity level = type.isInferred() ? severity.capAt(ceiling(Optional.of(type))) : severity;
        return new Finding(rule.id(), level, site.location(), message, Optional.of(type.name()),
                kindSource(type), type.evidence(), site.channel(), site.entity(), type.isInferred());
    }

    /** A finding that rests on inference never exceeds WARNING, nor what its payload's clues allow. */
    private static Severity ceiling(Optional<PayloadType> type) {
        return type.isPresent() && type.get().isInferred() ? type.get().inferenceCeiling() : Severity.WARNING;
    }

    /** Where the type's kind came from, when it came from anywhere. */
    private static Optional<KindSource> kindSource(PayloadType type) {
        return type.source() == KindSource.NONE ? Optional.empty() : Optional.of(type.source());
    }

    /** A finding about a send site as a whole, not about one payload. */
    public static Finding atSend(RuleInfo rule, Severity severity, SendSite site, String message, List<String> evidence,
                                 boolean restsOnInference) {
        Severity level = restsOnInference ? severity.capAt(Severity.WARNING) : severity;
        return new Finding(rule.id(), level, site.location(), message, Optional.empty(), Optional.empty(), evidence,
                site.channel(), site.entity(), restsOnInference, site.path());
    }

    /** "declared @Message", "inferred: ..." — how the report explains the payload's kind. */
    public static String kindPhrase(PayloadType type) {
        return switch (type.source()) {
            case DECLARED -> "declared " + (type.kind() == PayloadKind.MESSAGE ? "@Message" : "@Event");
            case CONFIGURED -> "configured as " + type.kind().name().toLowerCase(Locale.ROOT);
            case INFERRED -> type.isInferredFromName() ? "inferred from its name"
                    : "inferred: " + type.clues().get(0).detail();
            case NONE -> "unclassified";
        };
    }


    /** Why a payload is one of a series: "@Event(kind = SERIES)", or the clue that says so. */
    public static String seriesPhrase(PayloadType type) {
        if (type.isInferred()) {
            for (Clue clue : type.clues()) {
                if (clue.sign().isSeries()) {
                    return "inferred: " + clue.detail();
                }
            }
        }
        return "@Event(kind = SERIES)";
    }

    /** A message starts with a capital, whatever the payload's name. */
    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
