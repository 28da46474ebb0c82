package org.ogirollup.console;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import org.ogirollup.operations.Role;

/**
 * Sign-in for the console's pages, after the API's chain has taken its own addresses: a sign-in
 * page (form login, a session cookie that ends after {@code server.servlet.session.timeout}
 * without a request), CSRF tokens on every form, and sign-out. Reading needs any role; taking in
 * a correction and starting a run, the analyst's; the administration page, the admin's. Every
 * address and method not named here needs the analyst's role, so a new form is never open by
 * mistake.
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
class ConsoleSecurityConfiguration {

	/** Pages and files anyone may fetch: the sign-in page and what it is drawn with. */
	static final String[] OPEN = { "/login", "/console/**", "/webjars/**", "/favicon.ico" };

	@Bean
	@Order(2)
	SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(OPEN)
			.permitAll()
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.authority())
			.requestMatchers("/corrections/**", "/years/*/units/*/correction")
			.hasRole(Role.ANALYST.authority())
			.requestMatchers(HttpMethod.GET, "/**")
			.hasRole(Role.VIEWER.authority())
			.anyRequest()
			.hasRole(Role.ANALYST.authority()))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.deleteCookies("JSESSIONID")
				.invalidateHttpSession(true))
			.sessionManagement((sessions) -> sessions.invalidSessionUrl("/login?expired"))
			// back to the page asked for before sign-in, under its own address (no "?continue")
			.requestCache((cache) -> cache.requestCache(requestCache()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self';"
					+ " script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none';"
					+ " frame-ancestors 'none'; form-action 'self'; base-uri 'self'")));
		return http.build();
	}

	private static HttpSessionRequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

}
