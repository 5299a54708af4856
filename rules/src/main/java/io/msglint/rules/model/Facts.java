package io.msglint.rules.model;

import java.util.List;

/** Everything the front end learnt about a codebase that the rules judge. */
public record Facts(List<SendSite> sends) {

    public Facts {
        sends = List.copyOf(sends);
    }
}
