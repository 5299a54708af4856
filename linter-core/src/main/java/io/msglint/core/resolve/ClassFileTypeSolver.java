package io.msglint.core.resolve;

import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedReferenceTypeDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javassistmodel.JavassistFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * A JavaParser type solver over {@link ClassFiles}: jars and class folders with one solver
 * (JavaParser has none for class folders, which Maven hands over for reactor siblings).
 */
public final class ClassFileTypeSolver implements TypeSolver {

    private final ClassFiles types;
    private final Map<String, SymbolReference<ResolvedReferenceTypeDeclaration>> cache = new HashMap<>();
    private TypeSolver parent;

    public ClassFileTypeSolver(ClassFiles types) {
        this.types = types;
    }

    @Override
    public TypeSolver getParent() {
        return parent;
    }

    @Override
    public void setParent(TypeSolver parent) {
        this.parent = parent;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveType(String name) {
        SymbolReference<ResolvedReferenceTypeDeclaration> cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        SymbolReference<ResolvedReferenceTypeDeclaration> result = types.find(name)
                .<SymbolReference<ResolvedReferenceTypeDeclaration>>map(
                        ct -> SymbolReference.solved(JavassistFactory.toTypeDeclaration(ct, getRoot())))
                .orElseGet(SymbolReference::unsolved);
        cache.put(name, result);
        return result;
    }

    @Override
    public SymbolReference<ResolvedReferenceTypeDeclaration> tryToSolveTypeInModule(String module, String name) {
        return tryToSolveType(name);
    }
}
