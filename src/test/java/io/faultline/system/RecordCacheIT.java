package io.faultline.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A value the record's cache does not hold is computed once, however many requests ask
 * for it at the same time.
 */
@IntegrationTest
class RecordCacheIT {

	private static final int REQUESTS = 8;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The first computation is held until every other request is waiting (parked), either
	 * for it or, without the single computation, inside a computation of its own.
	 */
	@Test
	void computesAValueOnceForRequestsThatAskAtTheSameTime() throws Exception {
		RecordCache<String> cache = new RecordCache<>(this.jdbc, 100, (value) -> 1);
		AtomicInteger computations = new AtomicInteger();
		CountDownLatch release = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		ExecutorService requests = Executors.newFixedThreadPool(REQUESTS, (task) -> {
			Thread thread = new Thread(task);
			threads.add(thread);
			return thread;
		});
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				answers.add(requests.submit(() -> cache.get("count of Kidal", () -> {
					int computation = computations.incrementAndGet();
					await(release);
					return 1_000 + computation;
				})));
			}
			waitUntilAllParked(threads);
			release.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(1_001);
			}
			assertThat(computations).hasValue(1);
			assertThat(cache.<Integer>get("count of Kidal", () -> -1)).as("kept afterwards").isEqualTo(1_001);
		}
		finally {
			release.countDown();
			requests.shutdownNow();
		}
	}

	/**
	 * A request that finds a value being computed as of an older version computes its own
	 * instead of waiting for one it could not use; the older one, once done, is not kept.
	 */
	@Test
	void doesNotWaitForAComputationAsOfAnOlderVersion() throws Exception {
		RecordCache<String> cache = new RecordCache<>(this.jdbc, 100, (value) -> 1);
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService requests = Executors.newSingleThreadExecutor();
		try {
			Future<String> older = requests.submit(() -> cache.get("count of Gao", () -> {
				computing.countDown();
				await(release);
				return "before the change";
			}));
			assertThat(computing.await(30, TimeUnit.SECONDS)).isTrue();
			this.jdbc.sql("SELECT nextval('record_version_seq')").query(Long.class).single();
			assertThat(cache.<String>get("count of Gao", () -> "after the change")).isEqualTo("after the change");
			release.countDown();
			assertThat(older.get(30, TimeUnit.SECONDS)).isEqualTo("before the change");
			assertThat(cache.<String>get("count of Gao", () -> "again")).isEqualTo("after the change");
		}
		finally {
			release.countDown();
			requests.shutdownNow();
		}
	}

	@Test
	void aFailedComputationIsNotKeptAndTheNextRequestComputesAgain() {
		RecordCache<String> cache = new RecordCache<>(this.jdbc, 100, (value) -> 1);
		assertThatIllegalStateException().isThrownBy(() -> cache.get("chart of Gao", () -> {
			throw new IllegalStateException("statement timeout");
		})).withMessage("statement timeout");
		assertThat(cache.<String>get("chart of Gao", () -> "drawn")).isEqualTo("drawn");
		assertThat(cache.<String>get("chart of Gao", () -> "drawn again")).isEqualTo("drawn");
	}

	@Test
	void computesAgainOnceTheRecordHasChanged() {
		RecordCache<String> cache = new RecordCache<>(this.jdbc, 100, (value) -> 1);
		assertThat(cache.<String>get("dashboard", () -> "before")).isEqualTo("before");
		this.jdbc.sql("SELECT nextval('record_version_seq')").query(Long.class).single();
		assertThat(cache.<String>get("dashboard", () -> "after")).isEqualTo("after");
		assertThat(cache.<String>get("dashboard", () -> "again")).isEqualTo("after");
	}

	private static void waitUntilAllParked(List<Thread> threads) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (threads.size() < REQUESTS
				|| !threads.stream().allMatch((thread) -> thread.getState() == Thread.State.WAITING)) {
			assertThat(System.nanoTime()).as("all requests waiting within 30 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(); // untimed, to be seen WAITING; released at the latest in a
							// finally
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
