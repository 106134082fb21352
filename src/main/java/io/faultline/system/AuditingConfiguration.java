package io.faultline.system;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

}
