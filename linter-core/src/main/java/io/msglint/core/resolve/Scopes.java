package io.msglint.core.resolve;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds what a simple name refers to by walking the enclosing scopes of the syntax tree, the
 * way javac would for locals, parameters and fields of the enclosing classes. Stops (answers
 * "unknown") where inheritance could bring the name in, so it never guesses.
 */
public final class Scopes {

    /** Where a variable is declared. */
    public enum Kind { LOCAL, PARAMETER, FIELD }

    /**
     * A variable's declaration.
     *
     * @param type        its declared type; empty for {@code var} and implicit lambda parameters
     * @param initializer its initializer, if written at the declaration
     * @param owner       the class declaring it (fields) or whose code declares it
     * @param node        the declaring node, for annotations
     */
    public record Variable(String name, Kind kind, Optional<Type> type, Optional<Expression> initializer,
                           Optional<TypeDeclaration<?>> owner, Node node) {
    }

    private Scopes() {
    }

    public static Optional<Variable> declarationOf(NameExpr name) {
        return declarationOf(name, name.getNameAsString());
    }

    /**
     * The variable {@code x} in {@code x::send}: JavaParser reads a lone name before {@code ::} as a
     * type when it cannot tell, and a variable of that name in scope is what it means.
     */
    public static Optional<Variable> misreadAsType(TypeExpr expression) {
        return expression.getType() instanceof ClassOrInterfaceType named && named.getScope().isEmpty()
                && named.getTypeArguments().isEmpty()
                ? declarationOf(expression, named.getNameAsString()) : Optional.empty();
    }

    /** The variable a name used at {@code from} refers to, if the file shows it with certainty. */
    public static Optional<Variable> declarationOf(Node from, String name) {
        Node child = from;
        Optional<Node> parent = from.getParentNode();
        while (parent.isPresent()) {
            Node scope = parent.get();
            Optional<Variable> found = lookIn(scope, child, name);
            if (found.isPresent()) {
                return found;
            }
            if (mayInheritMembers(scope)) {
                return Optional.empty();
            }
            child = scope;
            parent = scope.getParentNode();
        }
        return Optional.empty();
    }

    /** The field of the enclosing class that {@code this.name} refers to. */
    public static Optional<Variable> fieldOf(FieldAccessExpr access) {
        if (!(access.getScope() instanceof ThisExpr)) {
            return Optional.empty();
        }
        Optional<TypeDeclaration> owner = access.findAncestor(TypeDeclaration.class);
        return owner.flatMap(o -> field(o, access.getNameAsString()));
    }

    private static Optional<Variable> lookIn(Node scope, Node child, String name) {
        if (scope instanceof BlockStmt block) {
            return inStatements(block.getStatements(), child, name, enclosingType(scope));
        }
        if (scope instanceof SwitchEntry entry) {
            return inStatements(entry.getStatements(), child, name, enclosingType(scope));
        }
        if (scope instanceof CallableDeclaration<?> callable) {
            return parameter(callable.getParameters(), name, enclosingType(scope));
        }
        if (scope instanceof LambdaExpr lambda) {
            return parameter(lambda.getParameters(), name, enclosingType(scope));
        }
        if (scope instanceof CatchClause clause) {
            return parameter(NodeList.nodeList(clause.getParameter()), name, enclosingType(scope));
        }
        if (scope instanceof ForStmt loop) {
            return inDeclarationExprs(loop.getInitialization(), name, enclosingType(scope));
        }
        if (scope instanceof ForEachStmt loop) {
            return inDeclarationExpr(loop.getVariable(), name, enclosingType(scope));
        }
        if (scope instanceof TryStmt tryStmt) {
            return inDeclarationExprs(tryStmt.getResources(), name, enclosingType(scope));
        }
        if (scope instanceof RecordDeclaration record) {
            Optional<Variable> component = parameter(record.getParameters(), name, Optional.of(record))
                    .map(v -> new Variable(v.name(), Kind.FIELD, v.type(), v.initializer(), v.owner(), v.node()));
            if (component.isPresent()) {
                return component;
            }
        }
        if (scope instanceof TypeDeclaration<?> type) {
            return field(type, name);
        }
        return Optional.empty();
    }

