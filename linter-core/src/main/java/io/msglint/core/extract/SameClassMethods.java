package io.msglint.core.extract;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.ReturnStmt;
import java.util.ArrayList;
import java.util.List;

/** Follows a call to a method of the same class into what that method returns. */
final class SameClassMethods {

    private SameClassMethods() {
    }

    /** The return expressions of the same-class methods a call may invoke (same name and arity). */
    static List<Expression> returnedValues(MethodCallExpr call) {
        List<Expression> values = new ArrayList<>();
        callees(call).forEach(method -> method.getBody().orElseThrow().findAll(ReturnStmt.class)
                .forEach(r -> r.getExpression().ifPresent(values::add)));
        return values;
    }

    /** The same-class methods with a body a call may invoke: same name and arity. */
    static List<MethodDeclaration> callees(MethodCallExpr call) {
        List<MethodDeclaration> callees = new ArrayList<>();
        boolean local = call.getScope().isEmpty() || call.getScope().get() instanceof ThisExpr;
        if (!local) {
            return callees;
        }
        call.findAncestor(TypeDeclaration.class).ifPresent(owner -> {
            for (Object member : owner.getMethodsByName(call.getNameAsString())) {
                MethodDeclaration method = (MethodDeclaration) member;
                if (method.getParameters().size() == call.getArguments().size() && method.getBody().isPresent()) {
                    callees.add(method);
                }
            }
        });
        return callees;
    }
}
