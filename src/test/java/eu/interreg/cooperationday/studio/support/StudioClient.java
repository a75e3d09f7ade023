package eu.interreg.cooperationday.studio.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Talks to a running studio over real HTTP, as an outside client would: multipart uploads, JSON
 * status, and download links followed by hand (redirects are not followed automatically, so tests
 * see the 302).
 */
public final class StudioClient {

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final ObjectMapper json = new ObjectMapper();

	private final String base;

	public StudioClient(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A file part of a multipart form. */
	public record FilePart(String filename, String contentType, byte[] bytes) {
	}

	public HttpResponse<String> submit(Map<String, Object> fields) throws IOException, InterruptedException {
		return this.http.send(multipart("/api/render-requests", fields), HttpResponse.BodyHandlers.ofString());
	}

	/** POSTs the fields as multipart/form-data to a path, answering the body as bytes (an image, say). */
	public HttpResponse<byte[]> post(String path, Map<String, Object> fields) throws IOException, InterruptedException {
		return this.http.send(multipart(path, fields), HttpResponse.BodyHandlers.ofByteArray());
	}

	private HttpRequest multipart(String path, Map<String, Object> fields) {
		String boundary = "----studio" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, Object> field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
			if (field.getValue() instanceof FilePart file) {
				body.writeBytes(("Content-Disposition: form-data; name=\"" + field.getKey() + "\"; filename=\""
						+ file.filename() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(file.bytes());
			}
			else if (field.getValue() instanceof byte[] raw) {
				// a text field's bytes as they are, UTF-8 or not
				body.writeBytes(("Content-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(raw);
			}
			else {
				body.writeBytes(("Content-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				body.writeBytes(String.valueOf(field.getValue()).getBytes(StandardCharsets.UTF_8));
			}
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json, application/problem+json, image/png")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

	/**
	 * Submits the web form as a browser does: loads the form for its session cookie and CSRF token, then
	 * POSTs the fields with the token; answers the page that comes back.
	 */
	public HttpResponse<String> submitForm(Map<String, Object> fields) throws IOException, InterruptedException {
		HttpClient browser = browser();
		Map<String, Object> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrf(browser.send(HttpRequest.newBuilder(URI.create(this.base + "/")).build(),
				HttpResponse.BodyHandlers.ofString()).body()));
		return browser.send(multipart("/", withToken), HttpResponse.BodyHandlers.ofString());
	}

	/** A client that keeps its cookies (a session) and does not follow redirects, as a test of pages needs. */
	private static HttpClient browser() {
		return HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** The CSRF token of a page's form. */
	private static String csrf(String page) {
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page);
		if (!csrf.find()) {
			throw new AssertionError("No CSRF token in the page: " + page);
		}
		return csrf.group(1);
	}

	/** Starts a staff bulk render: the CSV of programmes and the zip of their logos, with HTTP Basic. */
	public HttpResponse<String> bulk(byte[] csv, byte[] zip, String user, String password)
			throws IOException, InterruptedException {
		String boundary = "----bulk" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		part(body, boundary, "programmes", "programmes.csv", "text/csv", csv);
		part(body, boundary, "logos", "logos.zip", "application/zip", zip);
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + "/api/bulk-renders"))
			.header("Authorization", basic(user, password))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** POSTs a URL-encoded form, as a browser's form does; redirects are not followed. */
	public HttpResponse<String> postForm(String url, Map<String, String> fields) throws IOException, InterruptedException {
		StringBuilder body = new StringBuilder();
		fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
			.append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8)));
		return this.http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : this.base + url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** GET with HTTP Basic, for the staff API. */
	public HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Authorization", basic(user, password))
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Signs in through the login form, as a person would (session cookie, CSRF token), and returns /staff. */
	public String staffConsole(String user, String password) throws IOException, InterruptedException {
		HttpClient browser = signedIn(user, password);
		return browser.send(HttpRequest.newBuilder(URI.create(this.base + "/staff")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	/** An HTTP client signed in to the staff console through the login form (its session in a cookie). */
	public HttpClient signedIn(String user, String password) throws IOException, InterruptedException {
		HttpClient browser = browser();
		String login = browser.send(HttpRequest.newBuilder(URI.create(this.base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ java.net.URLEncoder.encode(csrf(login), StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new AssertionError("Sign-in refused: " + signedIn.statusCode() + " " + signedIn.headers().map());
		}
		return browser;
	}

	private static String basic(String user, String password) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static void part(ByteArrayOutputStream body, String boundary, String name, String file, String type,
			byte[] bytes) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
				+ file + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(bytes);
		body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
	}

	public static Map<String, Object> form(Object... keyValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) {
			map.put((String) keyValues[i], keyValues[i + 1]);
		}
		return map;
	}

	public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
		URI uri = URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : this.base + pathOrUrl);
		return this.http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The absolute address of a path of the studio. */
	public String url(String path) {
		return this.base + path;
	}

	public HttpResponse<byte[]> getBytes(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	public JsonNode json(String body) {
		return this.json.readTree(body);
	}

	/** Polls the status until it is DONE or FAILED, or the time runs out. */
	public JsonNode awaitFinished(String id, Duration timeout) {
		return awaitFinished(id, timeout, Duration.ofMillis(200));
	}

	private JsonNode awaitFinished(String id, Duration timeout, Duration pollInterval) {
		return Awaitility.await(id)
			.atMost(timeout)
			.pollInterval(pollInterval)
			.until(() -> json(get("/api/render-requests/" + id).body()),
					(status) -> Set.of("DONE", "FAILED").contains(status.get("status").asString()));
	}

	/**
	 * Waits until every request of a staff bulk is DONE or FAILED and answers the bulk's final status. The
	 * requests are followed through their public status, one a second, and the staff API (HTTP Basic, a
	 * bcrypt check of some 30 ms of CPU per call) is asked only at the start and the end, so that a
	 * benchmark which counts the studio's CPU does not count its own polling.
	 */
	public JsonNode awaitBulk(String bulk, String user, String password, Duration timeout)
			throws IOException, InterruptedException {
		List<String> requests = new ArrayList<>();
		for (JsonNode request : json(get("/api/bulk-renders/" + bulk, user, password).body()).get("requests")) {
			requests.add(request.asString());
		}
		long deadline = System.nanoTime() + timeout.toNanos();
		for (String request : requests) {
			awaitFinished(request, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())), Duration.ofSeconds(1));
		}
		return json(get("/api/bulk-renders/" + bulk, user, password).body());
	}

	/** Follows a stable link: expects the 302, then fetches the presigned URL it points to. */
	public HttpResponse<byte[]> download(String link) throws IOException, InterruptedException {
		HttpResponse<String> redirect = get(link);
		if (redirect.statusCode() != 302) {
			throw new AssertionError("Expected 302 from " + link + " but got " + redirect.statusCode() + ": "
					+ redirect.body());
		}
		return getBytes(redirect.headers().firstValue("Location").orElseThrow());
	}

	public static List<String> links(String text) {
		return java.util.regex.Pattern.compile("https?://\\S+/d/[A-Za-z0-9_-]+")
			.matcher(text)
			.results()
			.map(java.util.regex.MatchResult::group)
			.toList();
	}

}
