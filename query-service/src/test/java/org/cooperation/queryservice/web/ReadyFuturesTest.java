package org.cooperation.queryservice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.async.StandardServletAsyncWebRequest;
import org.springframework.web.context.request.async.WebAsyncUtils;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

class ReadyFuturesTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/agreements/a");
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final ModelAndViewContainer container = new ModelAndViewContainer();
    private ReadyFutures readyFutures;

    @BeforeEach
    void handlersAsTheServiceHasThem() {
        RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
        adapter.setApplicationContext(new StaticWebApplicationContext());
        adapter.afterPropertiesSet();
        readyFutures = new ReadyFutures(adapter);
        readyFutures.afterSingletonsInstantiated();
        assertThat(adapter.getReturnValueHandlers()).first().isSameAs(readyFutures);
        request.setAsyncSupported(true);
        WebAsyncUtils.getAsyncManager(request)
                .setAsyncWebRequest(new StandardServletAsyncWebRequest(request, response));
    }

    @Test
    void answersAReadyFutureOnTheRequestsThread() throws Exception {
        handle(CompletableFuture.completedFuture(ResponseEntity.ok("ready")));

        assertThat(request.isAsyncStarted()).isFalse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("ready");
    }

    @Test
    void throwsTheCauseOfAFailedFutureForTheProblemHandler() {
        AgreementNotFoundException cause = new AgreementNotFoundException("a");
        CompletableFuture<ResponseEntity<String>> failed = CompletableFuture.<Void>completedFuture(null)
                .thenApply(nothing -> {
                    throw cause;
                });

        assertThatThrownBy(() -> handle(failed)).isSameAs(cause);
        assertThat(request.isAsyncStarted()).isFalse();
    }

    @Test
    void leavesAFutureThatStillWaitsToTheAsynchronousWay() throws Exception {
        CompletableFuture<ResponseEntity<String>> waiting = new CompletableFuture<>();

        handle(waiting);

        assertThat(request.isAsyncStarted()).isTrue();
        assertThat(response.getContentAsString()).isEmpty();
    }

    private void handle(CompletableFuture<ResponseEntity<String>> value) throws Exception {
        MethodParameter returnType = new MethodParameter(ReadyFuturesTest.class.getDeclaredMethod("read"), -1);
        readyFutures.handleReturnValue(value, returnType, container, new ServletWebRequest(request, response));
    }

    /** The shape of the service's reads. */
    @SuppressWarnings("unused")
    private CompletableFuture<ResponseEntity<String>> read() {
        return null;
    }
}
