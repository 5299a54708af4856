package io.msglint.buildtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites the class files of a library compiled for Java 5 (picocli) as Java 8 class files with
 * stack map frames, the same code otherwise. The JVM's class-data archive skips class files older
 * than Java 6 and those verified by the old type-inferring verifier, so without this every run of
 * the command line would load and verify picocli's classes one by one (about 50 ms of a run).
 *
 * <pre>java -cp ... io.msglint.buildtools.ClassFileUpgrade FROM_FOLDER TO_FOLDER</pre>
 * Copies every {@code .class} file under FROM_FOLDER to the same path under TO_FOLDER, upgraded;
 * other files are not copied.
 */
public final class ClassFileUpgrade {

    /** The class file version written: Java 8, the oldest whose frames the archive accepts. */
    static final int TARGET = Opcodes.V1_8;

    private ClassFileUpgrade() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ClassFileUpgrade FROM_FOLDER TO_FOLDER");
            System.exit(2);
        }
        int upgraded = upgradeAll(Path.of(args[0]), Path.of(args[1]));
        System.out.println("upgraded " + upgraded + " class files from " + args[0] + " to " + args[1]);
    }

    /** @return how many class files were written */
    static int upgradeAll(Path from, Path to) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(from)) {
            classes = files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().equals("module-info.class"))
                    .sorted().toList();
        }
        // Frames need the common superclass of two types: the library's own classes are looked up here.
        try (URLClassLoader library = new URLClassLoader(new URL[] {url(from)}, ClassFileUpgrade.class.getClassLoader())) {
            for (Path file : classes) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.write(target, upgrade(Files.readAllBytes(file), library));
            }
        }
        return classes.size();
    }

    /** One class file, upgraded; one already at or above the target keeps its version. */
    static byte[] upgrade(byte[] classFile, ClassLoader library) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                return library;
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Math.max(version & 0xFFFF, TARGET), access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    private static URL url(Path folder) {
        try {
            return folder.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
