package io.faultline.system;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
	 * Spring Session's reads and writes of sessions, on connections that are not named
	 * for anyone ({@link AuditingDataSource#unnamed}). Writes run in a transaction of
	 * their own, as Spring Session's do by default. The look-up of a request's session is
	 * one {@code SELECT} and runs without one
	 * ({@link SessionAccessRepository#lookingUp}): the transaction added a {@code COMMIT}
	 * and a JPA transaction's set-up to every signed-in request. Spring Session takes the
	 * bean by this name.
	 */
	@Bean
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactions) {
		TransactionTemplate writes = new TransactionTemplate(transactions);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		TransactionTemplate lookUps = new TransactionTemplate(transactions);
		lookUps.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		return new TransactionOperations() {

			@Override
			public <T> T execute(TransactionCallback<T> action) {
				TransactionTemplate template = SessionAccessRepository.lookingUp() ? lookUps : writes;
				return AuditingDataSource.unnamed(() -> template.execute(action));
			}

		};
	}

	/**
	 * The scope in which a request reads its session once
	 * ({@link SessionAccessRepository#findById}): just outside Spring Session's filter,
	 * for the same dispatches. Only in the web application: the command line
	 * ({@code java -jar faultline.jar import …}) has no sessions.
	 */
	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<SessionAccessRepository.ReadOncePerRequest> sessionReadOncePerRequest(
			SessionProperties properties) {
		FilterRegistrationBean<SessionAccessRepository.ReadOncePerRequest> registration = new FilterRegistrationBean<>(
				new SessionAccessRepository.ReadOncePerRequest());
		registration.setOrder(properties.getServlet().getFilterOrder() - 1);
		EnumSet<DispatcherType> dispatches = EnumSet.noneOf(DispatcherType.class);
		properties.getServlet()
			.getFilterDispatcherTypes()
			.forEach((type) -> dispatches.add(DispatcherType.valueOf(type.name())));
		registration.setDispatcherTypes(dispatches);
		return registration;
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
