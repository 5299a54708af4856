package io.msglint.core.extract;

import java.util.Optional;

/**
 * A client the code does not build but is given by its container (Spring, CDI): a field or
 * constructor, setter or bean-method parameter the class never assigns from a builder. Which bean
 * it gets is told as Spring tells it: a qualifier, else the only bean of its type, else the bean
 * named like it.
 *
 * @param clientType the client's qualified type name
 * @param qualifier  the {@code @Qualifier}, {@code @Named} or {@code @Resource(name)} it carries, if any
 * @param name       the field's or parameter's name
 */
public record Injection(String clientType, Optional<String> qualifier, String name) {
}
