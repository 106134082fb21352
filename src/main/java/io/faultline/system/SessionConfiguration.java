package io.faultline.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, V24), as Spring Boot configures them, read
 * and written on connections that do not ask who is signed in, and touched at most once a
 * minute.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Spring Session's reads and writes of sessions, each in a transaction of its own as
	 * Spring Session does by default, on connections named as the system's
	 * ({@link AuditingDataSource#asSystem}). Spring Session takes the bean by this name.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new TransactionOperations() {

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				return AuditingDataSource.asSystem(() -> template.execute(action));
			}

		};
	}

	/**
	 * Spring Session JDBC's repository, handed to the request filter inside a
	 * {@link SessionAccessRepository}. Wrapped here rather than declared as a bean of its
	 * own: Spring Boot configures Spring Session only while no other session repository
	 * exists. Spring still closes the repository it created.
	 */
	@Bean
	static BeanPostProcessor sessionAccessPostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new SessionAccessRepository<>(sessions)
						: bean;
			}

		};
	}

}
