package io.msglint.core.resolve;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Qualifies a type name written in a file from the file alone, where that is certain: a type
 * declared in the file, a single-type import, a fully qualified name, or a well-known
 * {@code java.lang} type. Anything else (same package, wildcard imports) is left to the solver.
 */
public final class Imports {

    private static final Set<String> JAVA_LANG = Set.of(
            "String", "Object", "Integer", "Long", "Short", "Byte", "Character", "Boolean", "Double", "Float",
            "Number", "Iterable", "CharSequence", "Runnable", "Thread", "Exception", "RuntimeException",
            "Throwable", "Error", "Class", "Enum", "Record", "Void", "Math", "System", "StringBuilder");

    private Imports() {
    }

    public static Optional<String> qualify(CompilationUnit unit, String written) {
        int dot = written.indexOf('.');
        if (dot > 0) {
            String head = written.substring(0, dot);
            if (Character.isLowerCase(head.charAt(0))) {
                return Optional.of(written);
            }
            return qualify(unit, head).map(q -> q + written.substring(dot));
        }
        Optional<String> declared = declaredIn(unit.getTypes(), written);
        if (declared.isPresent()) {
            return declared;
        }
        for (ImportDeclaration imported : unit.getImports()) {
            if (!imported.isStatic() && !imported.isAsterisk()
                    && imported.getName().getIdentifier().equals(written)) {
                return Optional.of(imported.getNameAsString());
            }
        }
        if (JAVA_LANG.contains(written)) {
            return Optional.of("java.lang." + written);
        }
        return Optional.empty();
    }

    /**
     * A top-level or member type of the file with that name. Only declarations are walked, not
     * method bodies: this runs for every name msglint qualifies. (Local classes are not seen.)
     */
    private static Optional<String> declaredIn(List<? extends TypeDeclaration<?>> types, String name) {
        for (TypeDeclaration<?> type : types) {
            if (type.getNameAsString().equals(name)) {
                return type.getFullyQualifiedName();
            }
            List<TypeDeclaration<?>> members = new ArrayList<>();
            type.getMembers().forEach(m -> {
                if (m instanceof TypeDeclaration<?> member) {
                    members.add(member);
                }
            });
            Optional<String> nested = declaredIn(members, name);
            if (nested.isPresent()) {
                return nested;
            }
        }
        return Optional.empty();
    }

    /** Whether the file imports every type of a package ({@code import pkg.*;}). */
    public static boolean importsPackage(CompilationUnit unit, String packageName) {
        return unit.getImports().stream()
                .anyMatch(i -> !i.isStatic() && i.isAsterisk() && i.getNameAsString().equals(packageName));
    }
}
