package io.msglint.core.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import io.msglint.rules.model.SendTraits;
import java.util.Optional;
import java.util.Set;

/** What happens to a send's failure: read from how its result is used and the try around it. */
final class FailureHandling {

    private static final Set<String> BLOCKING = Set.of("block", "blockOptional", "toFuture", "blockFirst", "blockLast");
    private static final Set<String> ERROR_OPERATORS = Set.of(
            "doOnError", "onErrorResume", "onErrorReturn", "onErrorMap", "onErrorContinue", "retry", "retryWhen");
    /** Calls taking a consumer: a Mono returned from its lambda is dropped. */
    private static final Set<String> CONSUMERS = Set.of(
            "forEach", "forEachOrdered", "ifPresent", "doOnNext", "doOnSuccess", "accept", "execute", "runAsync");
    /** Calls in a catch block that still leave the failure unnoticed. */
    private static final Set<String> SILENT = Set.of("printStackTrace");

    private FailureHandling() {
    }

    static SendTraits.Handling of(MethodCallExpr send, boolean async) {
        return async ? asyncHandling(send) : syncHandling(send);
    }

    private static SendTraits.Handling asyncHandling(MethodCallExpr send) {
        Node current = send;
        boolean errorOperator = false;
        while (true) {
            Node parent = current.getParentNode().orElse(null);
            if (!(parent instanceof MethodCallExpr outer) || outer.getScope().orElse(null) != current) {
                break;
            }
            String name = outer.getNameAsString();
            if (BLOCKING.contains(name)) {
                return SendTraits.Handling.CHECKED;
            }
            if (name.equals("subscribe")) {
                return errorOperator || !onlyValueConsumer(outer)
                        ? SendTraits.Handling.CHECKED : SendTraits.Handling.NO_ERROR_HANDLER;
            }
            errorOperator |= ERROR_OPERATORS.contains(name);
            current = outer;
        }
        Node parent = current.getParentNode().orElse(null);
        if (!(parent instanceof ExpressionStmt statement)) {
            return SendTraits.Handling.CHECKED;
        }
        // An expression lambda returns its value unless the lambda is a consumer that drops it.
        if (statement.getParentNode().orElse(null) instanceof LambdaExpr lambda) {
            boolean consumer = lambda.getParentNode().orElse(null) instanceof MethodCallExpr call
                    && CONSUMERS.contains(call.getNameAsString());
            return consumer ? SendTraits.Handling.NEVER_SUBSCRIBED : SendTraits.Handling.CHECKED;
        }
        return SendTraits.Handling.NEVER_SUBSCRIBED;
    }

    /**
     * {@code subscribe()} or {@code subscribe(value -> ..)}: nothing handles an error. A single
     * argument that is not a lambda or method reference may be a full Subscriber: not judged.
     */
    private static boolean onlyValueConsumer(MethodCallExpr subscribe) {
        return subscribe.getArguments().isEmpty() || subscribe.getArguments().size() == 1
                && (subscribe.getArgument(0) instanceof LambdaExpr
                || subscribe.getArgument(0) instanceof MethodReferenceExpr);
    }

    private static SendTraits.Handling syncHandling(MethodCallExpr send) {
        Optional<Node> current = send.getParentNode();
        Node child = send;
        while (current.isPresent() && !(current.get() instanceof CallableDeclaration<?>)) {
            if (current.get() instanceof TryStmt tryStmt && tryStmt.getTryBlock() == child) {
                boolean swallowed = tryStmt.getCatchClauses().stream().anyMatch(FailureHandling::swallows);
                if (swallowed) {
                    return SendTraits.Handling.SWALLOWED;
                }
            }
            child = current.get();
            current = current.get().getParentNode();
        }
        return SendTraits.Handling.CHECKED;
    }

    /** A catch that neither rethrows, returns, logs nor calls anything but printStackTrace. */
    private static boolean swallows(CatchClause clause) {
        BlockStmt body = clause.getBody();
        for (Statement statement : body.getStatements()) {
            if (!(statement instanceof ExpressionStmt expression)) {
                return false;
            }
            if (!(expression.getExpression() instanceof MethodCallExpr call) || !SILENT.contains(call.getNameAsString())) {
                return false;
            }
        }
        return true;
    }
}
