package io.faultline.system;

import java.util.function.Supplier;

/**
 * Why the record is being changed, for the history: set around a write, read by the
 * connection that carries it to the database.
 */
public final class ChangeReason {

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private ChangeReason() {
	}

	public static <T> T during(String reason, Supplier<T> change) {
		String previous = CURRENT.get();
		CURRENT.set(reason);
		try {
			return change.get();
		}
		finally {
			CURRENT.set(previous);
		}
	}

	public static void during(String reason, Runnable change) {
		during(reason, () -> {
			change.run();
			return null;
		});
	}

	/** Whether an editor gave a reason (not just blanks). */
	public static boolean given(String reason) {
		return reason != null && !reason.isBlank();
	}

	static String current() {
		return CURRENT.get();
	}

}
