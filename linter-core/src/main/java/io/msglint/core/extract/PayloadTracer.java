package io.msglint.core.extract;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import io.msglint.core.resolve.CompilationUnits;
import io.msglint.core.resolve.Scopes;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.model.Content;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a send's payload argument back, within its method and file, to what it is made of:
 * message and event wrappers ({@code new ServiceBusMessage(..)}, {@code new EventGridEvent(..)}),
 * {@code BinaryData} factories, JSON serializers, collections, batches, streams mapping payloads
 * to events, local variables, fields and same-class helper methods. What it finds is a set of
 * domain types and evidence of raw content (file and stream reads, uploads, raw bytes).
 */
final class PayloadTracer {

    private static final int MAX_DEPTH = 10;
    private static final Set<String> COLLECTION_FACTORIES = Set.of(
            "of", "asList", "singletonList", "singleton", "just", "fromIterable", "fromArray", "ofNullable",
            "copyOf", "unmodifiableList", "concat");
    private static final Set<String> PASS_THROUGH = Set.of(
            "stream", "parallelStream", "collect", "toList", "filter", "sorted", "distinct", "limit", "skip",
            "peek", "iterator", "toArray", "collectList", "block", "blockFirst", "blockLast", "subList",
            "getBytes", "toString", "trim", "strip", "array", "duplicate", "asReadOnlyBuffer");
    private static final Set<String> MAPPERS = Set.of("map", "flatMap", "mapToObj", "concatMap", "flatMapIterable");
    private static final Set<String> COLLECTION_ADDERS = Set.of("add", "addAll", "offer", "push", "addLast", "addFirst");

    private final TypeResolver resolver;

    PayloadTracer(TypeResolver resolver) {
        this.resolver = resolver;
    }

    Trace trace(Expression payload) {
        Trace trace = new Trace();
        visit(payload, 0, trace, new HashSet<>(), new IdentityHashMap<>());
        return trace;
    }

    private void visit(Expression expression, int depth, Trace out, Set<Expression> seen, Map<Node, Expression> bound) {
        Expression e = TypeResolver.unwrap(expression);
        if (depth > MAX_DEPTH || !seen.add(e)) {
            return;
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr || e instanceof BinaryExpr
                || e.isLiteralExpr()) {
            return;
        }
        if (e instanceof ObjectCreationExpr creation) {
            visitCreation(creation, depth, out, seen, bound);
        } else if (e instanceof MethodCallExpr call) {
            visitCall(call, depth, out, seen, bound);
        } else if (e instanceof ConditionalExpr conditional) {
            visit(conditional.getThenExpr(), depth + 1, out, seen, bound);
            visit(conditional.getElseExpr(), depth + 1, out, seen, bound);
        } else if (e instanceof ArrayCreationExpr array && array.getInitializer().isPresent()) {
            visit(array.getInitializer().get(), depth + 1, out, seen, bound);
        } else if (e instanceof ArrayCreationExpr array) {
            if (array.getElementType().asString().equals("byte") && array.getLevels().size() == 1) {
                array.getLevels().get(0).getDimension().flatMap(Constants::longValue).ifPresent(out::addProvableBytes);
                out.addContent(Content.Strength.SHAPE, "raw bytes " + array);
            }
        } else if (e instanceof ArrayInitializerExpr init) {
            init.getValues().forEach(v -> visit(v, depth + 1, out, seen, bound));
        } else if (e instanceof LambdaExpr lambda) {
            results(lambda).forEach(r -> visit(r, depth + 1, out, seen, bound));
        } else {
            Optional<Scopes.Variable> variable = Values.variable(e);
            if (variable.isPresent()) {
                visitVariable(e, variable.get(), depth, out, seen, bound);
            } else {
                consider(resolver.typeOf(e), e.toString(), out);
            }
        }
    }

