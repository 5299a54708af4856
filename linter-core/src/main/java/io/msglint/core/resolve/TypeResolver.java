package io.msglint.core.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.WildcardType;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Static types of the few expressions msglint cares about. Cheap first: a declared type read
 * off the syntax tree and qualified through the file's imports; JavaParser's symbol solver only
 * where that is not certain ({@code var}, chained calls, same-package or wildcard-imported names).
 */
public final class TypeResolver {

    private final SharedTypeSolver solver;

    public TypeResolver(SharedTypeSolver solver) {
        this.solver = solver;
    }

    public SharedTypeSolver solver() {
        return solver;
    }

    public Optional<TypeRef> typeOf(Expression expression) {
        Expression e = unwrap(expression);
        if (e instanceof CastExpr cast) {
            return qualify(cast.getType());
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return Optional.of(TypeRef.of("java.lang.String"));
        }
        if (e instanceof ObjectCreationExpr creation) {
            return qualify(creation.getType());
        }
        if (e instanceof ArrayCreationExpr array) {
            return qualify(array.getElementType()).map(t -> TypeRef.of(t.name() + "[]".repeat(array.getLevels().size())));
        }
        Optional<Scopes.Variable> variable = variableOf(e);
        if (variable.isPresent() && variable.get().type().isPresent()) {
            Optional<TypeRef> declared = qualify(variable.get().type().get());
            if (declared.isPresent()) {
                return declared;
            }
        }
        Optional<TypeRef> solved = solver.typeOf(e).flatMap(TypeRef::from);
        if (solved.isEmpty() && e instanceof MethodCallExpr call) {
            return agreedReturnType(call);
        }
        return solved;
    }

    /**
     * When the solver cannot choose among a method's overloads (an argument's type is not on the
     * classpath), the return type that every method of that name and arity on the receiver's
     * declared type has; nothing if they differ or return a type variable.
     */
    private Optional<TypeRef> agreedReturnType(MethodCallExpr call) {
        int arity = call.getArguments().size();
        return agreedReturnType(call.getScope().flatMap(this::receiverType), call.getNameAsString(), n -> n == arity);
    }

    /**
     * What the method a reference names returns, where every method of that name that could be
     * meant agrees: {@code Envelopes::wrap}, {@code this::toEvent}, {@code Order::toEvent}.
     */
    public Optional<TypeRef> returnTypeOf(MethodReferenceExpr reference) {
        Expression scope = reference.getScope();
        Optional<TypeRef> receiver;
        if (scope instanceof ThisExpr) {
            receiver = reference.findAncestor(TypeDeclaration.class)
                    .flatMap(t -> ((TypeDeclaration<?>) t).getFullyQualifiedName()).map(TypeRef::of);
        } else if (scope instanceof TypeExpr type && Scopes.misreadAsType(type).isEmpty()) {
            receiver = qualify(type.getType());
        } else {
            receiver = declaredTypeOf(scope);
        }
        // Static or bound: one parameter per element; unbound ({@code Order::toEvent}): none.
        return agreedReturnType(receiver, reference.getIdentifier(), n -> n <= 1);
    }

    private Optional<TypeRef> agreedReturnType(Optional<TypeRef> receiverType, String name, IntPredicate arity) {
        Optional<ResolvedReferenceTypeDeclaration> receiver = receiverType.flatMap(t -> solver.solveType(t.name()));
        if (receiver.isEmpty()) {
            return Optional.empty();
        }
        return solver.resolve(() -> {
            Set<TypeRef> returns = new HashSet<>();
            for (ResolvedMethodDeclaration method : receiver.get().getDeclaredMethods()) {
                if (method.getName().equals(name) && (arity.test(method.getNumberOfParams()) || method.hasVariadicParameter())) {
                    Optional<TypeRef> returned = returnType(method);
                    if (returned.isEmpty()) {
                        return null;
                    }
                    returns.add(returned.get());
                }
            }
            return returns.size() == 1 ? returns.iterator().next() : null;
        });
    }

    /**
     * A method's return type: for a method in the sources, as written and qualified through its
     * file's imports, which needs no classpath; else as the solver gives it. Never a type variable.
     */
    private Optional<TypeRef> returnType(ResolvedMethodDeclaration method) {
        Optional<Type> written = method.toAst().filter(MethodDeclaration.class::isInstance)
                .map(m -> ((MethodDeclaration) m).getType());
        if (written.isPresent()) {
            return written.get() instanceof ClassOrInterfaceType named && isTypeParameter(named)
                    ? Optional.empty() : qualify(written.get());
        }
        return method.getReturnType().isTypeVariable() ? Optional.empty() : TypeRef.from(method.getReturnType());
    }

