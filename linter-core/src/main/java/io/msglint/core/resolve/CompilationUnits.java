package io.msglint.core.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import java.util.Optional;

/** Tells, from a node's file alone, which type a name written there means. */
public final class CompilationUnits {

    private CompilationUnits() {
    }

    /**
     * Whether {@code written} at {@code at} names {@code qualifiedName}: through a single-type
     * import, a declaration in the file, the full name, or a wildcard import of its package.
     */
    public static boolean refersTo(Node at, String written, String qualifiedName) {
        if (written.equals(qualifiedName)) {
            return true;
        }
        Optional<CompilationUnit> unit = at.findCompilationUnit();
        if (unit.isEmpty()) {
            return false;
        }
        Optional<String> qualified = Imports.qualify(unit.get(), written);
        if (qualified.isPresent()) {
            return qualified.get().equals(qualifiedName);
        }
        int dot = qualifiedName.lastIndexOf('.');
        return written.equals(qualifiedName.substring(dot + 1))
                && Imports.importsPackage(unit.get(), qualifiedName.substring(0, dot));
    }
}
