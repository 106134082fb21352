package io.faultline.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.faultline.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server, with compression on as {@code docker compose} runs it (the
 * test profile turns it on): the maps' and the API's JSON, style sheets and scripts are
 * compressed for clients that ask, and read back the same; pages are not (BREACH).
 * Responses under 2 kB (Spring Boot's threshold) are sent as they are.
 */
@IntegrationTest
class CompressionIT {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/map/control.geojson?date=2023-06-01", "/api/v1/events", "/css/faultline.css",
			"/webjars/leaflet/dist/leaflet.js" })
	void compressesDataStyleSheetsAndScriptsForClientsThatAsk(String path) throws Exception {
		HttpResponse<byte[]> plain = get(path, false);
		HttpResponse<byte[]> gzip = get(path, true);

		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body().length).as("above the server's threshold").isGreaterThanOrEqualTo(2048);
		assertThat(gzip.statusCode()).isEqualTo(200);
		assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzip.body().length).isLessThan(plain.body().length);
		assertThat(gunzip(gzip.body())).isEqualTo(plain.body());
	}

	@Test
	void leavesPagesUncompressed() throws Exception {
		HttpResponse<byte[]> page = get("/timeline", true);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(page.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<html");
	}

	private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

}
