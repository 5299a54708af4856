package io.msglint.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each send through an injected client the entity of the bean it gets, chosen as Spring
 * chooses: by qualifier; else the only bean of the client's type; else the bean named like the
 * field or parameter. Where that still leaves several, or none, the entity stays unknown.
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
            RawBean bean = send.injection().isPresent() ? chosen(send, beans) : null;
            resolved.add(bean == null ? send : send.withClient(bean.channel(), bean.entity(), bean.base64()));
        }
        return resolved;
    }

    /** The bean the send's client is, or null when the code does not say which. */
    private static RawBean chosen(RawSend send, List<RawBean> beans) {
        Injection injection = send.injection().orElseThrow();
        String type = injection.clientType();
        List<RawBean> ofType = new ArrayList<>();
        for (RawBean bean : beans) {
            if (bean.clientType().equals(type)) {
                ofType.add(bean);
            }
        }
        if (injection.qualifier().isPresent()) {
            return only(named(ofType, injection.qualifier().get()));
        }
        if (ofType.size() == 1) {
            return ofType.get(0);
        }
        return only(named(ofType, injection.name()));
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

    private static RawBean only(List<RawBean> beans) {
        return beans.size() == 1 ? beans.get(0) : null;
    }
}
