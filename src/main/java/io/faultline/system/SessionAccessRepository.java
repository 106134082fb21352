package io.faultline.system;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session JDBC's sessions ({@code S}), with each session's last access time moved
 * at most once every {@link #WRITE_EVERY}, as an API token's last use is
 * (ApiTokenService). Spring Session moves it on every request otherwise, which costs each
 * signed-in page a transaction and an {@code UPDATE}; a request that changes nothing else
 * in its session now writes nothing (Spring Session saves only what changed). A session
 * therefore ends, and is cleaned up, up to {@link #WRITE_EVERY} before its inactivity
 * timeout would otherwise end it. A request reads its session once ({@link #findById}),
 * in one {@code SELECT} outside a transaction (SessionConfiguration).
 *
 * @param <S> Spring Session's session
 */
final class SessionAccessRepository<S extends Session>
		implements FindByIndexNameSessionRepository<SessionAccessRepository.AccessedSession<S>> {

	static final Duration WRITE_EVERY = Duration.ofMinutes(1);

	/**
	 * The sessions read in the request this thread is serving
	 * ({@link ReadOncePerRequest}).
	 */
	private static final ThreadLocal<Map<String, AccessedSession<?>>> readThisRequest = new ThreadLocal<>();

	/**
	 * Set while {@link #findById} waits for Spring Session's look-up
	 * ({@link #lookingUp}).
	 */
	private static final ThreadLocal<Boolean> lookUp = new ThreadLocal<>();

	private final FindByIndexNameSessionRepository<S> sessions;

	SessionAccessRepository(FindByIndexNameSessionRepository<S> sessions) {
		this.sessions = sessions;
	}

	@Override
	public AccessedSession<S> createSession() {
		return new AccessedSession<>(this.sessions.createSession());
	}

	@Override
	public void save(AccessedSession<S> session) {
		this.sessions.save(session.session);
	}

	/**
	 * The session of this id, read once per request: a second look-up in the same request
	 * ({@link ReadOncePerRequest}) gets the session of the first while its id is
	 * unchanged. Spring Session's filter looks the requested session up again after
	 * saving it, when it commits the response and again when the request ends
	 * (spring-session #1731), only to learn the requested id it already knew: a second
	 * {@code SELECT} and transaction on every signed-in request.
	 */
	@Override
	@SuppressWarnings("unchecked")
	public AccessedSession<S> findById(String id) {
		Map<String, AccessedSession<?>> read = readThisRequest.get();
		AccessedSession<S> known = (read != null) ? (AccessedSession<S>) read.get(id) : null;
		if (known != null && known.getId().equals(id)) {
			return known;
		}
		S session;
		lookUp.set(Boolean.TRUE);
		try {
			session = this.sessions.findById(id);
		}
		finally {
			lookUp.remove();
		}
		AccessedSession<S> found = (session != null) ? new AccessedSession<>(session) : null;
		if (read != null && found != null) {
			read.put(id, found);
		}
		return found;
	}

	/**
	 * Whether the session transaction about to start is {@link #findById}'s look-up, a
	 * single {@code SELECT}; answers once, so that what Spring Session does next in the
	 * same call (deleting the session it found expired) gets a transaction as usual.
	 */
	static boolean lookingUp() {
		boolean lookingUp = lookUp.get() != null;
		lookUp.remove();
		return lookingUp;
	}

	@Override
	public void deleteById(String id) {
		Map<String, AccessedSession<?>> read = readThisRequest.get();
		if (read != null) {
			read.values().removeIf((session) -> session.getId().equals(id));
		}
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, AccessedSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		return this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (found) -> new AccessedSession<>(found.getValue())));
	}

	/**
	 * The request's scope of {@link #findById}: a filter just outside Spring Session's
	 * (SessionConfiguration), so that it spans both of that filter's look-ups. A dispatch
	 * within the request's own filter chain reuses the scope it finds; an error page,
	 * dispatched by the container once that chain has returned, gets a scope of its own.
	 */
	static final class ReadOncePerRequest implements Filter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws IOException, ServletException {
			if (readThisRequest.get() != null) {
				chain.doFilter(request, response);
				return;
			}
			readThisRequest.set(new HashMap<>(4));
			try {
				chain.doFilter(request, response);
			}
			finally {
				readThisRequest.remove();
			}
		}

	}

	/**
	 * A session whose last access time moves only once it is {@link #WRITE_EVERY} old;
	 * everything else is Spring Session's.
	 *
	 * @param <S> Spring Session's session
	 */
	static final class AccessedSession<S extends Session> implements Session {

		private final S session;

		AccessedSession(S session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.session.getLastAccessedTime().plus(WRITE_EVERY))) {
				this.session.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
