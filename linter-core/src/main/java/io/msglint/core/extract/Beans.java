package io.msglint.core.extract;

import io.msglint.rules.model.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gives each send through an injected client the entity of the bean it gets, chosen as Spring
 * chooses: by qualifier; else the only bean of the client's type; else the bean named like the
 * field or parameter. Where that still leaves several, the send gets only what they all agree on
 * (every one a queue, say), never the entity of one of them; where it leaves none, nothing.
 */
final class Beans {

    private Beans() {
    }

    static List<RawSend> resolve(List<RawSend> sends, List<RawBean> beans) {
        if (beans.isEmpty()) {
            return sends;
        }
        List<RawSend> resolved = new ArrayList<>(sends.size());
        for (RawSend send : sends) {
            List<RawBean> candidates = send.injection().isPresent() ? candidates(send.injection().get(), beans) : List.of();
            resolved.add(candidates.isEmpty() ? send : agreed(send, candidates));
        }
        return resolved;
    }

    /** The beans the client may be: one when the code says which, else every bean it may be. */
    private static List<RawBean> candidates(Injection injection, List<RawBean> beans) {
        List<RawBean> ofType = new ArrayList<>();
        for (RawBean bean : beans) {
            if (bean.clientType().equals(injection.clientType())) {
                ofType.add(bean);
            }
        }
        if (injection.qualifier().isPresent()) {
            return named(ofType, injection.qualifier().get());
        }
        List<RawBean> byName = named(ofType, injection.name());
        return ofType.size() > 1 && byName.size() == 1 ? byName : ofType;
    }

    /** What every candidate bean has in common: its channel, its entity, its encoding. */
    private static RawSend agreed(RawSend send, List<RawBean> candidates) {
        Set<Channel> channels = new HashSet<>();
        Set<Optional<String>> entities = new HashSet<>();
        boolean base64 = true;
        for (RawBean bean : candidates) {
            channels.add(bean.channel());
            entities.add(bean.entity());
            base64 &= bean.base64();
        }
        if (channels.size() > 1) {
            return send;
        }
        return send.withClient(channels.iterator().next(),
                entities.size() == 1 ? entities.iterator().next() : Optional.empty(), base64);
    }

    private static List<RawBean> named(List<RawBean> beans, String name) {
        List<RawBean> named = new ArrayList<>();
        for (RawBean bean : beans) {
            if (bean.names().contains(name)) {
                named.add(bean);
            }
        }
        return named;
    }
}
