package org.ogirollup.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The password check that remembers a right password for a while, and never a wrong one. */
class VerifiedPasswordsTest {

	private static final String HASH = "{test}right";

	private final AtomicInteger checks = new AtomicInteger();

	private final CountDownLatch release = new CountDownLatch(1);

	private volatile boolean holdChecks;

	private Instant now = Instant.parse("2026-12-02T00:00:00Z");

	private final VerifiedPasswords passwords = new VerifiedPasswords(new CountingEncoder(), new Clock() {

		@Override
		public Instant instant() {
			return VerifiedPasswordsTest.this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	});

	@Test
	void aRightPasswordIsCheckedOnceWhileItIsRemembered() {
		for (int i = 0; i < 100; i++) {
			assertThat(this.passwords.matches("right", HASH)).isTrue();
		}
		assertThat(this.checks).hasValue(1);

		this.now = this.now.plus(VerifiedPasswords.REMEMBERED).plusSeconds(1);
		assertThat(this.passwords.matches("right", HASH)).isTrue();
		assertThat(this.checks).hasValue(2);
	}

	@Test
	void aWrongPasswordIsCheckedEveryTimeAndNeverTakenForRight() {
		assertThat(this.passwords.matches("right", HASH)).isTrue();
		for (int i = 0; i < 10; i++) {
			assertThat(this.passwords.matches("wrong", HASH)).isFalse();
		}
		// the right password against another hash is another pair
		assertThat(this.passwords.matches("right", "{test}other")).isFalse();
		assertThat(this.checks).hasValue(12);
	}

	@Test
	void callersWithTheSamePasswordAtOnceWaitForOneCheck() throws Exception {
		this.holdChecks = true;
		ExecutorService callers = Executors.newFixedThreadPool(20);
		try {
			List<Future<Boolean>> answers = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				answers.add(callers.submit(() -> this.passwords.matches("right", HASH)));
			}
			// most callers ask while the one check runs; a later one finds it remembered: one check either way
			Thread.sleep(Duration.ofMillis(200).toMillis());
			this.release.countDown();
			for (Future<Boolean> answer : answers) {
				assertThat(answer.get(1, TimeUnit.MINUTES)).isTrue();
			}
		}
		finally {
			callers.shutdownNow();
		}
		assertThat(this.checks).hasValue(1);
	}

	/** A stand-in for bcrypt: "right" matches {@value #HASH}; counts its checks, and can hold them. */
	private final class CountingEncoder implements PasswordEncoder {

		@Override
		public String encode(CharSequence rawPassword) {
			return "{test}" + rawPassword;
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			VerifiedPasswordsTest.this.checks.incrementAndGet();
			if (VerifiedPasswordsTest.this.holdChecks) {
				try {
					VerifiedPasswordsTest.this.release.await(1, TimeUnit.MINUTES);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return encodedPassword.equals("{test}" + rawPassword);
		}

	}

}
