package io.msglint.core.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.Type;
import io.msglint.core.resolve.TypeRef;
import io.msglint.core.resolve.TypeResolver;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.azure.SdkCatalog;
import io.msglint.rules.classify.HandlerVocabulary;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Sign;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a receiving handler as a reviewer would, for what it does with what it receives
 * (rules/docs/inference.md): settles failures, rethrows or retries, keeps failures aside, changes
 * state, calls another system, stores, aggregates, or only logs and counts. The handler is its
 * body, with the bodies of the same-class methods it calls; one clue per sign, at its first place.
 * Calls to a field's methods whose type is the project's own are its delegates: their bodies are
 * read when linking, from the files that declare them.
 */
final class HandlerClues {

    /** What a handler's own code shows, and the methods of other classes it hands work to. */
    record Reading(List<Clue> clues, List<Delegate> delegates) {

        static final Reading NONE = new Reading(List.of(), List.of());

        Reading {
            clues = List.copyOf(clues);
            delegates = List.copyOf(delegates);
        }

        Reading plus(Reading other) {
            List<Clue> allClues = new ArrayList<>(clues);
            allClues.addAll(other.clues);
            List<Delegate> allDelegates = new ArrayList<>(delegates);
            allDelegates.addAll(other.delegates);
            return new Reading(allClues, allDelegates);
        }
    }

    /** How deep calls to the handler's own class are followed. */
    private static final int DEPTH = 3;

    private final String reportPath;
    private final Optional<TypeResolver> resolver;
    private final Map<Sign, Clue> clues = new EnumMap<>(Sign.class);
    private final Set<Delegate> delegates = new TreeSet<>(Delegate.ORDER);
    private final Set<Node> visited = new HashSet<>();
    private boolean acts;
    private Optional<MethodCallExpr> observing = Optional.empty();
    private boolean onlyLogs = true;
    private boolean aggregate;
    private boolean accumulates;

    private HandlerClues(String reportPath, Optional<TypeResolver> resolver) {
        this.reportPath = reportPath;
        this.resolver = resolver;
    }

    /**
     * @param handler   the handler's body: a method, a lambda's body, or the loop around a receive
     * @param annotated the method whose annotations may carry a retry policy
     * @param batch     whether the handler receives a batch at once
     * @param resolver  to name the types of the fields whose methods the handler calls; without it,
     *                  no delegate is looked for
     */
    static Reading read(Node handler, Optional<MethodDeclaration> annotated, boolean batch, String reportPath,
                        Optional<TypeResolver> resolver) {
        HandlerClues reading = new HandlerClues(reportPath, resolver);
        annotated.ifPresent(reading::retryPolicy);
        reading.read(handler, DEPTH);
        return new Reading(reading.result(batch, handler), new ArrayList<>(reading.delegates));
    }

    /** Whether a handler's parameter, as written, takes many payloads at once: an array, a list, a reactive stream. */
    static boolean takesMany(Type parameter) {
        String written = parameter.asString();
        return parameter.isArrayType() || written.startsWith("List<") || written.startsWith("Collection<")
                || written.startsWith("Flux<");
    }

    /** The clues of a handler's own code, delegates left aside. */
    static List<Clue> of(Node handler, Optional<MethodDeclaration> annotated, boolean batch, String reportPath) {
        return read(handler, annotated, batch, reportPath, Optional.empty()).clues();
    }

    /** A handler given as another bean's method, {@code handler::process}: all of it is delegated. */
    static Reading referenced(MethodReferenceExpr reference, TypeResolver resolver) {
        // The parser cannot tell a field from a type in {@code handler::process}: either may be written.
        Expression scope = reference.getScope();
        String written = scope instanceof NameExpr name ? name.getNameAsString()
                : scope instanceof TypeExpr type ? type.getType().asString() : "";
        Optional<Delegate> delegate = fieldType(reference, written, Optional.of(resolver))
                .map(type -> new Delegate(type, reference.getIdentifier()));
        return delegate.map(d -> new Reading(List.of(), List.of(d))).orElse(Reading.NONE);
    }

    private void retryPolicy(MethodDeclaration method) {
        for (AnnotationExpr annotation : method.getAnnotations()) {
            String name = annotation.getNameAsString();
            String simple = name.substring(name.lastIndexOf('.') + 1);
            if (HandlerVocabulary.isRetryAnnotation(simple)) {
                add(Sign.RETRIES, annotation, "the consumer carries a retry policy (@" + simple
                        + "): a failed delivery is tried again");
            }
        }
    }

