package com.carenext.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * How a session is read on every request (QuietSessions): its one SELECT without a transaction of its own, and its
 * attributes decoded once per instance by their bytes, never sharing a mutable context.
 */
class SessionReadsTest {

    private final SerializingConverter serialize = new SerializingConverter();
    private final AtomicInteger decodes = new AtomicInteger();
    private final DeserializingConverter plain = new DeserializingConverter(getClass().getClassLoader());
    private final QuietSessions.Decoder decoder = new QuietSessions.Decoder((Converter<byte[], Object>) bytes -> {
        decodes.incrementAndGet();
        return plain.convert(bytes);
    });

    @Test
    void aSecurityContextIsDecodedOnceButEachReadGetsItsOwn() {
        byte[] bytes = serialize.convert(context("office"));
        SecurityContext first = (SecurityContext) decoder.convert(bytes);
        SecurityContext second = (SecurityContext) decoder.convert(bytes.clone());
        assertThat(decodes).hasValue(1);
        assertThat(second).isNotSameAs(first);
        assertThat(second.getAuthentication().getName()).isEqualTo("office");

        // signing out clears the request's own context; a concurrent or later read of the same bytes is untouched
        first.setAuthentication(null);
        SecurityContext third = (SecurityContext) decoder.convert(bytes);
        assertThat(third.getAuthentication()).isNotNull();
        assertThat(third.getAuthentication().getName()).isEqualTo("office");
    }

    @Test
    void otherBytesAreDecodedAgain() {
        SecurityContext office = (SecurityContext) decoder.convert(serialize.convert(context("office")));
        SecurityContext auditor = (SecurityContext) decoder.convert(serialize.convert(context("auditor")));
        assertThat(decodes).hasValue(2);
        assertThat(office.getAuthentication().getName()).isEqualTo("office");
        assertThat(auditor.getAuthentication().getName()).isEqualTo("auditor");
    }

    @Test
    void onlyImmutableOrCopiedValuesAreRemembered() {
        byte[] token = serialize.convert(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc"));
        assertThat(decoder.convert(token)).isSameAs(decoder.convert(token));
        byte[] list = serialize.convert(new java.util.ArrayList<>(java.util.List.of("flash")));
        assertThat(decoder.convert(list)).isNotSameAs(decoder.convert(list));
        assertThat(decodes).hasValue(3);
    }

    @Test
    void onlyTheSessionsReadGoesWithoutATransaction() {
        var h2 = new DriverManagerDataSource("jdbc:h2:mem:session-reads;DB_CLOSE_DELAY=-1", "sa", "");
        var manager = new DataSourceTransactionManager(h2);
        ObjectProvider<PlatformTransactionManager> managers = new StaticListableBeanFactory(
                java.util.Map.of("transactionManager", manager)).getBeanProvider(PlatformTransactionManager.class);
        var transactions = new QuietSessions.ReadsWithoutTransaction(managers);
        TransactionCallback<Boolean> inTransaction = status -> Boolean.valueOf(
                TransactionSynchronizationManager.isActualTransactionActive());

        // the read, then the delete of an expired session it found: the flag is used up by the read
        java.util.List<Boolean> readThenDelete = QuietSessions.ReadsWithoutTransaction.reading(() -> java.util.List.of(
                transactions.execute(inTransaction), transactions.execute(inTransaction)));
        assertThat(readThenDelete).containsExactly(false, true);
        // writes keep their own transaction
        Boolean write = transactions.execute(inTransaction);
        assertThat(write).isTrue();
        // a read inside someone's transaction runs in a new one, as Spring Session's own would
        Boolean nested = new TransactionTemplate(manager).execute(outer ->
                QuietSessions.ReadsWithoutTransaction.reading(() -> transactions.execute(inTransaction)));
        assertThat(nested).isTrue();
    }

    private static SecurityContext context(String name) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_TOWN_ADMIN")));
    }
}
