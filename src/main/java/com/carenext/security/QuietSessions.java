package com.carenext.security;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions (Spring Session JDBC) that write their last-access time at most once a {@link #PRECISION}: Spring Session
 * sets it on every request and then updates the session row each time, one database write per page view. Here a
 * request within a minute of the stored time leaves it alone, so a plain GET writes nothing; a session therefore
 * expires between {@code timeout - 1 min} and {@code timeout} after the last request. Attribute changes, a new
 * session id at sign-in and a new principal are written as before.
 *
 * <p>Reading a session stays one query to the database on every request (so a sign-out or a changed attribute on
 * another instance applies at once), but costs less: the single SELECT runs without a transaction of its own
 * ({@link ReadsWithoutTransaction}; writes keep theirs), and attribute bytes equal to ones already decoded on this
 * instance are not deserialized again ({@link Decoder}).
 */
@Component
class QuietSessions implements BeanPostProcessor, BeanClassLoaderAware {

    static final Duration PRECISION = Duration.ofMinutes(1);

    private final ObjectProvider<PlatformTransactionManager> transactionManagers;
    private ClassLoader classLoader = QuietSessions.class.getClassLoader();

    QuietSessions(ObjectProvider<PlatformTransactionManager> transactionManagers) {
        this.transactionManagers = transactionManagers;
    }

    @Override
    public void setBeanClassLoader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcHttpSessionConfiguration configuration) {
            configuration.setTransactionOperations(new ReadsWithoutTransaction(transactionManagers));
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcIndexedSessionRepository repository) {
            GenericConversionService conversion = new GenericConversionService();
            conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
            conversion.addConverter(byte[].class, Object.class, new Decoder(new DeserializingConverter(classLoader)));
            repository.setConversionService(conversion);
            return new Repository(repository);
        }
        return bean;
    }

    /**
     * Spring Session's transactions (a new one for each operation, as Spring Session makes them), except for the
     * read of a session outside any transaction (every request's first, in the filters): that is one SELECT of the
     * session joined with its attributes, atomic on its own, and a transaction around it only added a connection
     * set-up and a COMMIT to every request. Only that read goes without: the flag is used up by it, so deleting an
     * expired session it found, and every write, keep their own transaction.
     */
    static final class ReadsWithoutTransaction implements TransactionOperations {

        private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

        private final ObjectProvider<PlatformTransactionManager> managers;
        private volatile TransactionTemplate template;

        ReadsWithoutTransaction(ObjectProvider<PlatformTransactionManager> managers) {
            this.managers = managers;
        }

        static <T> T reading(java.util.function.Supplier<T> read) {
            READING.set(Boolean.TRUE);
            try {
                return read.get();
            } finally {
                READING.remove();
            }
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            if (READING.get() != null) {
                READING.remove();
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return TransactionOperations.withoutTransaction().execute(action);
                }
            }
            TransactionTemplate transactions = template;
            if (transactions == null) {
                transactions = new TransactionTemplate(managers.getObject());
                transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                template = transactions;
            }
            return transactions.execute(action);
        }
    }

    /**
     * Deserializes session attributes, remembering the security context and the CSRF token by their bytes: every
     * request reads them again from the database, and equal bytes decode to an equal value, so decoding them once
     * per instance is enough. The cache never changes what a request sees (a changed attribute has other bytes) and
     * never hands out a shared mutable object: each read gets its own {@link SecurityContextImpl} (sign-out clears
     * the one it holds); the authentication inside and the CSRF token are immutable once stored.
     */
    static final class Decoder implements Converter<byte[], Object> {

        private static final int LIMIT = 4_096;

        private final Converter<byte[], Object> plain;
        private final Map<ByteBuffer, Object> decoded = new ConcurrentHashMap<>();

        Decoder(Converter<byte[], Object> plain) {
            this.plain = plain;
        }

        @Override
        public Object convert(byte[] bytes) {
            ByteBuffer key = ByteBuffer.wrap(bytes);
            Object value = decoded.get(key);
            if (value == null) {
                value = plain.convert(bytes);
                if (value instanceof SecurityContextImpl || value instanceof DefaultCsrfToken) {
                    if (decoded.size() >= LIMIT) {
                        decoded.clear();
                    }
                    decoded.put(ByteBuffer.wrap(bytes.clone()), value);
                }
            }
            return value instanceof SecurityContextImpl context ? new SecurityContextImpl(context.getAuthentication())
                    : value;
        }
    }

    /** The JDBC repository, handing out sessions whose last-access time moves only by whole minutes. */
    static final class Repository implements FindByIndexNameSessionRepository<Quiet> {

        private final FindByIndexNameSessionRepository<Session> delegate;

        @SuppressWarnings({"unchecked", "rawtypes"})
        Repository(JdbcIndexedSessionRepository delegate) {
            this.delegate = (FindByIndexNameSessionRepository) delegate;
        }

        @Override
        public Quiet createSession() {
            return new Quiet(delegate.createSession());
        }

        @Override
        public void save(Quiet session) {
            delegate.save(session.delegate);
        }

        @Override
        public Quiet findById(String id) {
            Session found = ReadsWithoutTransaction.reading(() -> delegate.findById(id));
            return found == null ? null : new Quiet(found);
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }

        @Override
        public Map<String, Quiet> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return delegate.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> new Quiet(entry.getValue())));
        }
    }

    /** A session whose last-access time is set only when it moves by {@link #PRECISION} or more. */
    static final class Quiet implements Session {

        private final Session delegate;

        Quiet(Session delegate) {
            this.delegate = delegate;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (!time.isBefore(delegate.getLastAccessedTime().plus(PRECISION))) {
                delegate.setLastAccessedTime(time);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            delegate.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            delegate.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
