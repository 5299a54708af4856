package io.msglint.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Suppresses msglint findings on the annotated element and everything inside it.
 *
 * <p>Class retention, so that both msglint front ends see it: the source scanner and the
 * ArchUnit rules, which read bytecode. Give a reason: it is shown in reports and reviews.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD,
        ElementType.LOCAL_VARIABLE, ElementType.PARAMETER})
public @interface SuppressMsglint {

    /** The rule ids to suppress, such as {@code "ML003"}; empty suppresses every rule. */
    String[] value() default {};

    /** Why the finding does not apply here. */
    String reason() default "";
}
