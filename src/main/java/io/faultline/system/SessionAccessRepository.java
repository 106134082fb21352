package io.faultline.system;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session JDBC's sessions ({@code S}), with each session's last access time moved
 * at most once every {@link #WRITE_EVERY}, as an API token's last use is
 * (ApiTokenService). Spring Session moves it on every request otherwise, which costs each
 * signed-in page a transaction and an {@code UPDATE}; a request that changes nothing else
 * in its session now writes nothing (Spring Session saves only what changed). A session
 * therefore ends, and is cleaned up, up to {@link #WRITE_EVERY} before its inactivity
 * timeout would otherwise end it.
 *
 * @param <S> Spring Session's session
 */
final class SessionAccessRepository<S extends Session>
		implements FindByIndexNameSessionRepository<SessionAccessRepository.AccessedSession<S>> {

	static final Duration WRITE_EVERY = Duration.ofMinutes(1);

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

	@Override
	public AccessedSession<S> findById(String id) {
		S session = this.sessions.findById(id);
		return (session != null) ? new AccessedSession<>(session) : null;
	}

	@Override
	public void deleteById(String id) {
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
