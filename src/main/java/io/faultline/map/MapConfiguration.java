package io.faultline.map;

import java.util.Set;

import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

@Configuration(proxyBeanMethods = false)
class MapConfiguration {

	/**
	 * Resolves {@code map/export} to {@code templates/map/export.svg} in XML mode, ahead
	 * of the default HTML resolver.
	 */
	@Bean
	SpringResourceTemplateResolver svgTemplateResolver(ThymeleafProperties thymeleaf) {
		SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
		resolver.setPrefix(thymeleaf.getPrefix());
		resolver.setSuffix(".svg");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(Set.of(MapExportController.SVG_TEMPLATE));
		resolver.setCheckExistence(true);
		resolver.setCacheable(thymeleaf.isCache());
		resolver.setOrder(0);
		return resolver;
	}

}