    private void visitVariable(Expression use, Scopes.Variable variable, int depth, Trace out, Set<Expression> seen,
                               Map<Node, Expression> bound) {
        Expression argument = bound.get(variable.node());
        if (argument != null) {
            visit(argument, depth + 1, out, seen, bound);
            return;
        }
        List<Expression> sources = Values.sources(variable);
        sources.forEach(s -> visit(s, depth + 1, out, seen, bound));
        boolean filled = false;
        for (MethodCallExpr call : variable.node().findAncestor(CallableDeclaration.class)
                .map(m -> m.findAll(MethodCallExpr.class)).orElse(List.of())) {
            if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr n
                    && n.getNameAsString().equals(variable.name())) {
                out.addCall(call.getNameAsString());
                if (isAdder(call.getNameAsString()) && !call.getArguments().isEmpty()) {
                    visit(call.getArgument(0), depth + 1, out, seen, bound);
                    filled = true;
                }
            }
        }
        if (sources.isEmpty() && !filled) {
            consider(typeOfVariable(use, variable), variable.name(), out);
        }
    }

    /**
     * A variable's type; for an implicitly typed lambda parameter of a stream or collection
     * call ({@code songs.stream().map(s -> ...)}), the element type of the source when
     * JavaParser's inference gives up.
     */
    private Optional<TypeRef> typeOfVariable(Expression use, Scopes.Variable variable) {
        Optional<TypeRef> declared = variable.type().flatMap(resolver::qualify);
        if (declared.isPresent()) {
            return declared;
        }
        return lambdaElementType(variable).or(() -> resolver.typeOf(use));
    }

    /**
     * An implicitly typed lambda parameter of a stream or collection call ({@code songs.stream().map(s -> ..)})
     * has the element type of the source, read off its declaration: far cheaper than lambda inference.
     */
    private Optional<TypeRef> lambdaElementType(Scopes.Variable variable) {
        if (!(variable.node().getParentNode().orElse(null) instanceof LambdaExpr lambda)
                || lambda.getParameters().size() != 1
                || !(lambda.getParentNode().orElse(null) instanceof MethodCallExpr call) || call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression source = call.getScope().get();
        while (source instanceof MethodCallExpr step && PASS_THROUGH.contains(step.getNameAsString())
                && step.getScope().isPresent()) {
            source = step.getScope().get();
        }
        return resolver.declaredTypeOf(source).flatMap(TypeRef::elementType);
    }

    private static boolean isAdder(String method) {
        return COLLECTION_ADDERS.contains(method) || SdkCatalog.isBatchAdder(method);
    }

    private void visitCreation(ObjectCreationExpr creation, int depth, Trace out, Set<Expression> seen,
                               Map<Node, Expression> bound) {
        Optional<TypeRef> type = resolver.qualify(creation.getType());
        String name = type.map(TypeRef::name).orElse("");
        Optional<Integer> wrapped = SdkCatalog.wrapperPayloadArgument(name);
        if (wrapped.isPresent()) {
            recordChainedCalls(creation, out);
            if (creation.getArguments().size() > wrapped.get()) {
                visit(creation.getArgument(wrapped.get()), depth + 1, out, seen, bound);
            }
        } else if (SdkCatalog.isContentStreamType(name)) {
            out.addContent(Content.Strength.FILE_OR_STREAM, "new " + simple(name) + "(...)");
        } else if (SdkCatalog.isDomainType(name)) {
            out.addType(name);
        } else {
            creation.getArguments().forEach(a -> visit(a, depth + 1, out, seen, bound));
        }
    }

    private void visitCall(MethodCallExpr call, int depth, Trace out, Set<Expression> seen, Map<Node, Expression> bound) {
        String method = call.getNameAsString();
        out.addCall(method);
        call.getArguments().forEach(a -> recordOptionCalls(a, out));
        Optional<Expression> scope = call.getScope();
        String scopeText = scope.map(Expression::toString).orElse("");
        String scopeSimple = scopeText.substring(scopeText.lastIndexOf('.') + 1);
        if (isType(call, SdkCatalog.binaryDataType())) {
            Optional<SdkCatalog.Conversion> conversion = SdkCatalog.binaryDataFactory(method);
            if (conversion.isPresent() && !call.getArguments().isEmpty()) {
                switch (conversion.get()) {
                    case SERIALIZES_OBJECT -> serialized(call.getArgument(0), depth, out, seen, bound);
                    case WRAPS_VALUE -> visit(call.getArgument(0), depth + 1, out, seen, bound);
                    case READS_CONTENT -> out.addContent(Content.Strength.FILE_OR_STREAM, SdkCatalog.binaryDataCall(method));
                }
            }
            return;
        }
        if (SdkCatalog.isSerializerMethod(method) && !call.getArguments().isEmpty()) {
            serialized(call.getArgument(0), depth, out, seen, bound);
            return;
        }
        if (SdkCatalog.isStaticContentReader(scopeSimple, method)) {
            out.addContent(Content.Strength.FILE_OR_STREAM, scopeSimple + "." + method + "(...)");
            return;
        }
        if (SdkCatalog.isStreamReader(method) && scope.isPresent()) {
            out.addContent(Content.Strength.FILE_OR_STREAM, scopeText + "." + method + "()");
            return;
        }
        if (scope.isPresent() && SdkCatalog.mayBeUploadRead(method)) {
            Optional<TypeRef> receiver = resolver.typeOf(scope.get());
            if (receiver.map(r -> SdkCatalog.isUploadRead(r.name(), method)).orElse(false)) {
                out.addContent(Content.Strength.FILE_OR_STREAM, "upload " + scopeText + "." + method + "()");
                return;
            }
        }
        if (SdkCatalog.isPayloadFactory(method) && !call.getArguments().isEmpty()) {
            recordChainedCalls(call, out);
            serialized(call.getArgument(0), depth, out, seen, bound);
            return;
        }
        if (SdkCatalog.isBuilderStep(method) && scope.isPresent()) {
            visit(scope.get(), depth + 1, out, seen, bound);
            return;
        }
        if (COLLECTION_FACTORIES.contains(method)) {
            call.getArguments().forEach(a -> visit(a, depth + 1, out, seen, bound));
            return;
        }
        if (MAPPERS.contains(method)) {
            call.getArguments().forEach(a -> visit(a, depth + 1, out, seen, bound));
            return;
        }
        if (PASS_THROUGH.contains(method) && scope.isPresent()) {
            visit(scope.get(), depth + 1, out, seen, bound);
            return;
        }
        if (scope.isPresent() && SdkCatalog.mayBeWrapperSetter(method)
                && resolver.typeOf(scope.get()).map(t -> SdkCatalog.wrapperPayloadArgument(t.name()).isPresent()).orElse(false)) {
            visit(scope.get(), depth + 1, out, seen, bound);
            return;
        }
        if (scope.isPresent() && resolver.declaredTypeOf(scope.get())
                .map(t -> !SdkCatalog.isDomainType(t.name()) && t.arguments().isEmpty() && !t.name().startsWith("java.")).orElse(false)) {
            return; // a call on an SDK client or builder returns no domain payload
        }
        List<MethodDeclaration> callees = SameClassMethods.callees(call);
        if (!callees.isEmpty()) {
            for (MethodDeclaration callee : callees) {
                Map<Node, Expression> inner = new IdentityHashMap<>(bound);
                for (int i = 0; i < callee.getParameters().size(); i++) {
                    inner.put(callee.getParameter(i), call.getArgument(i));
                }
                callee.getBody().orElseThrow().findAll(ReturnStmt.class)
                        .forEach(r -> r.getExpression().ifPresent(v -> visit(v, depth + 1, out, seen, inner)));
            }
            return;
        }
        Optional<TypeRef> result = resolver.typeOf(call);
        consider(result, call.toString(), out);
        if (result.map(t -> ENCODED.contains(t.name()) || SdkCatalog.wrapperPayloadArgument(t.name()).isPresent()).orElse(false)) {
            // An encoder or formatter (Base64, compression, String.format), or a factory of messages
            // in another class ({@code messages.create(order)}), carries its input along.
            call.getArguments().forEach(a -> visit(a, depth + 1, out, seen, bound));
        }
    }

    /** Result types through which a payload passes unchanged in substance. */
    private static final Set<String> ENCODED = Set.of("java.lang.String", "byte[]");

    /** Methods called along a fluent chain on a freshly made wrapper: {@code new ServiceBusMessage(..).setSessionId(..)}. */
    private static void recordChainedCalls(Expression start, Trace out) {
        Node current = start;
        while (current.getParentNode().orElse(null) instanceof MethodCallExpr outer && outer.getScope().orElse(null) == current) {
            out.addCall(outer.getNameAsString());
            if (SdkCatalog.isHeaderSetter(outer.getNameAsString()) && !outer.getArguments().isEmpty()) {
                SdkCatalog.setterForHeader(outer.getArgument(0).toString()).ifPresent(out::addCall);
            }
            current = outer;
        }
        if (current.getParentNode().orElse(null) instanceof VariableDeclarator declarator) {
            declarator.findAncestor(CallableDeclaration.class).ifPresent(method -> method.findAll(MethodCallExpr.class)
                    .forEach(c -> {
                        if (c.getScope().orElse(null) instanceof NameExpr n && n.getNameAsString().equals(declarator.getNameAsString())) {
                            out.addCall(c.getNameAsString());
                        }
                    }));
        }
    }

    /** Calls inside an argument, or inside the initializer of a variable passed as one (batch and send options). */
    static void recordOptionCalls(Expression argument, Trace out) {
        argument.findAll(MethodCallExpr.class).forEach(c -> out.addCall(c.getNameAsString()));
        Values.variable(argument).ifPresent(v -> Values.sources(v).forEach(
                s -> s.findAll(MethodCallExpr.class).forEach(c -> out.addCall(c.getNameAsString()))));
    }

    /** An object handed to a serializer: its static type is the payload type. */
    private void serialized(Expression object, int depth, Trace out, Set<Expression> seen, Map<Node, Expression> bound) {
        Expression e = TypeResolver.unwrap(object);
        boolean boundParameter = Values.variable(e).map(v -> bound.containsKey(v.node())).orElse(false);
        if (!boundParameter && (e instanceof ObjectCreationExpr || e instanceof NameExpr)) {
            Optional<Scopes.Variable> variable = Values.variable(e);
            Optional<TypeRef> type = variable.isPresent() && Values.sources(variable.get()).isEmpty()
                    ? typeOfVariable(e, variable.get()) : resolver.typeOf(e);
            if (type.isPresent() && isDomainOrContainer(type.get())) {
                consider(type, e.toString(), out);
                return;
            }
        }
        visit(e, depth + 1, out, seen, bound);
    }

    private static boolean isDomainOrContainer(TypeRef type) {
        return SdkCatalog.isDomainType(type.name()) || type.elementType().map(t -> SdkCatalog.isDomainType(t.name())).orElse(false);
    }

    /** Records what a value's static type says about the payload. */
    private void consider(Optional<TypeRef> type, String what, Trace out) {
        if (type.isEmpty()) {
            return;
        }
        TypeRef t = type.get();
        if (t.name().equals("byte[]") || t.name().equals("java.lang.Byte[]")) {
            out.addContent(Content.Strength.SHAPE, "raw bytes " + what + ": byte[]");
        } else if (SdkCatalog.isContentType(t.name()) && !t.name().equals(SdkCatalog.binaryDataType())) {
            out.addContent(Content.Strength.SHAPE, what + ": " + simple(t.name()));
        } else if (SdkCatalog.isDomainType(t.name())) {
            out.addType(t.name());
        } else if (!t.name().startsWith("java.util.Map")) {
            t.elementType().ifPresent(element -> consider(Optional.of(element), what, out));
        }
    }

    private boolean isType(MethodCallExpr call, String qualifiedType) {
        if (call.getScope().isEmpty()) {
            return false;
        }
        String written = call.getScope().get().toString();
        return CompilationUnits.refersTo(call, written, qualifiedType);
    }

    private static List<Expression> results(LambdaExpr lambda) {
        if (lambda.getExpressionBody().isPresent()) {
            return List.of(lambda.getExpressionBody().get());
        }
        return lambda.getBody().findAll(ReturnStmt.class).stream()
                .flatMap(r -> r.getExpression().stream())
                .toList();
    }

    private static String simple(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
