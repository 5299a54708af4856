package io.msglint.core.extract;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.msglint.core.resolve.CompilationUnits;
import io.msglint.rules.azure.ReceiveCatalog;
import io.msglint.rules.model.SendTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The loop a call runs in, read off the syntax tree up to its method. */
final class Loops {

    private static final Set<String> SCHEDULING_CALLS = Set.of(
            "scheduleAtFixedRate", "scheduleWithFixedDelay", "interval", "scheduleAtFixedRateWithDelay");
    private static final Set<String> ITERATING_CALLS = Set.of("forEach", "forEachOrdered", "map", "flatMap", "concatMap");
    private static final String SPRING_SCHEDULED = "org.springframework.scheduling.annotation.Scheduled";

    private Loops() {
    }

    static SendTraits.Loop around(Node node) {
        SendTraits.Loop found = SendTraits.Loop.NONE;
        Optional<Node> current = node.getParentNode();
        while (current.isPresent()) {
            Node n = current.get();
            SendTraits.Loop here = loopOf(n);
            if (here == SendTraits.Loop.UNBOUNDED || here == SendTraits.Loop.SCHEDULED) {
                return here;
            }
            if (here == SendTraits.Loop.BOUNDED) {
                found = SendTraits.Loop.BOUNDED;
            }
            if (n instanceof CallableDeclaration<?>) {
                return isScheduled(n) ? SendTraits.Loop.SCHEDULED : found;
            }
            current = n.getParentNode();
        }
        return found;
    }

    /** Whether a node sits inside a loop of any kind, within its method. */
    static Optional<Node> enclosingLoop(Node node) {
        Optional<Node> current = node.getParentNode();
        while (current.isPresent() && !(current.get() instanceof CallableDeclaration<?>)) {
            Node n = current.get();
            if (n instanceof WhileStmt || n instanceof DoStmt || n instanceof ForStmt || n instanceof ForEachStmt) {
                return Optional.of(n);
            }
            current = n.getParentNode();
        }
        return Optional.empty();
    }

    /** Every loop around a node within its method, innermost first. */
    static List<Node> enclosingLoops(Node node) {
        List<Node> loops = new ArrayList<>();
        Optional<Node> loop = enclosingLoop(node);
        while (loop.isPresent()) {
            loops.add(loop.get());
            loop = enclosingLoop(loop.get());
        }
        return loops;
    }

    private static SendTraits.Loop loopOf(Node n) {
        if (n instanceof ForEachStmt) {
            return SendTraits.Loop.BOUNDED;
        }
        if (n instanceof ForStmt loop) {
            return loop.getCompare().isEmpty() || isTrue(loop.getCompare().get()) ? SendTraits.Loop.UNBOUNDED : SendTraits.Loop.BOUNDED;
        }
        if (n instanceof WhileStmt loop) {
            return bounded(loop.getCondition(), loop.getBody()) ? SendTraits.Loop.BOUNDED : SendTraits.Loop.UNBOUNDED;
        }
        if (n instanceof DoStmt loop) {
            return bounded(loop.getCondition(), loop.getBody()) ? SendTraits.Loop.BOUNDED : SendTraits.Loop.UNBOUNDED;
        }
        if (n instanceof LambdaExpr lambda && lambda.getParentNode().orElse(null) instanceof MethodCallExpr call) {
            if (SCHEDULING_CALLS.contains(call.getNameAsString())) {
                return SendTraits.Loop.SCHEDULED;
            }
            if (ITERATING_CALLS.contains(call.getNameAsString())) {
                return SendTraits.Loop.BOUNDED;
            }
        }
        return SendTraits.Loop.NONE;
    }

    /**
     * A while loop that walks an iterator, counts up to a limit ({@code attempt < MAX}) or leaves
     * its body early (a retry loop that breaks or returns on success) is bounded; anything else
     * runs until stopped.
     */
    private static boolean bounded(Expression condition, Statement body) {
        boolean iterates = condition.findAll(MethodCallExpr.class).stream().anyMatch(c -> c.getNameAsString().equals("hasNext"));
        boolean counts = condition.findAll(BinaryExpr.class).stream().anyMatch(b -> RELATIONAL.contains(b.getOperator()));
        boolean leaves = body.findAll(Statement.class, s -> s instanceof BreakStmt || s instanceof ReturnStmt).stream()
                .anyMatch(s -> s.findAncestor(LambdaExpr.class).map(l -> !body.isAncestorOf(l)).orElse(true));
        return iterates || counts || leaves;
    }

    private static final Set<BinaryExpr.Operator> RELATIONAL = Set.of(BinaryExpr.Operator.LESS,
            BinaryExpr.Operator.LESS_EQUALS, BinaryExpr.Operator.GREATER, BinaryExpr.Operator.GREATER_EQUALS);

    private static boolean isTrue(Expression condition) {
        return condition instanceof BooleanLiteralExpr b && b.getValue();
    }

    /** A Spring {@code @Scheduled} method or an Azure Functions timer-triggered function. */
    private static boolean isScheduled(Node callable) {
        if (callable instanceof MethodDeclaration method) {
            boolean spring = method.getAnnotations().stream()
                    .anyMatch(a -> CompilationUnits.refersTo(a, a.getNameAsString(), SPRING_SCHEDULED));
            boolean timer = method.getParameters().stream().map(Parameter::getAnnotations).flatMap(l -> l.stream())
                    .anyMatch(a -> CompilationUnits.refersTo(a, a.getNameAsString(), ReceiveCatalog.TIMER_TRIGGER));
            return spring || timer;
        }
        return false;
    }
}
