package com.carenext.support;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

/**
 * A valid example of what a write endpoint takes — its request body, form record and request parameters — aimed at
 * the records of another village, for ScopeIsolationTests: with a body that passes Bean Validation, a 400 can no
 * longer stand in for the scope check, so only the scope check can refuse it.
 * <p>
 * Examples are built from the handler's parameter types: ids by name from the other village's records, other
 * values from the type and its constraints ({@code @Size}, {@code @Min}, ...). Each built record is validated with
 * the application's {@link Validator}; where the rule of thumb gives an invalid value, {@link #OVERRIDES} names a
 * valid one ("Type.component"). An endpoint whose example is still invalid is reported by {@link #problems}, so a
 * new write endpoint cannot slip through with a body that fails validation.
 */
public final class WriteExamples {

    /** Values the rule of thumb cannot guess, by "RecordType.component" or, for request parameters, "param:name". */
    private static final Map<String, Function<Map<String, String>, Object>> OVERRIDES = new LinkedHashMap<>();

    static {
        OVERRIDES.put("phone", records -> "13912345678");
        OVERRIDES.put("contactPhone", records -> "13912345678");
        OVERRIDES.put("birthDate", records -> LocalDate.of(1949, 12, 31));
        OVERRIDES.put("year", records -> 2023);
        OVERRIDES.put("EvidenceDraft.recordType", records -> "OTHER");
        OVERRIDES.put("idNumber", records -> "11010519491231002X");
        OVERRIDES.put("dueMonths", records -> "6");
        OVERRIDES.put("password", records -> "Ex-ample-Pass-2026!");
        OVERRIDES.put("newPassword", records -> "Ex-ample-Pass-2026!");
        OVERRIDES.put("confirmPassword", records -> "Ex-ample-Pass-2026!");
        OVERRIDES.put("currentPassword", records -> "Ex-ample-Pass-2026!");
        OVERRIDES.put("link", records -> "https://example.org/a");
        OVERRIDES.put("url", records -> "https://example.org/a");
        OVERRIDES.put("month", records -> "2023-06");
        OVERRIDES.put("username", records -> "example_user");
        OVERRIDES.put("gender", records -> "男");
        // an export of the other village's unit (the list filter names it as the list page does)
        OVERRIDES.put("ExportRequest.filter", records -> Map.of("organizationId", records.get("id")));
    }

    private final Validator validator;
    private final Map<String, String> records;

    public WriteExamples(Validator validator, Map<String, String> records) {
        this.validator = validator;
        this.records = records;
    }

