package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The messaging clients a file defines for injection: {@code @Bean} and {@code @Produces} methods
 * returning an SDK client, with the entity their builder chain names (a literal, a constant or an
 * {@code @Value} default). Where the returns disagree, the entity is unknown.
 */
final class BeanExtractor {

    private final TypeResolver resolver;
    private final ChannelTracer channels = new ChannelTracer();

    BeanExtractor(TypeResolver resolver) {
        this.resolver = resolver;
    }

    List<RawBean> extract(CompilationUnit unit, String reportPath) {
        List<RawBean> beans = new ArrayList<>();
        for (MethodDeclaration method : unit.findAll(MethodDeclaration.class)) {
            if (!Injections.definesBean(method) || method.getBody().isEmpty()) {
                continue;
            }
            Optional<SdkCatalog.Client> client = resolver.qualify(method.getType()).map(TypeRef::name)
                    .flatMap(SdkCatalog::client);
            if (client.isEmpty()) {
                continue;
            }
            Set<Channel> channelsSeen = new HashSet<>();
            Set<Optional<String>> entities = new HashSet<>();
            boolean base64 = false;
            for (ReturnStmt returned : method.getBody().get().findAll(ReturnStmt.class)) {
                if (returned.getExpression().isPresent()) {
                    ChannelTracer.Target target = channels.trace(returned.getExpression().get(), client.get());
                    channelsSeen.add(target.channel());
                    entities.add(target.entity());
                    base64 |= target.base64();
                }
            }
            Channel channel = channelsSeen.size() == 1 ? channelsSeen.iterator().next() : client.get().channel();
            Optional<String> entity = entities.size() == 1 ? entities.iterator().next() : Optional.empty();
            beans.add(new RawBean(client.get().type(), Injections.beanNames(method), channel, entity, base64,
                    SendSiteExtractor.location(method.getName(), reportPath)));
        }
        return beans;
    }
}
