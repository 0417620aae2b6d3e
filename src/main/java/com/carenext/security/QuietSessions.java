package com.carenext.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Sessions (Spring Session JDBC) that write their last-access time at most once a {@link #PRECISION}: Spring Session
 * sets it on every request and then updates the session row each time, one database write per page view. Here a
 * request within a minute of the stored time leaves it alone, so a plain GET writes nothing; a session therefore
 * expires between {@code timeout - 1 min} and {@code timeout} after the last request. Attribute changes, a new
 * session id at sign-in and a new principal are written as before.
 */
@Component
class QuietSessions implements BeanPostProcessor {

    static final Duration PRECISION = Duration.ofMinutes(1);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JdbcIndexedSessionRepository repository) {
            return new Repository(repository);
        }
        return bean;
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
            Session found = delegate.findById(id);
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
