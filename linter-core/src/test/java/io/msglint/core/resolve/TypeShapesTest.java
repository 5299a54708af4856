package io.msglint.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import io.msglint.annotations.EventKind;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.TypeShape;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Payload types read from class files only: annotations with their values, supertypes, fields. */
class TypeShapesTest {

    private static final List<Path> CLASS_FOLDER = List.of(Path.of("target/test-classes"));

    @Test
    void compiledTypesKeepTheirAnnotationAttributesThroughTheHierarchy() {
        try (SharedTypeSolver solver = new SharedTypeSolver(List.of(), CLASS_FOLDER, LanguageLevel.JAVA_17, n -> { })) {
            TypeShapes shapes = new TypeShapes(new TypeResolver(solver));

            TypeShape royalties = shapes.shapeOf("fixtures.payloads.PayRoyalties");
            assertThat(royalties.hierarchy()).singleElement().satisfies(d -> {
                assertThat(d.typeName()).isEqualTo("fixtures.payloads.Command");
                assertThat(d.message()).hasValueSatisfying(m -> assertThat(m.ordered()).isTrue());
            });
            assertThat(royalties.fields()).extracting(TypeShape.Field::name).containsExactly("cents");

            TypeShape online = shapes.shapeOf("fixtures.payloads.UserOnline");
            assertThat(online.hierarchy()).extracting(KindDeclaration::event).containsExactly(java.util.Optional.of(EventKind.DISCRETE));

            TypeShape upload = shapes.shapeOf("fixtures.payloads.SongUpload");
            assertThat(upload.fields()).contains(new TypeShape.Field("audio", "byte[]"));
        }
    }

    @Test
    void sourceTypesAreReadFromTheirSyntaxTree() {
        Path sources = Path.of("src/test/java");
        try (SharedTypeSolver solver = new SharedTypeSolver(List.of(sources), List.of(), LanguageLevel.JAVA_17, n -> { })) {
            TypeShapes shapes = new TypeShapes(new TypeResolver(solver));

            TypeShape royalties = shapes.shapeOf("fixtures.payloads.PayRoyalties");

            assertThat(royalties.hierarchy()).singleElement()
                    .satisfies(d -> assertThat(d.message()).hasValueSatisfying(m -> assertThat(m.ordered()).isTrue()));
        }
    }

    @Test
    void closingReleasesJavaParsersStaticCacheEntry() throws ReflectiveOperationException {
        Field instances = JavaParserFacade.class.getDeclaredField("instances");
        instances.setAccessible(true);
        Map<?, ?> cache = (Map<?, ?>) instances.get(null);
        List<Object> before;
        synchronized (JavaParserFacade.class) {
            before = new ArrayList<>(cache.keySet());
        }
        SharedTypeSolver solver = new SharedTypeSolver(List.of(), CLASS_FOLDER, LanguageLevel.JAVA_17, n -> { });
        new TypeResolver(solver).typeOf(new com.github.javaparser.ast.expr.NameExpr("x"));
        solver.close();

        synchronized (JavaParserFacade.class) {
            assertThat(new ArrayList<Object>(cache.keySet())).containsExactlyInAnyOrderElementsOf(before);
        }
    }
}
