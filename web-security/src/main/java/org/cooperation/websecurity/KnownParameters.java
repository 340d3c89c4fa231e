package org.cooperation.websecurity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
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
 * query) and the components of a record bound as {@code @ModelAttribute}. A parameter given
 * twice is refused too, unless it binds to a list: Spring would silently take the first value.
 */
public class KnownParameters implements HandlerInterceptor {

    private static final ParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** The names a handler binds, and those of them that take several values (lists, arrays). */
    private record Declared(Set<String> names, Set<String> repeatable) {}

    /** Per handler: what it binds, or empty when it takes any (it declares a map of them). */
    private final Map<HandlerMethod, Optional<Declared>> known = new ConcurrentHashMap<>();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Optional<Declared> declared = known.computeIfAbsent(method, KnownParameters::namesOf);
        if (declared.isEmpty()) {
            return true;
        }
        List<String> unknown = request.getParameterMap().keySet().stream()
                .filter(name -> !declared.get().names().contains(name))
                .sorted()
                .toList();
        if (!unknown.isEmpty()) {
            throw new RefusedParametersException(unknown, "unknown-parameter", "is not a parameter of this endpoint");
        }
        List<String> repeated = request.getParameterMap().entrySet().stream()
                .filter(parameter -> parameter.getValue().length > 1)
                .map(Map.Entry::getKey)
                .filter(name -> !declared.get().repeatable().contains(name))
                .sorted()
                .toList();
        if (!repeated.isEmpty()) {
            throw new RefusedParametersException(repeated, "repeated", "must be given once");
        }
        return true;
    }

    private static Optional<Declared> namesOf(HandlerMethod method) {
        Set<String> names = new HashSet<>();
        Set<String> repeatable = new HashSet<>();
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
                if (takesSeveral(type)) {
                    repeatable.add(nameOf(requestParam, parameter));
                }
            } else if (type.isRecord() && (!annotated || parameter.hasParameterAnnotation(ModelAttribute.class))) {
                for (RecordComponent component : type.getRecordComponents()) {
                    names.add(component.getName());
                    if (takesSeveral(component.getType())) {
                        repeatable.add(component.getName());
                    }
                }
            } else if (!annotated && BeanUtils.isSimpleProperty(type)) {
                names.add(parameter.getParameterName());
                if (takesSeveral(type)) {
                    repeatable.add(parameter.getParameterName());
                }
            }
        }
        return Optional.of(new Declared(Set.copyOf(names), Set.copyOf(repeatable)));
    }

    private static boolean takesSeveral(Class<?> type) {
        return type.isArray() || Collection.class.isAssignableFrom(type);
    }

    private static String nameOf(RequestParam annotation, MethodParameter parameter) {
        String name = annotation.name().isEmpty() ? annotation.value() : annotation.name();
        return name.isEmpty() ? parameter.getParameterName() : name;
    }
}
