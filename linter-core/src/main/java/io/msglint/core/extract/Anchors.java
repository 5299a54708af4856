package io.msglint.core.extract;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.visitor.TreeVisitor;
import io.msglint.core.Anchor;
import io.msglint.core.Fingerprint;
import io.msglint.rules.model.SourceLocation;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The line-free place of each fact a file gave: its enclosing type and member, and the tokens of
 * the statement it sits in. A compound statement ({@code if}, {@code for}, {@code try}) stands
 * for its part that holds the fact, so editing the body does not change the condition's anchor.
 */
final class Anchors {

    private Anchors() {
    }

    static Map<SourceLocation, Anchor> of(CompilationUnit unit, Collection<SourceLocation> locations) {
        Map<Long, SourceLocation> wanted = new HashMap<>();
        for (SourceLocation location : locations) {
            wanted.put(key(location.line(), location.column()), location);
        }
        Map<SourceLocation, Anchor> anchors = new TreeMap<>();
        if (wanted.isEmpty()) {
            return anchors;
        }
        String prefix = unit.getPackageDeclaration().map(p -> p.getNameAsString() + ".").orElse("");
        new TreeVisitor() {
            @Override
            public void process(Node node) {
                if (node.getBegin().isEmpty() || anchors.size() == wanted.size()) {
                    return;
                }
                // Pre-order: the first node starting at a place is the outermost one there.
                SourceLocation location = wanted.get(key(node.getBegin().get().line, node.getBegin().get().column));
                if (location != null && !anchors.containsKey(location)) {
                    anchors.put(location, new Anchor(prefix + member(node), Fingerprint.of(statement(node))));
                }
            }
        }.visitPreOrder(unit);
        return anchors;
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | column;
    }

    /** {@code Outer.Inner#method}: named types from the outside in, and the innermost member. */
    static String member(Node at) {
        Deque<String> types = new ArrayDeque<>();
        String member = "";
        String variable = "";
        for (Node n = at; n != null; n = n.getParentNode().orElse(null)) {
            if (member.isEmpty()) {
                if (n instanceof VariableDeclarator v) {
                    variable = v.getNameAsString();
                } else if (n instanceof MethodDeclaration m) {
                    member = m.getNameAsString();
                } else if (n instanceof ConstructorDeclaration) {
                    member = "<init>";
                } else if (n instanceof InitializerDeclaration i) {
                    member = i.isStatic() ? "<clinit>" : "<init>";
                } else if (n instanceof FieldDeclaration) {
                    member = variable;
                } else if (n instanceof EnumConstantDeclaration e) {
                    member = e.getNameAsString();
                }
            }
            if (n instanceof TypeDeclaration<?> type) {
                types.addFirst(type.getNameAsString());
                if (member.isEmpty()) {
                    member = "-";
                }
            }
        }
        return String.join(".", types) + (member.isEmpty() || member.equals("-") ? "" : "#" + member);
    }

    /** The normalised text of what the fact's node stands in: its statement, else its declaration. */
    static String statement(Node at) {
        Node previous = at;
        for (Node n = at; n != null; previous = n, n = n.getParentNode().orElse(null)) {
            if (n instanceof Parameter && n.getParentNode().orElse(null) instanceof CallableDeclaration<?>) {
                return tokens(n);
            }
            if (n instanceof CallableDeclaration<?> callable) {
                return callable.getDeclarationAsString(false, false, true);
            }
            if (n instanceof Statement statement && !(n instanceof BlockStmt)) {
                return tokens(compound(statement) && previous != n ? previous : n);
            }
            if (n instanceof VariableDeclarator && n.getParentNode().orElse(null) instanceof FieldDeclaration) {
                return tokens(n);
            }
        }
        return tokens(at);
    }

    private static boolean compound(Statement statement) {
        if (statement instanceof SwitchStmt) {
            return true;
        }
        for (Node child : statement.getChildNodes()) {
            if (child instanceof Statement) {
                return true;
            }
        }
        return false;
    }

    /** The node's tokens, one space between them: no comments, no layout. */
    private static String tokens(Node node) {
        if (node.getTokenRange().isEmpty()) {
            return node.toString().replaceAll("\\s+", " ").trim();
        }
        StringBuilder text = new StringBuilder();
        for (JavaToken token : node.getTokenRange().get()) {
            if (!token.getCategory().isWhitespaceOrComment()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(token.getText());
            }
        }
        return text.toString();
    }
}
