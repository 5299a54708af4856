package io.msglint.core.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
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
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a send's payload argument back, within its method and file, to what it is made of:
 * message and event wrappers ({@code new ServiceBusMessage(..)}, {@code new EventGridEvent(..)}),
 * {@code BinaryData} factories, JSON serializers, collections, batches, streams mapping payloads
 * to events, local variables, fields and same-class helper methods. What it finds is a set of
 * domain types and evidence of raw content (file and stream reads, uploads, raw bytes).
 *
 * <p>The walk is two tables of steps: one per kind of expression, and, for method calls, one per
 * kind of call. The first step that recognises an expression follows it; a new kind of source
 * (a serializer, a builder, a wrapper) is a new step in the right place of its table.
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
    /** Stream, Reactor and Optional operators whose one-parameter lambda is given each element in turn. */
    private static final Set<String> ELEMENT_OPERATORS = Set.of(
            "map", "flatMap", "mapToObj", "concatMap", "flatMapIterable", "flatMapSequential", "flatMapMany",
            "switchMap", "forEach", "forEachOrdered", "filter", "peek", "doOnNext", "subscribe", "ifPresent",
            "thenAccept", "thenApply", "thenCompose");
    private static final Set<String> COLLECTION_ADDERS = Set.of("add", "addAll", "offer", "push", "addLast", "addFirst");
    /** Result types through which a payload passes unchanged in substance. */
    private static final Set<String> ENCODED = Set.of("java.lang.String", "byte[]");

    /** One step of the walk: follows an expression it recognises and says so, or leaves it to the next. */
    private interface Step<E extends Expression> {
        boolean follow(E expression, Walk walk);
    }

    /**
     * Where a walk is: what it found so far, the expressions it has been to, the arguments bound to
     * the parameters of the same-class methods it entered, and how deep it is.
     */
    private final class Walk {

        final Trace out;
        final Set<Expression> seen;
        final Map<Node, Expression> bound;
        final int depth;

        Walk(Trace out, Set<Expression> seen, Map<Node, Expression> bound, int depth) {
            this.out = out;
            this.seen = seen;
            this.bound = bound;
            this.depth = depth;
        }

        /** Follows an expression one level deeper. */
        void follow(Expression expression) {
            visit(expression, new Walk(out, seen, bound, depth + 1));
        }

        /** Follows an expression one level deeper inside a method whose parameters hold these arguments. */
        void followIn(Expression expression, Map<Node, Expression> arguments) {
            visit(expression, new Walk(out, seen, arguments, depth + 1));
        }
    }

    private final TypeResolver resolver;
    private final List<Step<Expression>> expressions = List.of(
            this::constant, this::creation, this::call, this::conditional, this::arrayCreation,
            this::arrayInitializer, this::lambda, this::methodReference, this::variable);
    private final List<Step<MethodCallExpr>> calls = List.of(
            this::binaryData, this::serializer, this::staticContentReader, this::streamReader, this::uploadRead,
            this::payloadFactory, this::builderStep, this::collectionFactory, this::mapper, this::passThrough,
            this::wrapperSetter, this::clientCall, this::sameClassMethod);

    PayloadTracer(TypeResolver resolver) {
        this.resolver = resolver;
    }

    Trace trace(Expression payload) {
        Trace trace = new Trace();
        // By identity: nodes compare by structure, and "msg" in one method equals "msg" in another.
        visit(payload, new Walk(trace, Collections.newSetFromMap(new IdentityHashMap<>()), new IdentityHashMap<>(), 0));
        return trace;
    }

    private void visit(Expression expression, Walk walk) {
        Expression e = TypeResolver.unwrap(expression);
        if (walk.depth > MAX_DEPTH || !walk.seen.add(e)) {
            return;
        }
        for (Step<Expression> step : expressions) {
            if (step.follow(e, walk)) {
                return;
            }
        }
        consider(resolver.typeOf(e), e.toString(), walk.out);
    }

    // The steps for each kind of expression.

    /** Literals and arithmetic carry no domain type. */
    private boolean constant(Expression e, Walk walk) {
        return e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr || e instanceof BinaryExpr
                || e.isLiteralExpr();
    }

    private boolean creation(Expression e, Walk walk) {
        if (!(e instanceof ObjectCreationExpr creation)) {
            return false;
        }
        String name = resolver.qualify(creation.getType()).map(TypeRef::name).orElse("");
        Optional<Integer> wrapped = SdkCatalog.wrapperPayloadArgument(name);
        if (wrapped.isPresent()) {
            recordChainedCalls(creation, walk.out);
            if (creation.getArguments().size() > wrapped.get()) {
                walk.follow(creation.getArgument(wrapped.get()));
            }
        } else if (SdkCatalog.isContentStreamType(name)) {
            walk.out.addContent(Content.Strength.FILE_OR_STREAM, "new " + simple(name) + "(...)");
        } else if (SdkCatalog.isDomainType(name)) {
            walk.out.addType(name);
        } else {
            creation.getArguments().forEach(walk::follow);
        }
        return true;
    }

    /** A method call: the first call step that recognises it, else what its result type says. */
    private boolean call(Expression e, Walk walk) {
        if (!(e instanceof MethodCallExpr call)) {
            return false;
        }
        walk.out.addCall(call.getNameAsString());
        call.getArguments().forEach(a -> recordOptionCalls(a, walk.out));
        for (Step<MethodCallExpr> step : calls) {
            if (step.follow(call, walk)) {
                return true;
            }
        }
        Optional<TypeRef> result = resolver.typeOf(call);
        consider(result, call.toString(), walk.out);
        if (result.map(t -> ENCODED.contains(t.name()) || SdkCatalog.wrapperPayloadArgument(t.name()).isPresent())
                .orElse(false)) {
            // An encoder or formatter (Base64, compression, String.format), or a factory of messages
            // in another class ({@code messages.create(order)}), carries its input along.
            call.getArguments().forEach(walk::follow);
        }
        return true;
    }

    private boolean conditional(Expression e, Walk walk) {
        if (!(e instanceof ConditionalExpr conditional)) {
            return false;
        }
        walk.follow(conditional.getThenExpr());
        walk.follow(conditional.getElseExpr());
        return true;
    }

    /** {@code new byte[n]}: raw bytes, of a size constants may prove; an initialised array: its values. */
    private boolean arrayCreation(Expression e, Walk walk) {
        if (!(e instanceof ArrayCreationExpr array)) {
            return false;
        }
        if (array.getInitializer().isPresent()) {
            walk.follow(array.getInitializer().get());
        } else if (array.getElementType().asString().equals("byte") && array.getLevels().size() == 1) {
            array.getLevels().get(0).getDimension().flatMap(Constants::longValue).ifPresent(walk.out::addProvableBytes);
            walk.out.addContent(Content.Strength.SHAPE, "raw bytes " + array);
        }
        return true;
    }

    private boolean arrayInitializer(Expression e, Walk walk) {
        if (!(e instanceof ArrayInitializerExpr init)) {
            return false;
        }
        init.getValues().forEach(walk::follow);
        return true;
    }

    /** A lambda: what it returns. */
    private boolean lambda(Expression e, Walk walk) {
        if (!(e instanceof LambdaExpr lambda)) {
            return false;
        }
        results(lambda).forEach(walk::follow);
        return true;
    }

    /**
     * A method applied to each element ({@code .map(Envelopes::wrap)}): what it returns; a message
     * or event wrapper, text or bytes made of the element carry the element along.
     */
    private boolean methodReference(Expression e, Walk walk) {
        if (!(e instanceof MethodReferenceExpr reference)) {
            return false;
        }
        Optional<TypeRef> result = resolver.returnTypeOf(reference);
        boolean carriesElement = result.map(t -> ENCODED.contains(t.name())
                || SdkCatalog.wrapperPayloadArgument(t.name()).isPresent()).orElse(false);
        if (carriesElement && reference.getParentNode().orElse(null) instanceof MethodCallExpr mapper
                && MAPPERS.contains(mapper.getNameAsString()) && mapper.getScope().isPresent()) {
            walk.follow(mapper.getScope().get());
        } else {
            consider(result, reference.toString(), walk.out);
        }
        return true;
    }

    /**
     * A variable: the argument bound to it if it is a parameter of a method the walk entered, else
     * every value assigned to it and everything added to it; its declared type if nothing is.
     */
    private boolean variable(Expression e, Walk walk) {
        Optional<Scopes.Variable> found = Values.variable(e);
        if (found.isEmpty()) {
            return false;
        }
        Scopes.Variable variable = found.get();
        Expression argument = walk.bound.get(variable.node());
        if (argument != null) {
            walk.follow(argument);
            return true;
        }
        Optional<Expression> elements = elementsGivenTo(variable);
        if (elements.isPresent()) {
            walk.follow(elements.get());
            return true;
        }
        recordIfMethodParameter(variable, walk);
        int evidenceBefore = walk.out.evidence();
        List<Expression> sources = Values.sources(variable);
        sources.forEach(walk::follow);
        boolean filled = false;
        for (MethodCallExpr call : variable.node().findAncestor(CallableDeclaration.class)
                .map(m -> m.findAll(MethodCallExpr.class)).orElse(List.of())) {
            if (call.getScope().isPresent() && call.getScope().get() instanceof NameExpr n
                    && n.getNameAsString().equals(variable.name())) {
                walk.out.addCall(call.getNameAsString());
                if (isAdder(call.getNameAsString()) && !call.getArguments().isEmpty()) {
                    walk.follow(call.getArgument(0));
                    filled = true;
                }
            }
        }
        if (sources.isEmpty() && !filled) {
            consider(typeOfVariable(e, variable), variable.name(), walk.out);
        } else if (walk.out.evidence() == evidenceBefore) {
            // Its values told nothing (a mapper in another module, an unresolved call): the type
            // the code declares for it holds for every value it takes.
            consider(variable.type().flatMap(resolver::qualify), variable.name(), walk.out);
        }
        return true;
    }

    // The steps for each kind of method call.

    /** {@code BinaryData.fromObject(x)} serializes x; {@code fromString}/{@code fromBytes} wrap it; {@code fromFile} reads content. */
    private boolean binaryData(MethodCallExpr call, Walk walk) {
        if (!isType(call, SdkCatalog.binaryDataType())) {
            return false;
        }
        String method = call.getNameAsString();
        Optional<SdkCatalog.Conversion> conversion = SdkCatalog.binaryDataFactory(method);
        if (conversion.isPresent() && !call.getArguments().isEmpty()) {
            switch (conversion.get()) {
                case SERIALIZES_OBJECT -> serialized(call.getArgument(0), walk);
                case WRAPS_VALUE -> walk.follow(call.getArgument(0));
                case READS_CONTENT -> walk.out.addContent(Content.Strength.FILE_OR_STREAM, SdkCatalog.binaryDataCall(method));
            }
        }
        return true;
    }

    /** A JSON serializer ({@code mapper.writeValueAsString(x)}): x's type is the payload's. */
    private boolean serializer(MethodCallExpr call, Walk walk) {
        if (!SdkCatalog.isSerializerMethod(call.getNameAsString()) || call.getArguments().isEmpty()) {
            return false;
        }
        serialized(call.getArgument(0), walk);
        return true;
    }

    /** {@code Files.readAllBytes(path)} and the like: the content of a file. */
    private boolean staticContentReader(MethodCallExpr call, Walk walk) {
        String scope = scopeText(call);
        String scopeSimple = scope.substring(scope.lastIndexOf('.') + 1);
        if (!SdkCatalog.isStaticContentReader(scopeSimple, call.getNameAsString())) {
            return false;
        }
        walk.out.addContent(Content.Strength.FILE_OR_STREAM, scopeSimple + "." + call.getNameAsString() + "(...)");
        return true;
    }

    /** {@code in.readAllBytes()}: the content of a stream. */
    private boolean streamReader(MethodCallExpr call, Walk walk) {
        if (!SdkCatalog.isStreamReader(call.getNameAsString()) || call.getScope().isEmpty()) {
            return false;
        }
        walk.out.addContent(Content.Strength.FILE_OR_STREAM, scopeText(call) + "." + call.getNameAsString() + "()");
        return true;
    }

    /** {@code file.getBytes()} on a multipart upload: its content. */
    private boolean uploadRead(MethodCallExpr call, Walk walk) {
        String method = call.getNameAsString();
        if (call.getScope().isEmpty() || !SdkCatalog.mayBeUploadRead(method)) {
            return false;
        }
        Optional<TypeRef> receiver = resolver.typeOf(call.getScope().get());
        if (!receiver.map(r -> SdkCatalog.isUploadRead(r.name(), method)).orElse(false)) {
            return false;
        }
        walk.out.addContent(Content.Strength.FILE_OR_STREAM, "upload " + scopeText(call) + "." + method + "()");
        return true;
    }

    /** Spring's {@code MessageBuilder.withPayload(x)}: x is the payload, the chain may set headers. */
    private boolean payloadFactory(MethodCallExpr call, Walk walk) {
        if (!SdkCatalog.isPayloadFactory(call.getNameAsString()) || call.getArguments().isEmpty()) {
            return false;
        }
        recordChainedCalls(call, walk.out);
        serialized(call.getArgument(0), walk);
        return true;
    }

    /** A builder step ({@code ...setHeader(..).build()}): what it is called on. */
    private boolean builderStep(MethodCallExpr call, Walk walk) {
        if (!SdkCatalog.isBuilderStep(call.getNameAsString()) || call.getScope().isEmpty()) {
            return false;
        }
        walk.follow(call.getScope().get());
        return true;
    }

    /** {@code List.of(a, b)}, {@code Flux.just(a)}: each element. */
    private boolean collectionFactory(MethodCallExpr call, Walk walk) {
        if (!COLLECTION_FACTORIES.contains(call.getNameAsString())) {
            return false;
        }
        call.getArguments().forEach(walk::follow);
        return true;
    }

    /** {@code stream.map(p -> new EventData(..))}: what the mapping function makes. */
    private boolean mapper(MethodCallExpr call, Walk walk) {
        if (!MAPPERS.contains(call.getNameAsString())) {
            return false;
        }
        call.getArguments().forEach(walk::follow);
        return true;
    }

    /** {@code stream()}, {@code toList()}, {@code block()}: what it is called on, unchanged. */
    private boolean passThrough(MethodCallExpr call, Walk walk) {
        if (!PASS_THROUGH.contains(call.getNameAsString()) || call.getScope().isEmpty()) {
            return false;
        }
        walk.follow(call.getScope().get());
        return true;
    }

    /** A message or event wrapper's setter, which returns the wrapper: the wrapper. */
    private boolean wrapperSetter(MethodCallExpr call, Walk walk) {
        if (call.getScope().isEmpty() || !SdkCatalog.mayBeWrapperSetter(call.getNameAsString())
                || !resolver.typeOf(call.getScope().get())
                .map(t -> SdkCatalog.wrapperPayloadArgument(t.name()).isPresent()).orElse(false)) {
            return false;
        }
        walk.follow(call.getScope().get());
        return true;
    }

    /** A call on an SDK client or builder returns no domain payload: the walk stops there. */
    private boolean clientCall(MethodCallExpr call, Walk walk) {
        return call.getScope().isPresent() && resolver.declaredTypeOf(call.getScope().get())
                .map(t -> !SdkCatalog.isDomainType(t.name()) && t.arguments().isEmpty() && !t.name().startsWith("java."))
                .orElse(false);
    }

    /** A method of the same class: what it returns, with its parameters bound to the call's arguments. */
    private boolean sameClassMethod(MethodCallExpr call, Walk walk) {
        List<MethodDeclaration> callees = SameClassMethods.callees(call);
        if (callees.isEmpty()) {
            return false;
        }
        for (MethodDeclaration callee : callees) {
            Map<Node, Expression> arguments = new IdentityHashMap<>(walk.bound);
            for (int i = 0; i < callee.getParameters().size(); i++) {
                arguments.put(callee.getParameter(i), call.getArgument(i));
            }
            int evidenceBefore = walk.out.evidence();
            callee.getBody().orElseThrow().findAll(ReturnStmt.class)
                    .forEach(r -> r.getExpression().ifPresent(v -> walk.followIn(v, arguments)));
            if (walk.out.evidence() == evidenceBefore && returnsEncoded(callee)) {
                // Text or bytes made by a writer the walk cannot see into (a marshaller, a
                // template): like any encoder, it carries its arguments along.
                call.getArguments().forEach(walk::follow);
            }
        }
        return true;
    }

    // What the steps share.

    /** A method's own parameter, not bound by a call the walk followed: the method's callers give its value. */
    private static void recordIfMethodParameter(Scopes.Variable variable, Walk walk) {
        if (variable.kind() == Scopes.Kind.PARAMETER && !walk.bound.containsKey(variable.node())
                && variable.node() instanceof Parameter parameter
                && parameter.getParentNode().orElse(null) instanceof CallableDeclaration<?>) {
            walk.out.addParameter(parameter);
        }
    }

    /** An object handed to a serializer: its static type is the payload type. */
    private void serialized(Expression object, Walk walk) {
        Expression e = TypeResolver.unwrap(object);
        boolean boundParameter = Values.variable(e).map(v -> walk.bound.containsKey(v.node())).orElse(false);
        if (!boundParameter && (e instanceof ObjectCreationExpr || e instanceof NameExpr)) {
            Optional<Scopes.Variable> variable = Values.variable(e);
            variable.ifPresent(v -> recordIfMethodParameter(v, walk));
            Optional<TypeRef> type = variable.isPresent() && Values.sources(variable.get()).isEmpty()
                    ? typeOfVariable(e, variable.get()) : resolver.typeOf(e);
            if (type.isPresent() && isDomainOrContainer(type.get())) {
                consider(type, e.toString(), walk.out);
                return;
            }
        }
        walk.follow(e);
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

    private boolean returnsEncoded(MethodDeclaration method) {
        return resolver.qualify(method.getType()).map(t -> ENCODED.contains(t.name())).orElse(false);
    }

    /**
     * What an implicitly typed lambda parameter of a stream or Reactor operator is given: each
     * element of what the operator is called on ({@code Flux.fromIterable(orders).flatMap(o -> ..)}).
     */
    private static Optional<Expression> elementsGivenTo(Scopes.Variable variable) {
        if (variable.type().isPresent() || variable.kind() != Scopes.Kind.PARAMETER
                || !(variable.node().getParentNode().orElse(null) instanceof LambdaExpr lambda)
                || lambda.getParameters().size() != 1
                || !(lambda.getParentNode().orElse(null) instanceof MethodCallExpr operator)
                || !ELEMENT_OPERATORS.contains(operator.getNameAsString())) {
            return Optional.empty();
        }
        return operator.getScope();
    }

    private static boolean isAdder(String method) {
        return COLLECTION_ADDERS.contains(method) || SdkCatalog.isBatchAdder(method);
    }

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

    private static String scopeText(MethodCallExpr call) {
        return call.getScope().map(Expression::toString).orElse("");
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
