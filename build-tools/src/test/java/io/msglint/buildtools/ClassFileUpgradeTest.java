package io.msglint.buildtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

class ClassFileUpgradeTest {

    @Test
    void aJava5ClassBecomesAJava8ClassThatLoadsAndRuns(@TempDir Path dir) throws Exception {
        Path from = dir.resolve("from/demo");
        Files.createDirectories(from);
        Files.write(from.resolve("Sample.class"), asJava5(classBytes(Sample.class)));

        int upgraded = ClassFileUpgrade.upgradeAll(dir.resolve("from"), dir.resolve("to"));

        byte[] result = Files.readAllBytes(dir.resolve("to/demo/Sample.class"));
        assertThat(upgraded).isEqualTo(1);
        assertThat(majorVersion(result)).isEqualTo(ClassFileUpgrade.TARGET);
        Class<?> loaded = new ClassLoader(getClass().getClassLoader()) {
            Class<?> define() {
                return defineClass(Sample.class.getName(), result, 0, result.length);
            }
        }.define();
        assertThat(loaded.getMethod("describe", int.class).invoke(null, 3)).isEqualTo("odd 3");
    }

    /** A class with branches and a loop, so its frames matter. */
    public static final class Sample {
        public static String describe(int n) {
            StringBuilder text = new StringBuilder(n % 2 == 0 ? "even" : "odd");
            for (int i = 0; i < 1; i++) {
                text.append(' ').append(n);
            }
            return text.toString();
        }
    }

    private static byte[] classBytes(Class<?> type) throws IOException {
        String name = type.getName();
        try (InputStream in = type.getResourceAsStream(name.substring(name.lastIndexOf('.') + 1) + ".class")) {
            return in.readAllBytes();
        }
    }

    private static byte[] asJava5(byte[] classFile) {
        ClassWriter writer = new ClassWriter(0);
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Opcodes.V1_5, access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private static int majorVersion(byte[] classFile) {
        return ((classFile[6] & 0xFF) << 8) | (classFile[7] & 0xFF);
    }
}
