package org.ogirollup.operations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Sign-in for the API: HTTP Basic against the users of {@link AnalystUsers}, every
 * {@code /api/**} and actuator endpoint authenticated except {@code /actuator/health}, which a
 * load balancer or monitor may poll anonymously (it shows details to signed-in users only). The
 * error page is open to the error dispatch only, so that a refused sign-in is answered in JSON
 * too; asked for directly, {@code /error} needs sign-in like the rest. Starting and restarting
 * runs needs the role analyst; reading, any role ({@link Role}: admin includes analyst, analyst
 * includes viewer). The console's pages have a chain of their own, with form sign-in and
 * sessions ({@code org.ogirollup.console}); this one comes first and takes only its addresses.
 * <p>
 * CSRF protection is off for {@code /api/**}: the API is called by scripts with HTTP Basic
 * credentials on every request and no session or cookie, so a forged cross-site request carries
 * no credentials the browser would add by itself. Sessions are never created; a password found
 * right is remembered for a few minutes instead ({@link VerifiedPasswords}), so that a caller does
 * not pay a bcrypt check with every call.
 */
@Configuration(proxyBeanMethods = false)
@Profile(ServeConfiguration.PROFILE)
@EnableConfigurationProperties(AnalystUsers.class)
class SecurityConfiguration {

	/** The addresses of the API's chain; every other address is the console's. */
	static final String[] API_ADDRESSES = { "/api/**", "/actuator/**", "/error" };

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(API_ADDRESSES)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				// the error page renders the error of a request already decided on, such as a refused sign-in
				.dispatcherTypeMatchers(DispatcherType.ERROR)
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasRole(Role.VIEWER.authority())
				.requestMatchers("/api/**")
				.hasRole(Role.ANALYST.authority())
				.anyRequest()
				.authenticated())
			.httpBasic(Customizer.withDefaults())
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/api/**"))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/** Admin includes analyst, analyst includes viewer: each address names the least role it needs. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_ANALYST\nROLE_ANALYST > ROLE_VIEWER");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
	}

	@Bean
	UserDetailsService analysts(AnalystUsers configured) {
		if (configured.users().isEmpty()) {
			throw new IllegalStateException("no users configured: set ogi.users[0].name and ogi.users[0].password");
		}
		List<UserDetails> users = new ArrayList<>();
		for (int i = 0; i < configured.users().size(); i++) {
			AnalystUsers.User user = configured.users().get(i);
			if (user.name() == null || user.name().isBlank()) {
				throw new IllegalStateException("ogi.users[" + i + "].name is required");
			}
			if (user.password() == null || !user.password().matches("\\{[a-z0-9]+\\}.+")) {
				throw new IllegalStateException("ogi.users[" + i + "].password must be a hashed password such as"
						+ " {bcrypt}$2a$10$..., never the plain password");
			}
			Role role;
			try {
				role = user.roleOrDefault();
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("ogi.users[" + i + "].role: " + ex.getMessage(), ex);
			}
			users.add(User.withUsername(user.name()).password(user.password()).roles(role.authority()).build());
		}
		return new InMemoryUserDetailsManager(users);
	}

}
