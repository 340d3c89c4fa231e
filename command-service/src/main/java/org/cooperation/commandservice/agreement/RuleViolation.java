package org.cooperation.commandservice.agreement;

import java.util.function.Supplier;

/** A command that breaks a rule of the agreement; nothing is recorded. Answered with 422. */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final String field;

    public RuleViolation(Rule rule, String detail) {
        this(rule, detail, rule.field());
    }

    /** A violation that names the request's field more precisely than the rule does, e.g. {@code consents[1].letterDate}. */
    public RuleViolation(Rule rule, String detail, String field) {
        super(detail);
        this.rule = rule;
        this.field = field;
    }

    public static void check(boolean holds, Rule rule, String detail) {
        if (!holds) {
            throw new RuleViolation(rule, detail);
        }
    }

    /** For a detail that reads state which exists only when the rule is broken. */
    public static void check(boolean holds, Rule rule, Supplier<String> detail) {
        if (!holds) {
            throw new RuleViolation(rule, detail.get());
        }
    }

    public Rule rule() {
        return rule;
    }

    /** The field of the request the violation concerns. */
    public String field() {
        return field;
    }
}