    private static Optional<Variable> inStatements(NodeList<Statement> statements, Node child, String name,
                                                   Optional<TypeDeclaration<?>> owner) {
        for (Statement statement : statements) {
            if (statement == child) {
                break;
            }
            if (statement instanceof ExpressionStmt expression) {
                Optional<Variable> v = inDeclarationExpr(expression.getExpression(), name, owner);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    /** The first of a for loop's initialisations or a try's resources that declares the name. */
    private static Optional<Variable> inDeclarationExprs(List<Expression> expressions, String name,
                                                         Optional<TypeDeclaration<?>> owner) {
        for (Expression expression : expressions) {
            Optional<Variable> v = inDeclarationExpr(expression, name, owner);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    private static Optional<Variable> inDeclarationExpr(Expression expression, String name,
                                                        Optional<TypeDeclaration<?>> owner) {
        if (!(expression instanceof VariableDeclarationExpr declaration)) {
            return Optional.empty();
        }
        for (VariableDeclarator declarator : declaration.getVariables()) {
            if (declarator.getNameAsString().equals(name)) {
                Type type = declarator.getType();
                return Optional.of(new Variable(name, Kind.LOCAL, type.isVarType() ? Optional.empty() : Optional.of(type),
                        declarator.getInitializer(), owner, declaration));
            }
        }
        return Optional.empty();
    }

    private static Optional<Variable> parameter(NodeList<Parameter> parameters, String name,
                                                Optional<TypeDeclaration<?>> owner) {
        for (Parameter parameter : parameters) {
            if (parameter.getNameAsString().equals(name)) {
                Type type = parameter.getType();
                // Varargs are arrays the tree does not spell out: leave them to the solver.
                boolean implicit = type.isUnknownType() || type.isVarType() || parameter.isVarArgs();
                return Optional.of(new Variable(name, Kind.PARAMETER, implicit ? Optional.empty() : Optional.of(type),
                        Optional.empty(), owner, parameter));
            }
        }
        return Optional.empty();
    }

    private static Optional<Variable> field(TypeDeclaration<?> type, String name) {
        for (FieldDeclaration field : type.getFields()) {
            for (VariableDeclarator declarator : field.getVariables()) {
                if (declarator.getNameAsString().equals(name)) {
                    return Optional.of(new Variable(name, Kind.FIELD, Optional.of(declarator.getType()),
                            declarator.getInitializer(), Optional.of(type), field));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A class that extends another, or an anonymous class, may inherit the name from there.
     * (Interfaces only bring constants, never the clients or payloads msglint looks for.)
     */
    private static boolean mayInheritMembers(Node scope) {
        if (scope instanceof ClassOrInterfaceDeclaration type) {
            return !type.isInterface() && !type.getExtendedTypes().isEmpty();
        }
        return scope instanceof ObjectCreationExpr creation && creation.getAnonymousClassBody().isPresent();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<TypeDeclaration<?>> enclosingType(Node node) {
        return (Optional) node.findAncestor(TypeDeclaration.class);
    }

    /**
     * The values assigned to a variable after its declaration: for a field, anywhere in its
     * class ({@code x = ...} or {@code this.x = ...}); for a local, in its method.
     */
    public static List<Expression> assignedValues(Variable variable) {
        List<Expression> values = new ArrayList<>();
        Optional<Node> region = variable.kind() == Kind.FIELD
                ? variable.owner().map(Node.class::cast)
                : variable.node().findAncestor(CallableDeclaration.class).map(Node.class::cast)
                        .or(() -> variable.node().findAncestor(LambdaExpr.class).map(Node.class::cast));
        region.ifPresent(r -> r.findAll(AssignExpr.class).forEach(assign -> {
            Expression target = assign.getTarget();
            boolean matches = target instanceof NameExpr n && n.getNameAsString().equals(variable.name())
                    || variable.kind() == Kind.FIELD && target instanceof FieldAccessExpr f
                    && f.getScope() instanceof ThisExpr && f.getNameAsString().equals(variable.name());
            if (matches && assign.getOperator() == AssignExpr.Operator.ASSIGN) {
                values.add(assign.getValue());
            }
        }));
        return values;
    }
}
