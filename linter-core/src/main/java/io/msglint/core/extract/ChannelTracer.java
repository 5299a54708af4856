package io.msglint.core.extract;

import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Channel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds which entity a client talks to by following where the client came from, within its
 * file: local variables, fields set inline or in a constructor, try-with-resources, the builder
 * chain that made it ({@code .sender().queueName("uploads")}) and factory methods of the same
 * class. Where the code does not show the entity, it says so rather than guess.
 */
final class ChannelTracer {

    private static final int MAX_DEPTH = 6;

    /** The channel with, where a constant shows it, the entity's name; and the client's settings. */
    record Target(Channel channel, Optional<String> entity, boolean base64) {
    }

    /**
     * The calls that made a value, outermost first: its builder chain, through the variables,
     * fields and same-class factory methods that hold or return it.
     */
    static List<MethodCallExpr> origins(Expression value) {
        List<MethodCallExpr> calls = new ArrayList<>();
        collect(value, 0, calls, Collections.newSetFromMap(new IdentityHashMap<>())); // by identity, not structure
        return calls;
    }

    Target trace(Expression client, SdkCatalog.Client type) {
        List<MethodCallExpr> calls = origins(client);
        Set<Channel> refinements = new HashSet<>();
        Set<String> entities = new HashSet<>();
        boolean base64 = false;
        for (MethodCallExpr call : calls) {
            base64 |= call.getArguments().size() == 1
                    && SdkCatalog.isBase64Encoding(call.getNameAsString(), call.getArgument(0).toString());
            for (SdkCatalog.EntityMethod method : SdkCatalog.entityMethods(type.channel())) {
                if (call.getNameAsString().equals(method.name()) && call.getArguments().size() == method.arity()) {
                    method.refinesTo().ifPresent(refinements::add);
                    Values.constantString(call.getArgument(method.argument())).ifPresent(entities::add);
                }
            }
        }
        Channel channel = refinements.size() == 1 ? refinements.iterator().next() : type.channel();
        Optional<String> entity = entities.size() == 1 ? Optional.of(entities.iterator().next()) : Optional.empty();
        return new Target(channel, entity, base64);
    }

    private static void collect(Expression expression, int depth, List<MethodCallExpr> calls, Set<Expression> seen) {
        Expression e = TypeResolver.unwrap(expression);
        if (depth > MAX_DEPTH || !seen.add(e)) {
            return;
        }
        if (e instanceof ConditionalExpr conditional) {
            collect(conditional.getThenExpr(), depth + 1, calls, seen);
            collect(conditional.getElseExpr(), depth + 1, calls, seen);
            return;
        }
        if (e instanceof MethodCallExpr call) {
            calls.add(call);
            if (call.getScope().isPresent() && !(call.getScope().get() instanceof ThisExpr)) {
                collect(call.getScope().get(), depth, calls, seen);
            } else {
                for (Expression returned : SameClassMethods.returnedValues(call)) {
                    collect(returned, depth + 1, calls, seen);
                }
            }
            return;
        }
        Values.variable(e).ifPresent(v -> Values.sources(v).forEach(s -> collect(s, depth + 1, calls, seen)));
    }
}
