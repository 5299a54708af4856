package io.msglint.core.resolve;

import io.msglint.annotations.Delivery;
import io.msglint.annotations.EventKind;
import io.msglint.annotations.Receivers;
import io.msglint.rules.model.KindDeclaration;
import io.msglint.rules.model.MessageTraits;
import io.msglint.rules.model.Suppression;
import io.msglint.rules.model.TypeShape;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javassist.CtClass;
import javassist.bytecode.AccessFlag;
import javassist.bytecode.AnnotationsAttribute;
import javassist.bytecode.ClassFile;
import javassist.bytecode.Descriptor;
import javassist.bytecode.FieldInfo;
import javassist.bytecode.annotation.Annotation;
import javassist.bytecode.annotation.ArrayMemberValue;
import javassist.bytecode.annotation.BooleanMemberValue;
import javassist.bytecode.annotation.EnumMemberValue;
import javassist.bytecode.annotation.IntegerMemberValue;
import javassist.bytecode.annotation.MemberValue;
import javassist.bytecode.annotation.StringMemberValue;

/**
 * Reads a compiled type's msglint annotations, with their attribute values, straight from the
 * class file (JavaParser's Javassist declarations do not expose annotation values).
 */
final class ClassFileAnnotations {

    private ClassFileAnnotations() {
    }

    /** @param classFile the class file in a class folder it was read from, if not from a jar */
    static DirectType read(String name, CtClass type, Optional<Path> classFile) {
        ClassFile file = type.getClassFile2();
        List<Annotation> annotations = new ArrayList<>();
        for (String tag : List.of(AnnotationsAttribute.visibleTag, AnnotationsAttribute.invisibleTag)) {
            if (file.getAttribute(tag) instanceof AnnotationsAttribute attribute) {
                annotations.addAll(List.of(attribute.getAnnotations()));
            }
        }
        Optional<MessageTraits> message = Optional.empty();
        Optional<EventKind> event = Optional.empty();
        Set<Suppression> suppressions = new HashSet<>();
        for (Annotation annotation : annotations) {
            switch (annotation.getTypeName()) {
                case SourceAnnotations.MESSAGE -> message = Optional.of(traits(annotation));
                case SourceAnnotations.EVENT -> event = Optional.of(
                        enumValue(annotation, "kind", EventKind.class).orElse(EventKind.DISCRETE));
                case SourceAnnotations.SUPPRESS -> {
                    List<String> ids = strings(annotation.getMemberValue("value"));
                    String reason = String.join("", strings(annotation.getMemberValue("reason")));
                    for (String id : ids.isEmpty() ? List.of(Suppression.ALL_RULES) : ids) {
                        suppressions.add(new Suppression(id, reason, Optional.empty()));
                    }
                }
                default -> { }
            }
        }
        String superclass = file.getSuperclass();
        Optional<String> parent = superclass == null || superclass.equals("java.lang.Object") || file.isInterface()
                ? Optional.empty() : Optional.of(superclass.replace('$', '.'));
        List<String> interfaces = new ArrayList<>();
        for (String i : file.getInterfaces()) {
            interfaces.add(i.replace('$', '.'));
        }
        List<TypeShape.Field> fields = new ArrayList<>();
        for (FieldInfo field : file.getFields()) {
            if ((field.getAccessFlags() & AccessFlag.STATIC) == 0) {
                fields.add(new TypeShape.Field(field.getName(), Descriptor.toClassName(field.getDescriptor()).replace('$', '.')));
            }
        }
        return new DirectType(name, new KindDeclaration(name, message, event), parent, interfaces, fields, suppressions,
                classFile);
    }

    private static MessageTraits traits(Annotation annotation) {
        MessageTraits d = MessageTraits.DEFAULTS;
        return new MessageTraits(
                enumValue(annotation, "receivers", Receivers.class).orElse(d.receivers()),
                booleanValue(annotation, "ordered").orElse(d.ordered()),
                booleanValue(annotation, "transactional").orElse(d.transactional()),
                enumValue(annotation, "delivery", Delivery.class).orElse(d.delivery()),
                booleanValue(annotation, "deduplicate").orElse(d.deduplicate()),
                annotation.getMemberValue("maxSizeKb") instanceof IntegerMemberValue i ? i.getValue() : d.maxSizeKb());
    }

    private static Optional<Boolean> booleanValue(Annotation annotation, String member) {
        return annotation.getMemberValue(member) instanceof BooleanMemberValue b ? Optional.of(b.getValue()) : Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Annotation annotation, String member, Class<E> type) {
        if (annotation.getMemberValue(member) instanceof EnumMemberValue e) {
            try {
                return Optional.of(Enum.valueOf(type, e.getValue()));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<String> strings(MemberValue value) {
        List<String> result = new ArrayList<>();
        if (value instanceof StringMemberValue s) {
            result.add(s.getValue());
        } else if (value instanceof ArrayMemberValue array && array.getValue() != null) {
            for (MemberValue v : array.getValue()) {
                if (v instanceof StringMemberValue s) {
                    result.add(s.getValue());
                }
            }
        }
        return result;
    }
}
