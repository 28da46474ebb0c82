package org.ogirollup.operations;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The analysts' password check, remembering for a few minutes the passwords it has found
 * right. HTTP Basic sends the password with every call, and checking it against its bcrypt hash
 * takes about 0.1 s of CPU on purpose: 200 callers at once waited 10 s and more for the list of
 * runs, nearly all of it bcrypt. A password found right is remembered by an HMAC of it and its
 * hash under a key made at start and never stored, so the memory holds no password and no
 * hash an attacker could test guesses against; a wrong password is never remembered, and each
 * guess still costs the full bcrypt. Callers that present the same unremembered password at once
 * wait for one check instead of each running its own.
 */
final class VerifiedPasswords implements PasswordEncoder {

	/** How long a password found right is taken without a new bcrypt check. */
	static final Duration REMEMBERED = Duration.ofMinutes(5);

	/** Enough for every analyst; past it, the memory starts afresh rather than growing. */
	private static final int MAX_REMEMBERED = 1000;

	private record Check(CompletableFuture<Boolean> result, Instant until) {
	}

	private final PasswordEncoder delegate;

	private final Clock clock;

	private final SecretKeySpec key;

	private final ConcurrentMap<String, Check> checks = new ConcurrentHashMap<>();

	VerifiedPasswords(PasswordEncoder delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		this.key = new SecretKeySpec(secret, "HmacSHA256");
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return this.delegate.matches(rawPassword, encodedPassword);
		}
		String id = hmac(rawPassword + "\u0000" + encodedPassword);
		Instant now = this.clock.instant();
		CompletableFuture<Boolean> mine = new CompletableFuture<>();
		Check check = this.checks.compute(id, (key, known) -> (known != null && now.isBefore(known.until())) ? known
				: new Check(mine, now.plus(REMEMBERED)));
		if (check.result() != mine) {
			return check.result().join();
		}
		boolean right = false;
		try {
			right = this.delegate.matches(rawPassword, encodedPassword);
			return right;
		}
		finally {
			mine.complete(right);
			if (!right) {
				this.checks.remove(id, check);
			}
			else if (this.checks.size() > MAX_REMEMBERED) {
				this.checks.clear();
			}
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

	private String hmac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("every Java runtime has HmacSHA256", ex);
		}
	}

}
