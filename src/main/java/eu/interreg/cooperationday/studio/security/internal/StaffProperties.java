package eu.interreg.cooperationday.studio.security.internal;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Campaign staff ({@code studio.staff.*}). {@code users} hold bcrypt hashes ({@code {bcrypt}$2a$...} or
 * plain {@code $2a$...}); {@code username} and {@code password} (STUDIO_STAFF_USERNAME,
 * STUDIO_STAFF_PASSWORD) add a bootstrap user for deployments and tests. With neither, one is generated
 * and its password logged once. {@code jurors} names the staff users who are also the competition's jury.
 * {@code secureCookies} marks the session cookie Secure (behind HTTPS).
 */
@ConfigurationProperties("studio.staff")
record StaffProperties(String username, String password, @DefaultValue List<User> users,
		@DefaultValue("false") boolean secureCookies, @DefaultValue List<String> jurors) {

	/** A configured staff user. */
	public record User(String username, String passwordHash) {
	}

}
