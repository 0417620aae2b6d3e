package com.carenext.shared;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.relational.core.mapping.event.AfterConvertCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.data.relational.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Seals the {@link Sealed} fields of every entity before Spring Data JDBC writes it (and fills the hash field), and
 * opens them again after each save and load, so that the rest of the module only ever sees plain values.
 */
@Component
class SealedFields implements BeforeConvertCallback<Object>, AfterSaveCallback<Object>, AfterConvertCallback<Object> {

    private record Target(Field field, String column, Field hash) {
    }

    private final PersonalData personalData;
    private final Map<Class<?>, List<Target>> targets = new ConcurrentHashMap<>();

    SealedFields(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public Object onBeforeConvert(Object entity) {
        for (Target target : targets(entity.getClass())) {
            String value = (String) ReflectionUtils.getField(target.field(), entity);
            if (!PersonalData.isSealed(value)) {
                ReflectionUtils.setField(target.hash(), entity, personalData.lookupHash(value));
                ReflectionUtils.setField(target.field(), entity, personalData.seal(target.column(), value));
            }
        }
        return entity;
    }

    @Override
    public Object onAfterSave(Object entity) {
        return opened(entity);
    }

    @Override
    public Object onAfterConvert(Object entity) {
        return opened(entity);
    }

    private Object opened(Object entity) {
        for (Target target : targets(entity.getClass())) {
            String value = (String) ReflectionUtils.getField(target.field(), entity);
            ReflectionUtils.setField(target.field(), entity, personalData.open(target.column(), value));
        }
        return entity;
    }

    private List<Target> targets(Class<?> type) {
        return targets.computeIfAbsent(type, SealedFields::scan);
    }

    private static List<Target> scan(Class<?> type) {
        List<Target> found = new ArrayList<>();
        ReflectionUtils.doWithFields(type, field -> {
            Sealed sealed = field.getAnnotation(Sealed.class);
            Field hash = ReflectionUtils.findField(type, sealed.hash(), String.class);
            if (hash == null) {
                throw new IllegalStateException(type.getName() + " has no String field " + sealed.hash());
            }
            ReflectionUtils.makeAccessible(field);
            ReflectionUtils.makeAccessible(hash);
            found.add(new Target(field, column(field.getName()), hash));
        }, field -> field.isAnnotationPresent(Sealed.class));
        return List.copyOf(found);
    }

    /** The column of a field, as Spring Data names it: idNumber → id_number; also the associated data of its seal. */
    static String column(String fieldName) {
        return fieldName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
