package org.cooperation.websecurity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A service that could not tell whose tokens, or for whom, it accepts refuses to start (it would
 * otherwise accept any issuer's tokens signed by a key it trusts); this says which setting is missing.
 */
public class UnsetTokenRule extends AbstractFailureAnalyzer<TokenRules.Unset> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TokenRules.Unset cause) {
        return new FailureAnalysis("The tokens' rules are incomplete.", cause.getMessage(), cause);
    }
}
