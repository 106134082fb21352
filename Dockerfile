# syntax=docker/dockerfile:1

# --- Build ---------------------------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace

# The wrapper and the POM first, so the dependency layer is reused until pom.xml changes.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline

# Migrations and the demo record live in db/ and are packaged into the jar by the POM.
COPY src src
COPY db db
# Extracted (Spring Boot's tools jar mode): a plain class path starts faster than the nested
# jar (BENCHMARKS.md: 7.4 s against 11.6 s on a 2-core machine).
RUN ./mvnw -B -q package -DskipTests \
	&& java -Djarmode=tools -jar target/faultline-*.jar extract --destination /workspace/app \
		--application-filename app.jar

# --- Ahead-of-time cache --------------------------------------------------------------------
# Java 25's ahead-of-time cache, from a training run that starts the application up to the end
# of its context's refresh (BENCHMARKS.md, "Startup": about half the start on a 2-core machine).
# No database is there when the image is built, so the run leaves out what would need one:
# Flyway, and Hibernate's reading of the database's metadata (it is told the dialect instead).
# The cache must be made by the JVM that uses it, so this stage is the run stage's image.
FROM eclipse-temurin:25-jre AS cache
WORKDIR /app
COPY --from=build /workspace/app/ ./
ENV MALLOC_ARENA_MAX=2 JAVA_TOOL_OPTIONS="-Xmx384m"
# Its log (connection refused, from beans that try the absent database) is shown only if it fails.
RUN java -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar app.jar \
		--faultline.demo.enabled=false --spring.flyway.enabled=false --spring.jpa.hibernate.ddl-auto=none \
		--spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
		--spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect >/tmp/training.log 2>&1 \
	&& test -s app.aot || { cat /tmp/training.log; exit 1; }

# --- Run -----------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
WORKDIR /app

RUN groupadd --system faultline \
	&& useradd --system --gid faultline --home-dir /app --shell /usr/sbin/nologin faultline

COPY --from=cache --chown=faultline:faultline /app/ ./

USER faultline
EXPOSE 8080
# Memory (docs/operations.md, "Memory"): a 384 MB heap and two malloc arenas kept the process
# under 560 MB at 32 connections on the 2M-event benchmark. Override with -e JAVA_TOOL_OPTIONS=...
ENV MALLOC_ARENA_MAX=2 JAVA_TOOL_OPTIONS="-Xmx384m"
# The JVM checks that the cache was made from this jar and by this JVM, and starts without it
# (with a warning) otherwise.
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-jar", "app.jar"]
