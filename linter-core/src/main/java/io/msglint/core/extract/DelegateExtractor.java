package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import io.msglint.rules.model.Clue;
import io.msglint.rules.model.Sign;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads, in the file that declares them, the methods receiving handlers hand their work to: what
 * they do is what the receivers do. That a delegate only observes is left out: the handler may do
 * more than hand over, and only its own reading can tell.
 */
public final class DelegateExtractor {

    /**
     * The paths, from a package's root, of the files that may declare a type's methods: its own
     * file, and where its implementations conventionally live when it is an interface
     * ({@code OrderServiceImpl} or {@code DefaultOrderService}, beside it or in an {@code impl} package).
     */
    public static List<String> pathsOf(String type) {
        String folder = "/" + type.substring(0, type.lastIndexOf('.') + 1).replace('.', '/');
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return List.of(folder + simple + ".java", folder + simple + "Impl.java", folder + "Default" + simple + ".java",
                folder + "impl/" + simple + "Impl.java");
    }

    public FileFacts extract(CompilationUnit unit, String reportPath, Set<Delegate> asked) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        Map<Delegate, List<Clue>> found = new HashMap<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            String name = pkg + type.getNameAsString();
            for (Delegate delegate : asked) {
                if (delegate.type().equals(name) || implementsType(type, delegate.type())) {
                    List<Clue> clues = new ArrayList<>(found.getOrDefault(delegate, List.of()));
                    clues.addAll(cluesOf(type, delegate.method(), reportPath));
                    found.put(delegate, clues);
                }
            }
        }
        return FileFacts.ofDelegated(found);
    }

    /** Whether a class says it implements the interface, by its name as written (the files were chosen by its name). */
    private static boolean implementsType(TypeDeclaration<?> type, String qualified) {
        if (!(type instanceof ClassOrInterfaceDeclaration declared) || declared.isInterface()) {
            return false;
        }
        String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
        for (ClassOrInterfaceType implemented : declared.getImplementedTypes()) {
            String written = implemented.getNameWithScope();
            if (written.equals(simple) || written.equals(qualified)) {
                return true;
            }
        }
        return false;
    }

    private static List<Clue> cluesOf(TypeDeclaration<?> type, String method, String reportPath) {
        List<Clue> clues = new ArrayList<>();
        for (MethodDeclaration declared : type.getMethodsByName(method)) {
            if (declared.getBody().isEmpty()) {
                continue;
            }
            for (Clue clue : HandlerClues.of(declared, Optional.of(declared), false, reportPath)) {
                if (!clue.sign().onlyObserves()) {
                    clues.add(clue);
                }
            }
        }
        return clues;
    }
}
