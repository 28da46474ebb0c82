package org.ogirollup.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.ogirollup.operations.RunHistory;
import org.ogirollup.operations.RunTrigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every address that changes anything, refused without a session, without the role, and without
 * the CSRF token, with nothing written and no run queued; uploads refused for a name with a path
 * in it or a size over the limit, over MockMvc and over real HTTP, with nothing written either.
 * The table of addresses is checked against the application's own mappings, so a new form that
 * changes something cannot be left out of it.
 */
class ConsoleSecurityTests extends ConsoleTestSupport {

	/** The unit whose files the tests upload: a county of 锦州市 with a clean 2021 report. */
	private static final String UNIT = "210711";

	/** Every mapping that changes something, as the application declares it. */
	private static final Set<String> MUTATING = Set.of("POST /runs", "POST /years/{year}/units/{code}/correction",
			"POST /corrections/{id}/commit", "POST /corrections/{id}/discard", "POST /api/runs",
			"POST /api/runs/{id}/restart");

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Corrections corrections;

	@Autowired
	RunHistory history;

	@Autowired
	RunTrigger trigger;

	private MockMvc mvc;

	private String pending;

	@BeforeEach
	void aPendingCorrection() throws IOException {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		byte[] file = Files.readAllBytes(input.resolve(YEAR + "/" + UNIT + ".csv"));
		this.pending = this.corrections
			.take(YEAR, UNIT, UNIT + ".csv", file.length, new java.io.ByteArrayInputStream(file), "analyst")
			.id();
	}

	@AfterEach
	void discardIt() throws InterruptedException {
		this.corrections.discard(this.pending);
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (!this.trigger.idle() && Instant.now().isBefore(deadline)) {
			Thread.sleep(100);
		}
	}

