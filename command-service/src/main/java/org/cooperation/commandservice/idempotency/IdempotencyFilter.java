package org.cooperation.commandservice.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.cooperation.websecurity.CachedBodyRequest;
import org.cooperation.websecurity.Caller;
import org.cooperation.websecurity.Problems;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Makes a command with an {@code Idempotency-Key} header safe to send again: the first request
 * with a key is handled and its answer kept; every later one with the same key and the same
 * request gets that answer again (marked {@code Idempotent-Replayed: true}) and stores nothing;
 * the same key with a different request is refused with 422.
 *
 * <p>The whole request runs in one Axon unit of work with one database transaction: the claim
 * of the key, the command (its unit of work nests in this one, so its events are appended here
 * and its agreement stays locked until this one ends), and the answer kept for the key. They
 * commit together or not at all: if the process dies before the commit, neither events nor key
 * exist and a retry runs the command afresh; after the commit, both exist and a retry is given
 * the answer. Nothing reaches the client before that commit.
 *
 * <p>Only a success (2xx) is kept. A refused command stores nothing, so the client can correct
 * what was wrong and send it again under the same key.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY_FORMAT = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyKeys keys;
    private final KeyLocks locks = new KeyLocks();
    private final TransactionManager transactions;
    private final HandlerExceptionResolver exceptionResolver;
    private final Problems problems;
    private final IdempotencySettings settings;
    private final Clock clock;

    public IdempotencyFilter(
            IdempotencyKeys keys,
            TransactionManager transactions,
            HandlerExceptionResolver exceptionResolver,
            Problems problems,
            IdempotencySettings settings,
            Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.exceptionResolver = exceptionResolver;
        this.problems = problems;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY_FORMAT.matcher(key).matches()) {
            ProblemDetail problem = Problems.problem(
                    HttpStatus.BAD_REQUEST,
                    "invalid-header",
                    "Invalid header",
                    HEADER + " must be 1 to 255 visible ASCII characters, e.g. a UUID");
            problem.setProperty("header", HEADER);
            problems.write(request, response, problem);
            return;
        }
        String principal = Caller.of(SecurityContextHolder.getContext().getAuthentication())
                .subject();
        byte[] body = CachedBodyRequest.bodyOf(request)
                .orElseThrow(() -> new IllegalStateException("the body size filter must run before this one"));
        String query = request.getQueryString();
        String fingerprint = RequestFingerprint.of(
                request.getMethod(), request.getRequestURI() + (query == null ? "" : "?" + query), body);
        boolean ran;
        try {
            ran = locks.runExclusively(
                    principal + "\n" + key,
                    settings.maxWait(),
                    () -> handleOnce(request, response, chain, principal, key, fingerprint));
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException(e);
        }
        if (!ran) {
            keyInUse(request, response);
        }
    }

    private void handleOnce(
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain,
            String principal,
            String key,
            String fingerprint)
            throws Exception {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(HEADER + " " + key));
        unitOfWork.attachTransaction(transactions);
        ResultMessage<Outcome> result = unitOfWork.executeWithResult(
                () -> {
                    Instant now = clock.instant();
                    keys.limitLockWait(settings.maxWait());
                    Optional<IdempotencyKeys.Earlier> earlier =
                            keys.claimOrFind(principal, key, fingerprint, now, now.minus(settings.retention()));
                    if (earlier.isPresent()) {
                        return earlier.get().fingerprint().equals(fingerprint)
                                ? new Outcome.Replay(earlier.get().response())
                                : new Outcome.Reused();
                    }
                    CapturedResponse captured = new CapturedResponse(response);
                    chain.doFilter(request, captured);
                    if (!HttpStatus.valueOf(captured.status()).is2xxSuccessful()) {
                        throw new NotKept(captured);
                    }
                    keys.complete(principal, key, StoredResponse.of(captured));
                    return new Outcome.Handled(captured);
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            answerFailure(request, response, result.exceptionResult());
            return;
        }
        Outcome outcome = result.getPayload();
        if (outcome instanceof Outcome.Handled handled) {
            handled.response().writeTo(response);
        } else if (outcome instanceof Outcome.Replay replay) {
            replay.response().replayTo(response);
        } else {
            keyReused(request, response);
        }
    }

    /**
     * The transaction rolled back. A refused command answers as it would without a key; a commit
     * that failed (another instance appended to the agreement first) is answered by the same
     * exception handlers as any other request.
     */
    private void answerFailure(HttpServletRequest request, HttpServletResponse response, Throwable failure)
            throws Exception {
        if (failure instanceof NotKept refused) {
            refused.response().writeTo(response);
        } else if (failure instanceof PessimisticLockingFailureException) {
            keyInUse(request, response);
        } else if (!(failure instanceof Exception exception)
                || exceptionResolver.resolveException(request, response, null, exception) == null) {
            throw failure instanceof Exception exception ? exception : new ServletException(failure);
        }
    }

    private void keyReused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = Problems.problem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "idempotency-key-reused",
                "Idempotency key already used",
                "This " + HEADER + " was first sent with a different request; send a new request with a new key");
        problem.setProperty("header", HEADER);
        problems.write(request, response, problem);
    }

    private void keyInUse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = Problems.problem(
                HttpStatus.CONFLICT,
                "idempotency-key-in-use",
                "Idempotency key in use",
                "A request with this " + HEADER + " is still being handled; retry in a moment");
        problem.setProperty("header", HEADER);
        response.setHeader("Retry-After", "1");
        problems.write(request, response, problem);
    }

    private sealed interface Outcome {
        record Handled(CapturedResponse response) implements Outcome {}

        record Replay(StoredResponse response) implements Outcome {}

        record Reused() implements Outcome {}
    }

    /** Rolls the transaction back for an answer that is not kept; carries that answer to the client. */
    private static final class NotKept extends RuntimeException {
        private final transient CapturedResponse response;

        NotKept(CapturedResponse response) {
            super(null, null, false, false);
            this.response = response;
        }

        CapturedResponse response() {
            return response;
        }
    }
}
