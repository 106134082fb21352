package io.faultline.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class AuditingConfiguration {

	/** Every DataSource of the app names the user and reason for the audit triggers. */
	@Bean
	static BeanPostProcessor auditingDataSourcePostProcessor() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource dataSource && !(bean instanceof AuditingDataSource))
						? new AuditingDataSource(dataSource) : bean;
			}

		};
	}

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

}