	@Test
	void theTableHoldsEveryMappingThatChangesSomething() {
		Set<String> declared = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			if (patterns.contains("/error")) {
				continue;
			}
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
			assertThat(methods).as("a mapping of every method: %s", patterns).isNotEmpty();
			for (var method : methods) {
				if (method != org.springframework.web.bind.annotation.RequestMethod.GET
						&& method != org.springframework.web.bind.annotation.RequestMethod.HEAD) {
					patterns.forEach((pattern) -> declared.add(method + " " + pattern));
				}
			}
		}
		assertThat(declared).isEqualTo(new TreeSet<>(MUTATING));
	}

	@Test
	void everyPageThatChangesSomethingIsRefusedWithoutSessionRoleOrToken() throws Exception {
		Map<String, Supplier<AbstractMockHttpServletRequestBuilder<?>>> requests = new LinkedHashMap<>();
		requests.put("POST /runs", () -> post("/runs").param("year", String.valueOf(YEAR)));
		requests.put("POST /years/{year}/units/{code}/correction",
				() -> multipart("/years/{y}/units/{c}/correction", YEAR, UNIT).file(upload(UNIT + ".csv", 100)));
		requests.put("POST /corrections/{id}/commit", () -> post("/corrections/{id}/commit", this.pending));
		requests.put("POST /corrections/{id}/discard", () -> post("/corrections/{id}/discard", this.pending));
		Snapshot before = snapshot();
		for (Map.Entry<String, Supplier<AbstractMockHttpServletRequestBuilder<?>>> request : requests.entrySet()) {
			String what = request.getKey();
			// no session: sent to sign in, with a token or without one
			MvcResult anonymous = this.mvc.perform(request.getValue().get().with(csrf())).andReturn();
			assertThat(anonymous.getResponse().getStatus()).as(what).isEqualTo(302);
			assertThat(anonymous.getResponse().getRedirectedUrl()).as(what).endsWith("/login");
			assertRefused(this.mvc.perform(request.getValue().get()).andReturn(), what);
			// a viewer, signed in, with a token
			assertThat(status(request.getValue().get().with(user("viewer").roles("VIEWER")).session(new MockHttpSession()).with(csrf()))).as(what)
				.isEqualTo(403);
			// an analyst in a session, without a token or with a wrong one
			// (a session that holds no token yet is taken for one that has ended: sent to sign in again)
			assertRefused(this.mvc.perform(request.getValue().get().with(user("analyst").roles("ANALYST"))
				.session(new MockHttpSession())).andReturn(), what);
			assertThat(status(request.getValue().get().with(user("analyst").roles("ANALYST")).session(new MockHttpSession()).with(csrf().useInvalidToken())))
				.as(what)
				.isEqualTo(403);
			assertThat(snapshot()).as(what).isEqualTo(before);
		}
		assertThat(requests.keySet()).containsAll(MUTATING.stream().filter((m) -> !m.contains("/api/")).toList());

		// another job definition than the console's is an admin's to run
		assertThat(status(post("/runs").param("year", String.valueOf(YEAR)).param("definition", "nightly")
			.with(user("analyst").roles("ANALYST")).session(new MockHttpSession()).with(csrf()))).isEqualTo(403);
		assertThat(snapshot()).isEqualTo(before);

		// the same requests go through for an analyst with the token: the refusals above were the checks'
		MvcResult discarded = this.mvc
			.perform(post("/corrections/{id}/discard", this.pending).with(user("analyst").roles("ANALYST")).with(csrf()))
			.andReturn();
		assertThat(discarded.getResponse().getRedirectedUrl()).isEqualTo("/years/" + YEAR + "/units/" + UNIT + "?discarded");
		assertThat(this.corrections.find(this.pending)).isEmpty();
		MvcResult uploaded = this.mvc.perform(multipart("/years/{y}/units/{c}/correction", YEAR, UNIT)
			.file(new MockMultipartFile("file", UNIT + ".csv", "text/csv", Files.readAllBytes(input.resolve(YEAR + "/" + UNIT + ".csv"))))
			.with(user("analyst").roles("ANALYST"))
			.with(csrf())).andReturn();
		assertThat(uploaded.getResponse().getRedirectedUrl()).startsWith("/corrections/");
		this.corrections.discard(uploaded.getResponse().getRedirectedUrl().substring("/corrections/".length()));
	}

	@Test
	void theApiLetsOnlyAnalystsStartRuns() throws Exception {
		Snapshot before = snapshot();
		String body = "{\"year\": " + YEAR + "}";
		assertThat(status(post("/api/runs").contentType("application/json").content(body))).isEqualTo(401);
		assertThat(status(post("/api/runs").contentType("application/json").content(body)
			.with(httpBasic("viewer", "demo-viewer-2026")))).isEqualTo(403);
		assertThat(status(post("/api/runs/1/restart").with(httpBasic("viewer", "demo-viewer-2026")))).isEqualTo(403);
		assertThat(status(post("/api/runs/1/restart"))).isEqualTo(401);
		assertThat(snapshot()).isEqualTo(before);
		// reading is every role's
		assertThat(status(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/runs")
			.with(httpBasic("viewer", "demo-viewer-2026")))).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../210711.csv", "..\\210711.csv", "/etc/210711.csv", "210711/../../units.csv",
			"2021/210711.csv", ".210711.csv", "~$210711.csv", "210711.exe", "210712.csv", "210711:x.csv", "210711\u0000.csv",
			"210711..csv" })
	void anUploadWhoseNameIsNoBareNameOfTheUnitIsRefusedAndNothingWritten(String name) throws Exception {
		Snapshot before = snapshot();
		MvcResult result = this.mvc.perform(multipart("/years/{y}/units/{c}/correction", YEAR, UNIT)
			.file(upload(name, 100))
			.with(user("analyst").roles("ANALYST"))
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("<title>请求有误")
			.containsPattern("文件名|不能读取这种文件");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void anUploadOverTheLimitIsRefusedAndNothingWritten() throws Exception {
		Snapshot before = snapshot();
		MvcResult result = this.mvc.perform(multipart("/years/{y}/units/{c}/correction", YEAR, UNIT)
			.file(upload(UNIT + ".csv", 16 * 1024 * 1024 + 1))
			.with(user("analyst").roles("ANALYST"))
			.with(csrf())).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(400);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("文件过大").contains("最多 16 MB");
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void overRealHttpAPathInTheNameAndAFileOverTheLimitAreRefusedAndNothingWritten() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = http.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=analyst&password=demo-analyst-2026&_csrf=" + token(login)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String form = http.send(get("/years/" + YEAR + "/units/" + UNIT + "/correction"), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher action = Pattern.compile("id=\"upload-form\"[^>]*action=\"([^\"]+)\"|action=\"([^\"]+)\"[^>]*id=\"upload-form\"")
			.matcher(form);
		assertThat(action.find()).isTrue();
		String address = ((action.group(1) != null) ? action.group(1) : action.group(2)).replace("&amp;", "&");
		Snapshot before = snapshot();

		HttpResponse<String> dotted = http.send(multipartRequest(address, "../" + UNIT + ".csv", new byte[100]),
				HttpResponse.BodyHandlers.ofString());
		assertThat(dotted.statusCode()).isEqualTo(400);
		assertThat(dotted.body()).contains("文件名不能含路径");
		assertThat(snapshot()).isEqualTo(before);

		HttpResponse<String> huge = http.send(multipartRequest(address, UNIT + ".csv", new byte[20 * 1024 * 1024]),
				HttpResponse.BodyHandlers.ofString());
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body()).contains("文件过大");
		assertThat(snapshot()).isEqualTo(before);
	}

	/** What a refused request must leave as it was: the input, the console's folders, the runs and the pending upload. */
	private record Snapshot(Map<String, String> input, Map<String, String> consoleFiles, long runs, boolean idle,
			boolean pending) {
	}

	private Snapshot snapshot() throws IOException {
		Map<String, String> console = new LinkedHashMap<>(tree(data.resolve("history")));
		tree(data.resolve("uploads")).forEach((name, sum) -> console.put("uploads/" + name, sum));
		return new Snapshot(tree(input), console, this.history.list(0, 1).total(), this.trigger.idle(),
				this.corrections.find(this.pending).isPresent());
	}

	/** Refused for want of a token: forbidden, or sent to sign in again as after a session that ended. */
	private static void assertRefused(MvcResult result, String what) {
		int status = result.getResponse().getStatus();
		assertThat(status).as(what).isIn(302, 403);
		if (status == 302) {
			assertThat(result.getResponse().getRedirectedUrl()).as(what).endsWith("/login?expired");
		}
	}

	private int status(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static MockMultipartFile upload(String name, int size) {
		byte[] bytes = new byte[size];
		java.util.Arrays.fill(bytes, (byte) 'x');
		return new MockMultipartFile("file", name, "text/csv", bytes);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpRequest get(String path) {
		return HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build();
	}

	private static String token(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpRequest multipartRequest(String address, String fileName, byte[] content) throws IOException {
		String boundary = "----console-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(uri(address))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.method(HttpMethod.POST.name(), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
	}

}