    private void read(Node body, int depth) {
        if (!visited.add(body)) {
            return;
        }
        for (ThrowStmt thrown : body.findAll(ThrowStmt.class)) {
            Optional<CatchClause> caught = thrown.findAncestor(CatchClause.class).filter(c -> isWithin(c, body));
            if (caught.isPresent() && triesWork(caught.get())) {
                add(Sign.RETRIES, thrown, "the consumer rethrows a failure of its work, so the delivery is retried");
            }
            acts = true; // whatever it throws, a handler that throws does more than look
        }
        for (AssignExpr assignment : body.findAll(AssignExpr.class)) {
            if (assignment.getTarget() instanceof FieldAccessExpr field
                    && HandlerVocabulary.isStatusField(field.getNameAsString())) {
                add(Sign.CHANGES_STATE, assignment, "the consumer sets a status (" + field + ")");
                acts = true;
            }
        }
        for (MethodCallExpr call : body.findAll(MethodCallExpr.class)) {
            read(call, depth);
        }
    }

    private void read(MethodCallExpr call, int depth) {
        String method = call.getNameAsString();
        String scope = scopeName(call);
        String written = scope.isEmpty() ? method : scope + "." + method;
        boolean inCatch = call.findAncestor(CatchClause.class).isPresent();
        if (ReceiveCatalog.isFailureSettle(method) && !scope.isEmpty() || settlesJmsFailure(call)) {
            add(Sign.SETTLES_FAILURES, call, "the consumer settles failures itself (" + written
                    + "): it must not lose what it received");
            acts = true;
        } else if (inCatch && HandlerVocabulary.keeps(scope, method) && HandlerVocabulary.namesFailurePlace(written)) {
            add(Sign.KEEPS_FAILURES, call, "the consumer keeps what failed in a place of its own (" + written + ")");
            acts = true;
        } else if (HandlerVocabulary.isStatusSetter(method)) {
            add(Sign.CHANGES_STATE, call, "the consumer sets a status (" + written + ")");
            acts = true;
        } else if (HandlerVocabulary.changesState(scope, method) && !scope.isEmpty()) {
            boolean insert = inserts(call);
            add(insert ? Sign.STORES : Sign.CHANGES_STATE, call,
                    (insert ? "the consumer stores it (" : "the consumer changes records (") + written + ")");
            acts = true;
        } else if (HandlerVocabulary.stores(scope, method, call.getArguments().size()) && !scope.isEmpty()) {
            add(Sign.STORES, call, "the consumer stores it (" + written + ")");
            acts = true;
        } else if (HandlerVocabulary.isHttpWrite(method, call.getArguments().size()) && call.getScope().isPresent()) {
            add(Sign.CALLS_ANOTHER_SYSTEM, call, "the consumer asks another system to act (" + written + ")");
            acts = true;
        } else if (HandlerVocabulary.aggregates(method)) {
            aggregate = true;
        } else if (HandlerVocabulary.observes(scope, method)) {
            if (observing.isEmpty()) {
                observing = Optional.of(call);
            }
            if (!HandlerVocabulary.logs(scope, method)) {
                onlyLogs = false;
                accumulates |= isField(call, scope);
            }
        } else if (!HandlerVocabulary.isNeutral(method) && !isRead(call)) {
            List<MethodDeclaration> callees = SameClassMethods.callees(call);
            if (callees.isEmpty() || depth == 0) {
                acts = true;
                if (!scope.isEmpty() && isField(call, scope)) {
                    fieldType(call, scope, resolver).ifPresent(type -> delegates.add(new Delegate(type, method)));
                }
            }
            for (MethodDeclaration callee : callees) {
                if (depth > 0) {
                    annotatedCallee(callee);
                    read(callee.getBody().orElseThrow(), depth - 1);
                }
            }
        }
    }

    /** {@code message.setIntProperty(JMS_AMQP_ACK_TYPE, REJECTED)}: JMS's way to dead-letter on Service Bus. */
    private static boolean settlesJmsFailure(MethodCallExpr call) {
        List<String> arguments = new ArrayList<>();
        call.getArguments().forEach(a -> arguments.add(a.toString()));
        return call.getArguments().size() == 2 && ReceiveCatalog.setsJmsFailureAck(arguments);
    }

    /** A same-class method the handler calls may carry the retry policy itself. */
    private void annotatedCallee(MethodDeclaration callee) {
        if (!visited.contains(callee.getBody().orElseThrow())) {
            retryPolicy(callee);
        }
    }

