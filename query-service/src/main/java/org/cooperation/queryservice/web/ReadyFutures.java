package org.cooperation.queryservice.web;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.HandlerMethodReturnValueHandlerComposite;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Answers a read whose future is already complete on the request's own thread. The reads return a
 * future so that one with {@code minVersion} can wait for the projection without holding a thread;
 * without it (most reads) the future is complete when returned. Spring MVC still answers every
 * future through an asynchronous dispatch: the request goes through the container and the security
 * filters a second time, which cost a tenth of query-service's CPU on a page of history
 * (async-profiler, docs/performance.md). A future that is still waiting goes the asynchronous way
 * as before; one that failed throws its cause, so that the problem handler answers it as it would
 * have after the dispatch.
 */
@Component
class ReadyFutures implements HandlerMethodReturnValueHandler, SmartInitializingSingleton {

    private final RequestMappingHandlerAdapter adapter;
    private final HandlerMethodReturnValueHandlerComposite others = new HandlerMethodReturnValueHandlerComposite();

    ReadyFutures(RequestMappingHandlerAdapter adapter) {
        this.adapter = adapter;
    }

    /** Put first, ahead of Spring's handler of futures, which it passes what is not ready. */
    @Override
    public void afterSingletonsInstantiated() {
        List<HandlerMethodReturnValueHandler> handlers = new ArrayList<>(adapter.getReturnValueHandlers());
        others.addHandlers(handlers);
        handlers.add(0, this);
        adapter.setReturnValueHandlers(handlers);
    }

    @Override
    public boolean supportsReturnType(MethodParameter returnType) {
        return CompletionStage.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public void handleReturnValue(
            Object returnValue, MethodParameter returnType, ModelAndViewContainer container, NativeWebRequest request)
            throws Exception {
        CompletableFuture<?> future =
                returnValue instanceof CompletionStage<?> stage ? stage.toCompletableFuture() : null;
        if (future != null && future.isDone()) {
            Object value;
            try {
                value = future.join();
            } catch (CompletionException e) {
                throw unwrapped(e.getCause() == null ? e : e.getCause());
            }
            others.handleReturnValue(value, new Result(returnType), container, request);
            return;
        }
        others.handleReturnValue(returnValue, returnType, container, request);
    }

    private static Exception unwrapped(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }

    /** The method's return type seen through the future: what it completes with. */
    private static final class Result extends MethodParameter {

        private final MethodParameter inFuture;

        Result(MethodParameter future) {
            super(future);
            this.inFuture = future.nested();
        }

        private Result(Result original) {
            super(original);
            this.inFuture = original.inFuture;
        }

        @Override
        public Class<?> getParameterType() {
            return inFuture.getNestedParameterType();
        }

        @Override
        public Type getGenericParameterType() {
            return inFuture.getNestedGenericParameterType();
        }

        @Override
        public Result clone() {
            return new Result(this);
        }
    }
}
