package io.msglint.core.extract;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
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

    public FileFacts extract(CompilationUnit unit, String reportPath, Set<Delegate> asked) {
        String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        Map<Delegate, List<Clue>> found = new HashMap<>();
        for (TypeDeclaration<?> type : unit.getTypes()) {
            String name = pkg + type.getNameAsString();
            for (Delegate delegate : asked) {
                if (delegate.type().equals(name)) {
                    found.put(delegate, cluesOf(type, delegate.method(), reportPath));
                }
            }
        }
        return FileFacts.ofDelegated(found);
    }

    private static List<Clue> cluesOf(TypeDeclaration<?> type, String method, String reportPath) {
        List<Clue> clues = new ArrayList<>();
        for (MethodDeclaration declared : type.getMethodsByName(method)) {
            if (declared.getBody().isEmpty()) {
                continue;
            }
            for (Clue clue : HandlerClues.of(declared, Optional.of(declared), false, reportPath)) {
                if (clue.sign() != Sign.ONLY_OBSERVES) {
                    clues.add(clue);
                }
            }
        }
        return clues;
    }
}
