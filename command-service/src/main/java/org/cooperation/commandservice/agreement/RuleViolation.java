package org.cooperation.commandservice.agreement;

import java.util.function.Supplier;

/** A command that breaks a rule of the agreement; nothing is recorded. Answered with 422. */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final String field;

    public RuleViolation(Rule rule, String detail) {
        this(rule, rule.field(), detail);
    }

    /** For a rule that several fields can break, such as {@link Rule#DATE_TOO_VAGUE}: the one this command broke. */
    public RuleViolation(Rule rule, String field, String detail) {
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

    /** The request field the violation concerns. */
    public String field() {
        return field;
    }
}