    private List<Clue> result(boolean batch, Node handler) {
        if (aggregate && (batch || accumulates)) {
            add(Sign.AGGREGATES, handler, "the consumer reduces the readings it receives to an aggregate: a consumer "
                    + "of a stream");
        }
        if (!acts && observing.isPresent() && clues.isEmpty()) {
            MethodCallExpr call = observing.get();
            String scope = scopeName(call);
            String written = (scope.isEmpty() ? "" : scope + ".") + call.getNameAsString();
            if (onlyLogs) {
                add(Sign.ONLY_LOGS, call, "the consumer only logs it (" + written + "): nothing is lost if it never "
                        + "runs, unless this consumer is a placeholder");
            } else {
                add(Sign.ONLY_OBSERVES, call, "the consumer only logs, counts or keeps an in-memory view (" + written
                        + "): nothing is lost if it never runs");
            }
        }
        return new ArrayList<>(clues.values());
    }

    private void add(Sign sign, Node at, String detail) {
        clues.putIfAbsent(sign, Clue.at(sign, place(at), detail));
    }

    private SourceLocation place(Node node) {
        return SendSiteExtractor.location(node, reportPath);
    }

    /**
     * Whether the try a catch belongs to does work: a failure to parse what arrived, rethrown, says
     * nothing of the work; a failure of the work, rethrown, asks for the delivery again.
     */
    private static boolean triesWork(CatchClause caught) {
        return caught.getParentNode().filter(TryStmt.class::isInstance).map(TryStmt.class::cast)
                .map(t -> t.getTryBlock().findAll(MethodCallExpr.class).stream().anyMatch(c -> {
                    String scope = scopeName(c);
                    return !HandlerVocabulary.isNeutral(c.getNameAsString())
                            && !HandlerVocabulary.observes(scope, c.getNameAsString());
                }))
                .orElse(false);
    }

    /**
     * A call without arguments whose value the handler uses, such as a record's accessor in
     * {@code log.info(change.sku())}: a read. The same call as a statement of its own acts.
     */
    private static boolean isRead(MethodCallExpr call) {
        return call.getArguments().isEmpty() && call.getScope().isPresent()
                && !(call.getParentNode().orElse(null) instanceof ExpressionStmt);
    }

    /** A JDBC {@code update("INSERT ...")}: a record stored, not changed. */
    private static boolean inserts(MethodCallExpr call) {
        return !call.getArguments().isEmpty() && call.getArgument(0) instanceof StringLiteralExpr sql
                && sql.asString().stripLeading().toUpperCase(Locale.ROOT).startsWith("INSERT");
    }

    /** The last name of a call's scope: {@code repository} for {@code this.repository.save(..)}. */
    private static String scopeName(MethodCallExpr call) {
        if (call.getScope().isEmpty()) {
            return "";
        }
        Expression scope = call.getScope().get();
        if (scope instanceof NameExpr name) {
            return name.getNameAsString();
        }
        if (scope instanceof FieldAccessExpr field) {
            return field.getNameAsString();
        }
        if (scope instanceof MethodCallExpr inner) {
            return inner.getNameAsString();
        }
        return "";
    }

    /** The qualified name of a field's declared type, when it is a type of the project's own. */
    private static Optional<String> fieldType(Node at, String field, Optional<TypeResolver> resolver) {
        if (resolver.isEmpty()) {
            return Optional.empty();
        }
        Optional<TypeDeclaration> owner = at.findAncestor(TypeDeclaration.class);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        for (Object member : owner.get().getFields()) {
            for (VariableDeclarator variable : ((FieldDeclaration) member).getVariables()) {
                if (variable.getNameAsString().equals(field)) {
                    return resolver.get().qualify(variable.getType()).map(TypeRef::name)
                            .filter(SdkCatalog::isDomainType);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the call's scope is a field rather than a variable of the method it is in. */
    private static boolean isField(MethodCallExpr call, String scope) {
        if (scope.isEmpty() || call.getScope().get() instanceof MethodCallExpr) {
            return false;
        }
        Optional<MethodDeclaration> method = call.findAncestor(MethodDeclaration.class);
        return method.isEmpty() || method.get().getParameters().stream().noneMatch(p -> p.getNameAsString().equals(scope))
                && method.get().findAll(VariableDeclarator.class).stream().noneMatch(v -> v.getNameAsString().equals(scope));
    }

    private static boolean isWithin(Node inner, Node outer) {
        for (Node n = inner; n != null; n = n.getParentNode().orElse(null)) {
            if (n == outer) {
                return true;
            }
        }
        return false;
    }
}
