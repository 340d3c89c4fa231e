package org.cooperation.commandservice.log;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When checkpoints are signed, and with which key.
 *
 * @param everyEvents a checkpoint as soon as the log has grown by this many events since the last
 *                    one (at most 5000, which keeps a checkpoint's record within Kafka's default
 *                    limit of one MB: it lists the events it adds)
 * @param every       a checkpoint of whatever the log added, once this long has passed since the last
 * @param signingKey  the PEM file of the Ed25519 key pair ({@link org.cooperation.agreement.api.verification.CheckpointKey})
 */
@ConfigurationProperties("agreements.checkpoints")
public record CheckpointSettings(int everyEvents, Duration every, Path signingKey) {

    static final int MOST_EVENTS = 5000;

    public CheckpointSettings {
        if (everyEvents < 1 || everyEvents > MOST_EVENTS) {
            throw new IllegalArgumentException(
                    "agreements.checkpoints.every-events must be 1 to " + MOST_EVENTS + ", not " + everyEvents);
        }
        if (every == null || every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("agreements.checkpoints.every must be a positive duration");
        }
        if (signingKey == null || signingKey.toString().isBlank()) {
            throw new IllegalArgumentException("agreements.checkpoints.signing-key (CHECKPOINT_SIGNING_KEY) must name "
                    + "the PEM file of the checkpoints' Ed25519 key (README, \"Verifiable history\")");
        }
    }
}
