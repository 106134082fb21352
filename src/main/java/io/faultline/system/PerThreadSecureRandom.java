package io.faultline.system;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A {@link SecureRandom} that draws from a DRBG of the calling thread's own. The default
 * one on Linux (NativePRNG, also behind {@code UUID.randomUUID()}) reads and mixes under
 * one lock for the whole JVM, and each anonymous page view draws twice (a new CSRF token,
 * then its mask): under load the page threads queued there (JFR: waits of 150 ms on
 * average at 32 connections).
 */
final class PerThreadSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient ThreadLocal<SecureRandom> generators = ThreadLocal
		.withInitial(PerThreadSecureRandom::newGenerator);

	@Override
	public void nextBytes(byte[] bytes) {
		this.generators.get().nextBytes(bytes);
	}

	@Override
	public int nextInt() {
		return this.generators.get().nextInt();
	}

	@Override
	public long nextLong() {
		return this.generators.get().nextLong();
	}

	private static SecureRandom newGenerator() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("This JDK has no DRBG SecureRandom", ex);
		}
	}

}
