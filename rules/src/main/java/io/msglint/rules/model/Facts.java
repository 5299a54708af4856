package io.msglint.rules.model;

import java.util.List;

/** Everything the front end learnt about a codebase that the rules judge, and the tiers it runs on. */
public record Facts(List<SendSite> sends, List<ReceiveSite> receives, Tiers tiers) {

    public Facts {
        sends = List.copyOf(sends);
        receives = List.copyOf(receives);
    }

    public static Facts of(List<SendSite> sends) {
        return new Facts(sends, List.of(), Tiers.DEFAULT);
    }
}
