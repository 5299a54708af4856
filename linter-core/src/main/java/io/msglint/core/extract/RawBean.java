package io.msglint.core.extract;

import io.msglint.rules.model.Channel;
import io.msglint.rules.model.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A messaging client the project defines for injection: a {@code @Bean} or {@code @Produces}
 * method returning one, with the entity its builder names.
 *
 * @param clientType the client's qualified type name
 * @param names      the names it is known by: {@code @Bean("...")} names or the method's name, and its
 *                   {@code @Qualifier}
 */
public record RawBean(String clientType, List<String> names, Channel channel, Optional<String> entity, boolean base64,
                      SourceLocation location) {

    public RawBean {
        names = List.copyOf(names);
    }
}