    /** What one endpoint is sent: a JSON-able body or form fields, request parameters, and files. */
    public record Example(Object body, Map<String, List<String>> params, List<String> files, List<String> problems) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Example of(Endpoints.Endpoint endpoint) {
        Object body = null;
        Map<String, List<String>> params = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            }
            if (MultipartFile.class.isAssignableFrom(type) || parameter.hasParameterAnnotation(RequestPart.class)
                    || isFileList(parameter)) {
                files.add(name(parameter));
                continue;
            }
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                body = type == String.class ? "示例" : valid(type, problems);
                continue;
            }
            if (parameter.hasParameterAnnotation(RequestParam.class)) {
                Object value = value(name(parameter), parameter.getGenericParameterType(), type,
                        annotation -> parameter.getParameterAnnotation((Class) annotation));
                if (value != null) {
                    params.put(name(parameter), texts(value));
                }
                continue;
            }
            if ((parameter.hasParameterAnnotation(ModelAttribute.class) || isForm(type)) && type.isRecord()) {
                flatten("", valid(type, problems), params);
            }
        }
        return new Example(body, params, files, problems);
    }

    private static boolean isForm(Class<?> type) {
        return type.isRecord() && type.getPackageName().startsWith("com.carenext")
                && !type.getSimpleName().equals("Actor");
    }

    private static boolean isFileList(MethodParameter parameter) {
        return Collection.class.isAssignableFrom(parameter.getParameterType())
                && parameter.getGenericParameterType() instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] == MultipartFile.class;
    }

    private static String name(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        if (param != null && !param.value().isEmpty()) {
            return param.value();
        }
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        if (part != null && !part.name().isEmpty()) {
            return part.name();
        }
        if (part != null && !part.value().isEmpty()) {
            return part.value();
        }
        return parameter.getParameterName();
    }

    /** A record of the type whose values pass validation, or the violations why none could be built. */
    private Object valid(Class<?> type, List<String> problems) {
        Object example = build(type);
        if (example == null) {
            problems.add("no example for " + type.getSimpleName());
            return null;
        }
        for (ConstraintViolation<Object> violation : validator.validate(example)) {
            problems.add(type.getSimpleName() + "." + violation.getPropertyPath() + ": " + violation.getMessage()
                    + " (add it to WriteExamples.OVERRIDES)");
        }
        return example;
    }

    private Object build(Class<?> type) {
        if (!type.isRecord()) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            String key = type.getSimpleName() + "." + component.getName();
            Function<Map<String, String>, Object> override = OVERRIDES.containsKey(key) ? OVERRIDES.get(key)
                    : OVERRIDES.get(component.getName());
            values[i] = override != null ? override.apply(records)
                    : value(component.getName(), component.getGenericType(), component.getType(),
                    annotationsOf(component));
            if (values[i] == null && component.getType().isPrimitive()) {
                values[i] = primitive(component.getType());
            }
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    private static <A extends Annotation> Function<Class<A>, A> annotationsOf(AnnotatedElement element) {
        return element::getAnnotation;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object value(String name, Type generic, Class<?> type, Function annotations) {
        Function<Map<String, String>, Object> override = OVERRIDES.get(name);
        if (override != null) {
            return override.apply(records);
        }
        if (name.equals("version")) {
            return 0L;
        }
        if (type == Long.class || type == long.class) {
            return id(name);
        }
        if (type == Integer.class || type == int.class) {
            Min min = (Min) annotations.apply(Min.class);
            Max max = (Max) annotations.apply(Max.class);
            long value = min != null ? Math.max(1, min.value()) : 1;
            return (int) (max != null ? Math.min(value, max.value()) : value);
        }
        if (type == BigDecimal.class) {
            DecimalMin min = (DecimalMin) annotations.apply(DecimalMin.class);
            return min != null && new BigDecimal(min.value()).compareTo(BigDecimal.ONE) > 0
                    ? new BigDecimal(min.value()) : BigDecimal.ONE;
        }
        if (type == String.class) {
            Size size = (Size) annotations.apply(Size.class);
            String text = "示例" + name;
            if (size != null && text.length() > size.max()) {
                text = text.substring(0, size.max());
            }
            while (size != null && text.length() < size.min()) {
                text = text + "例";
            }
            return text;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2023, 6, 5);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.of(2023, 6, 5, 9, 0);
        }
        if (type == LocalTime.class) {
            return LocalTime.of(9, 0);
        }
        if (type == YearMonth.class) {
            return YearMonth.of(2023, 6);
        }
        if (type == Instant.class) {
            return Instant.parse("2023-06-05T01:00:00Z");
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized) {
            Type element = parameterized.getActualTypeArguments()[0];
            Class<?> elementType = element instanceof Class<?> c ? c : Object.class;
            String singular = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            Object one = elementType.isRecord() ? build(elementType)
                    : value(singular, element, elementType, a -> null);
            if (one == null) {
                return Set.class.isAssignableFrom(type) ? Set.of() : List.of();
            }
            return Set.class.isAssignableFrom(type) ? new LinkedHashSet<>(List.of(one)) : List.of(one);
        }
        if (type.isRecord()) {
            return build(type);
        }
        return null;
    }

    /** The id of the other village's record a name refers to: {@code workPlanId} is its plan, any unit its village. */
    private Long id(String name) {
        for (String key : List.of(name, decapitalized(name.replaceFirst("^[a-z]+(?=[A-Z])", "")))) {
            if (records.containsKey(key)) {
                return Long.valueOf(records.get(key));
            }
        }
        return Long.valueOf(records.get("id"));
    }

    private static String decapitalized(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Object primitive(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        return 0;
    }

    private static List<String> texts(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(WriteExamples::text).toList();
        }
        return List.of(text(value));
    }

    private static String text(Object value) {
        return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
    }

    /** Form fields as a browser sends them: {@code a}, {@code a.b}, {@code a[0].b}, repeated for lists of values. */
    private static void flatten(String prefix, Object value, Map<String, List<String>> params) {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    flatten(prefix.isEmpty() ? component.getName() : prefix + "." + component.getName(),
                            accessor.invoke(record), params);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        if (value instanceof Collection<?> values) {
            int i = 0;
            for (Object one : values) {
                if (one instanceof Record) {
                    flatten(prefix + "[" + i++ + "]", one, params);
                } else {
                    params.computeIfAbsent(prefix, k -> new ArrayList<>()).add(text(one));
                }
            }
            return;
        }
        params.computeIfAbsent(prefix, k -> new ArrayList<>()).add(text(value));
    }
}
