package org.cooperation.websecurity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters an endpoint does not declare, as the JSON reader refuses unknown
 * properties: a misspelt filter ({@code ?stauts=EXPIRED}) would otherwise return everything and
 * look like an answer. The known names come from the handler method itself: its
 * {@code @RequestParam}s, its simple parameters without annotation (which Spring binds from the
 * query) and the components of a record bound as {@code @ModelAttribute}.
 */
public class KnownParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** Per handler: the names it binds, or empty when it takes any (it declares a map of them). */
    private final Map<HandlerMethod, Optional<Set<String>>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<Set<String>> names = known.computeIfAbsent(method, KnownParameters::namesOf);
        if (names.isEmpty()) {
            return true;
        }
        List<String> unknown = request.getParameterMap().keySet().stream()
                .filter(name -> !names.get().contains(name))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnknownParameterException(unknown);
        }
        return true;
    }

    private static Optional<Set<String>> namesOf(HandlerMethod method) {
        Set<String> names = new HashSet<>();
        for (MethodParameter declared : method.getMethodParameters()) {
            MethodParameter parameter = declared.clone();
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            boolean annotated = parameter.getParameterAnnotations().length > 0;
            if (requestParam != null) {
                if (Map.class.isAssignableFrom(type)) {
                    return Optional.empty();
                }
                names.add(nameOf(requestParam, parameter));
            } else if (type.isRecord() && (!annotated || parameter.hasParameterAnnotation(ModelAttribute.class))) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                }
            } else if (!annotated && BeanUtils.isSimpleProperty(type)) {
                names.add(parameter.getParameterName());
            }
        }
        return Optional.of(Set.copyOf(names));
    }

    private static String nameOf(RequestParam annotation, MethodParameter parameter) {
        String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
        return name.isEmpty() ? parameter.getParameterName() : name;
    }
}