    private static boolean isTypeParameter(ClassOrInterfaceType type) {
        String name = type.getNameAsString();
        return type.findAncestor(MethodDeclaration.class).map(m -> m.getTypeParameters().stream()
                .anyMatch(p -> p.getNameAsString().equals(name))).orElse(false)
                || type.findAncestor(TypeDeclaration.class).map(t -> t instanceof NodeWithTypeParameters<?> generic
                && generic.getTypeParameters().stream().anyMatch(p -> p.getNameAsString().equals(name))).orElse(false);
    }

    /** The declared type of a call's receiver: a variable or field, or a type named for a static call. */
    private Optional<TypeRef> receiverType(Expression scope) {
        Optional<TypeRef> declared = declaredTypeOf(scope);
        if (declared.isPresent() || !(scope instanceof NameExpr name) || Scopes.declarationOf(name).isPresent()
                || !Character.isUpperCase(name.getNameAsString().charAt(0))) {
            return declared;
        }
        return scope.findCompilationUnit().flatMap(u -> qualifyName(u, name.getNameAsString())).map(TypeRef::of);
    }

    /** The qualified form of a type written in the code. */
    public Optional<TypeRef> qualify(Type type) {
        if (type instanceof ArrayType array) {
            return qualify(array.getComponentType()).map(c -> TypeRef.of(c.name() + "[]"));
        }
        if (type instanceof PrimitiveType primitive) {
            return Optional.of(TypeRef.of(primitive.asString()));
        }
        if (type instanceof WildcardType wildcard) {
            return wildcard.getExtendedType().flatMap(this::qualify);
        }
        if (!(type instanceof ClassOrInterfaceType classType)) {
            return Optional.empty();
        }
        Optional<CompilationUnit> unit = type.findCompilationUnit();
        Optional<String> name = unit.flatMap(u -> qualifyName(u, classType.getNameWithScope()));
        if (name.isEmpty()) {
            return solver.convert(classType).flatMap(TypeRef::from);
        }
        List<TypeRef> arguments = new ArrayList<>();
        classType.getTypeArguments().ifPresent(args -> args.forEach(a -> qualify(a).ifPresent(arguments::add)));
        return Optional.of(new TypeRef(name.get(), arguments));
    }

    /**
     * Qualifies a type name written in a file the way javac would, without the symbol solver:
     * declared in the file, single-type imports, the file's package, wildcard imports, java.lang.
     * Member types inherited from supertypes are left to the solver (empty).
     */
    public Optional<String> qualifyName(CompilationUnit unit, String written) {
        Optional<String> direct = Imports.qualify(unit, written);
        if (direct.isPresent()) {
            return direct;
        }
        int dot = written.indexOf('.');
        if (dot > 0) {
            return Character.isUpperCase(written.charAt(0))
                    ? qualifyName(unit, written.substring(0, dot)).map(q -> q + written.substring(dot))
                    : Optional.empty();
        }
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        if (solver.exists(pkg + written)) {
            return Optional.of(pkg + written);
        }
        List<String> matches = new ArrayList<>();
        for (ImportDeclaration imported : unit.getImports()) {
            if (imported.isAsterisk() && !imported.isStatic() && solver.exists(imported.getNameAsString() + "." + written)) {
                matches.add(imported.getNameAsString() + "." + written);
            }
        }
        if (matches.size() == 1) {
            return Optional.of(matches.get(0));
        }
        return matches.isEmpty() && solver.exists("java.lang." + written) ? Optional.of("java.lang." + written) : Optional.empty();
    }

    /** The type a variable or field is declared with, from the file alone; never the solver for the expression. */
    public Optional<TypeRef> declaredTypeOf(Expression expression) {
        Expression e = unwrap(expression);
        if (e instanceof ObjectCreationExpr creation) {
            return qualify(creation.getType());
        }
        Optional<Scopes.Variable> variable = variableOf(e);
        return variable.flatMap(Scopes.Variable::type).flatMap(this::qualify);
    }

    private static Optional<Scopes.Variable> variableOf(Expression e) {
        if (e instanceof NameExpr name) {
            return Scopes.declarationOf(name);
        }
        if (e instanceof FieldAccessExpr access) {
            return Scopes.fieldOf(access);
        }
        return e instanceof TypeExpr type ? Scopes.misreadAsType(type) : Optional.empty();
    }

    public static Expression unwrap(Expression expression) {
        Expression e = expression;
        while (e instanceof EnclosedExpr enclosed) {
            e = enclosed.getInner();
        }
        return e;
    }
}
