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

# --- Run -----------------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
WORKDIR /app

RUN groupadd --system faultline \
	&& useradd --system --gid faultline --home-dir /app --shell /usr/sbin/nologin faultline

COPY --from=build --chown=faultline:faultline /workspace/app/ ./

USER faultline
EXPOSE 8080
# Memory (docs/operations.md, "Memory"): a 384 MB heap and two malloc arenas kept the process
# under 560 MB at 32 connections on the 2M-event benchmark. Override with -e JAVA_TOOL_OPTIONS=...
ENV MALLOC_ARENA_MAX=2 JAVA_TOOL_OPTIONS="-Xmx384m"
ENTRYPOINT ["java", "-jar", "app.jar"]
