package io.msglint.core.extract;

/**
 * A payload that reaches a send from a parameter of the method around it: the method's callers
 * hand it over, and each caller's argument is the payload to judge.
 *
 * @param method    the method whose parameter it is
 * @param parameter the parameter's index
 */
public record Forward(MethodRef method, int parameter) {
}
