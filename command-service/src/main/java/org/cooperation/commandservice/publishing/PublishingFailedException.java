package org.cooperation.commandservice.publishing;

/** The broker did not take a batch; the processor keeps its token and tries the batch again. */
public class PublishingFailedException extends RuntimeException {

    public PublishingFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
