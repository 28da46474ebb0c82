package org.ogirollup.console;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.ogirollup.catalog.Catalog;
import org.ogirollup.catalog.Item;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console end to end in a real headless Chromium, as an analyst uses it over the demo
 * province: sign-in (a wrong password refused), the year page's counts against
 * {@code coverage.csv}, a faulty department's marked cells, a viewer refused an upload, a
 * corrected file taken in through its dry run (the totals it changes and their new values), its
 * commit and run followed live to the end, the new counts, and downloads byte for byte. Each
 * page is photographed into {@code target/console-screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTests extends ConsoleTestSupport {

	static final Path SCREENSHOTS = Path.of("target/console-screenshots");

	@LocalServerPort
	int port;

	private ChromeDriver chrome;

	private Path downloads;

	@BeforeAll
	void startBrowser() throws IOException {
		this.downloads = root.resolve("downloads");
		this.chrome = HeadlessChromium.start(root.resolve("chromium-profile"), this.downloads);
	}

	@AfterAll
	void quitBrowser() {
		if (this.chrome != null) {
			this.chrome.quit();
		}
	}

	@Test
	@Order(1)
	void signInRefusesAWrongPasswordAndOpensTheYearOfTheRightOne() throws IOException {
		// given nobody signed in, every page leads to the sign-in page
		open("/");
		assertThat(this.chrome.getCurrentUrl()).endsWith("/login");
		shot("01-sign-in");

		// when the password is wrong, then it is refused and the page says so
		signIn("analyst", "not-the-password");
		assertThat(this.chrome.getCurrentUrl()).endsWith("/login?error");
		assertThat(text("login-error")).isEqualTo("用户名或密码不对，请重新输入。");
		open("/years/" + YEAR);
		assertThat(this.chrome.getCurrentUrl()).endsWith("/login");

		// when it is right, then the latest year opens
		signIn("analyst", "demo-analyst-2026");
		assertThat(this.chrome.getCurrentUrl()).endsWith("/years/" + YEAR);
		assertThat(this.chrome.findElement(By.tagName("h1")).getText()).isEqualTo(YEAR + " 年度概览");
		assertThat(this.chrome.findElement(By.className("user")).getText()).isEqualTo("analyst（分析员）");
	}

	@Test
	@Order(2)
	void theYearPageCountsWhatCoverageCsvCountsAndFindsByNameOrCode() throws IOException {
		open("/years/" + YEAR);
		Map<String, List<String>> onPage = coverageOnPage();
		Map<String, List<String>> inFile = coverageInFile();

		assertThat(onPage).hasSize(115).isEqualTo(inFile);
		assertThat(List.of(text("total-expected"), text("total-accepted"), text("total-rejected"), text("total-missing")))
			.isEqualTo(inFile.get("210000"));
		assertThat(this.chrome.findElement(By.cssSelector("tr[data-code='210702']")).getAttribute("class"))
			.isEqualTo("state-rejected");
		shot("02-year");

		// a search shows the places whose name or code holds the words, and the regions above them
		WebElement search = this.chrome.findElement(By.id("unit-search"));
		search.sendKeys("锦州");
		assertThat(visibleRows()).containsExactly("210000", "210700");
		search.clear();
		search.sendKeys("21070");
		assertThat(visibleRows()).containsExactly("210000", "210700", "210702", "210703");
		search.clear();
		search.sendKeys(" ");
		search.clear();
	}

	@Test
	@Order(3)
	void aUnitPageMarksTheCellsThatBreakARuleAndSaysWhyInChinese() throws IOException {
		open("/years/" + YEAR + "/units/" + FAULTY);

		assertThat(text("unit-name")).isEqualTo("古塔区发展和改革委员会");
		assertThat(this.chrome.findElement(By.cssSelector("#verdict strong")).getText()).isEqualTo("被退回");
		// R5: review.total 1 against its four parts, all 0
		for (String item : List.of("review.upheld", "review.corrected", "review.other", "review.pending", "review.total")) {
			WebElement cell = cell(item);
			assertThat(cell.getAttribute("class")).as(item).contains("mark").contains("broken");
		}
		assertThat(cell("review.total").getText()).isEqualTo("1");
		assertThat(cell("apply.new.total").getAttribute("class")).doesNotContain("mark");
		assertThat(cell("litigation.direct.total").getAttribute("class")).doesNotContain("mark");
		WebElement r5 = this.chrome.findElement(By.cssSelector("#findings tr[data-rule='R5']"));
		assertThat(r5.getText()).contains("错误（退回）")
			.contains("2021/210702-D01.csv:191")
			.contains("R5 行政复议不平衡：总计 1，不等于 结果维持 0 + 结果纠正 0 + 其他结果 0 + 尚未审结 0 = 0（差 1）");
		shot("03-unit");
		scrollTo(cell("review.total"));
		shot("03-unit-marked-cells");
	}

	@Test
	@Order(4)
	void aViewerSeesEverythingButIsRefusedAnUpload() throws IOException {
		signOut();
		signIn("viewer", "demo-viewer-2026");
		open("/years/" + YEAR + "/units/" + FAULTY);
		assertThat(this.chrome.findElements(By.id("upload-correction"))).isEmpty();
		assertThat(this.chrome.findElements(By.id("findings"))).hasSize(1);

		open("/years/" + YEAR + "/units/" + FAULTY + "/correction");
		assertThat(text("error-title")).isEqualTo("没有权限");
		assertThat(this.chrome.findElements(By.id("upload-form"))).isEmpty();
		shot("04-viewer-refused");
		open("/years/" + YEAR);
		assertThat(this.chrome.findElements(By.id("run-year"))).isEmpty();
		signOut();
	}

	@Test
	@Order(5)
	void aCorrectionShowsTheTotalsItChangesAndCountsOnceCommittedAndRun() throws Exception {
		// given the analyst, and the department's file with review.total put right (1 -> 0)
		signIn("analyst", "demo-analyst-2026");
		Path original = input.resolve(YEAR + "/" + FAULTY + ".csv");
		byte[] originalBytes = Files.readAllBytes(original);
		String corrected = new String(originalBytes, StandardCharsets.UTF_8)
			.replace(FAULTY + ",2021,review.total,1", FAULTY + ",2021,review.total,0");
		assertThat(corrected).isNotEqualTo(new String(originalBytes, StandardCharsets.UTF_8));
		Path upload = Files.createDirectories(root.resolve("to-upload")).resolve(FAULTY + ".csv");
		Files.writeString(upload, corrected);
		Map<String, List<String>> coverageBefore = coverageInFile();
		Map<String, BigDecimal> totalsBefore = totalsInFile();

		// when it is uploaded from the unit's page
		open("/years/" + YEAR + "/units/" + FAULTY);
		clickAndWait(By.id("upload-correction"));
		this.chrome.findElement(By.id("file")).sendKeys(upload.toString());
		shot("05-upload-form");
		clickAndWait(By.id("upload"));

		// then the dry run says what will change, before anything does
		assertThat(this.chrome.getCurrentUrl()).contains("/corrections/");
		assertThat(text("outcome-before")).isEqualTo("被退回");
		assertThat(text("outcome-after")).isEqualTo("已采用");
		assertThat(text("replaced")).isEqualTo("2021/" + FAULTY + ".csv");
		assertThat(this.chrome.findElements(By.cssSelector("#findings-gone tr[data-rule='R5']"))).hasSize(1);
		assertThat(this.chrome.findElements(By.cssSelector("#findings-comes tr[data-rule]"))).isEmpty();
		Map<String, BigDecimal> unitValues = values(corrected);
		Map<String, BigDecimal> expectedChange = contributions(unitValues);
		List<String> chain = List.of("210702", "210700", "210000");
		Set<String> expectedRows = new HashSet<>();
		chain.forEach((node) -> expectedChange.keySet().forEach((item) -> expectedRows.add(node + " " + item)));
		Map<String, BigDecimal[]> shown = new LinkedHashMap<>();
		for (WebElement row : this.chrome.findElements(By.cssSelector("#total-changes tbody tr"))) {
			String key = row.getAttribute("data-node") + " " + row.getAttribute("data-item");
			shown.put(key, new BigDecimal[] { number(row, "before"), number(row, "change"), number(row, "after") });
		}
		assertThat(shown.keySet()).isEqualTo(expectedRows);
		shown.forEach((key, numbers) -> {
			String item = key.substring(key.indexOf(' ') + 1);
			assertThat(numbers[0]).as("stored total of " + key).isEqualByComparingTo(totalsBefore.get(key));
			assertThat(numbers[1]).as("change of " + key).isEqualByComparingTo(expectedChange.get(item));
			assertThat(numbers[2]).as("new total of " + key).isEqualByComparingTo(numbers[0].add(numbers[1]));
		});
		assertThat(Files.readAllBytes(original)).isEqualTo(originalBytes);
		shot("05-dry-run");
		scrollTo(this.chrome.findElement(By.id("total-changes")));
		shot("05-dry-run-totals");

		// when it is committed, then the run of the department's city starts and is followed to its end in place
		clickAndWait(By.id("commit"));
		assertThat(this.chrome.getCurrentUrl()).matches(".*/runs/\\d+");
		((JavascriptExecutor) this.chrome).executeScript("window.notReloaded = true;");
		new WebDriverWait(this.chrome, Duration.ofMinutes(4)).until((driver) -> "COMPLETED"
			.equals(driver.findElement(By.id("status")).getAttribute("data-status")));
		assertThat(((JavascriptExecutor) this.chrome).executeScript("return window.notReloaded === true;")).isEqualTo(true);
		assertThat(text("status")).isEqualTo("已完成");
		assertThat(text("steps-done")).isEqualTo("9");
		assertThat(text("read")).isEqualTo("246");
		assertThat(text("accepted")).isEqualTo("243");
		assertThat(text("rejected")).isEqualTo("3");
		assertThat(this.chrome.findElement(By.cssSelector(".facts")).getText()).contains("analyst").contains("210700 锦州市");
		shot("06-run");

		// and the new file is in the year folder, the old one in the history folder, and the counts and totals are new
		assertThat(Files.readString(original)).isEqualTo(corrected);
		try (Stream<Path> kept = Files.walk(data.resolve("history"))) {
			List<Path> files = kept.filter((path) -> path.getFileName().toString().equals(FAULTY + ".csv")).toList();
			assertThat(files).hasSize(1);
			assertThat(Files.readAllBytes(files.get(0))).isEqualTo(originalBytes);
		}
		Map<String, BigDecimal> totalsAfter = totalsInFile();
		shown.forEach((key, numbers) -> assertThat(totalsAfter.get(key)).as(key).isEqualByComparingTo(numbers[2]));
		clickAndWait(By.id("back-to-year"));
		Map<String, List<String>> coverageAfter = coverageInFile();
		assertThat(coverageOnPage()).isEqualTo(coverageAfter);
		for (String node : chain) {
			List<String> before = coverageBefore.get(node);
			assertThat(coverageAfter.get(node)).as(node)
				.containsExactly(before.get(0), plus(before.get(1), 1), plus(before.get(2), -1), before.get(3));
		}
		assertThat(this.chrome.findElement(By.cssSelector("tr[data-code='210702']")).getAttribute("class"))
			.isEqualTo("state-ok");
		shot("07-year-after-correction");

		// and the unit's page lists the file it sent, and the one it replaced
		open("/years/" + YEAR + "/units/" + FAULTY);
		assertThat(this.chrome.findElement(By.cssSelector("#verdict strong")).getText()).isEqualTo("已采用");
		String files = this.chrome.findElement(By.id("files")).getText();
		assertThat(files).contains("年度文件夹，已读入").contains("已被更正替换");
	}

	@Test
	@Order(6)
	void aDownloadHasTheBytesOfTheFileOnDiskWithAByteOrderMark() throws Exception {
		open("/years/" + YEAR + "/files");
		assertThat(this.chrome.findElements(By.cssSelector("#outputs tr[data-file]")).stream()
			.map((row) -> row.getAttribute("data-file"))).contains("totals.csv", "coverage.csv", "validation.csv",
					"tables/210000.csv");
		shot("08-files");
		Path yearOutput = output.resolve(String.valueOf(YEAR));
		for (String name : List.of("coverage.csv", "tables/210700.csv")) {
			this.chrome.findElement(By.cssSelector("#outputs tr[data-file='" + name + "'] a.download")).click();
			Path saved = this.downloads.resolve(YEAR + "-" + name.replace('/', '-'));
			byte[] disk = Files.readAllBytes(yearOutput.resolve(name));
			new WebDriverWait(this.chrome, Duration.ofSeconds(30))
				.until((driver) -> Files.exists(saved) && sizeOf(saved) >= disk.length);
			byte[] downloaded = Files.readAllBytes(saved);
			assertThat(Arrays.copyOf(downloaded, 3)).as(name).isEqualTo(OutputFiles.BOM);
			assertThat(downloaded).as(name).isEqualTo(startsWithBom(disk) ? disk : concat(OutputFiles.BOM, disk));
			assertThat(new String(downloaded, StandardCharsets.UTF_8)).contains("锦州市");
		}
	}

	@Test
	@Order(7)
	void theChartsAreDrawnInThePageFromTheJarsECharts() throws IOException {
		open("/years/" + YEAR + "/units/210000?show=totals&rank=correction_rate");
		new WebDriverWait(this.chrome, Duration.ofSeconds(20))
			.until((driver) -> !driver.findElements(By.cssSelector("#history-chart svg")).isEmpty()
					&& !driver.findElements(By.cssSelector("#rank-chart svg")).isEmpty());
		assertThat(this.chrome.findElement(By.id("history-chart")).getText()).contains("本年新收申请").contains("2019");
		String ranking = this.chrome.findElement(By.id("rank-chart")).getText();
		assertThat(ranking).contains("下级政府（辖区合计）：纠错率").contains("锦州市").contains("沈阳市");
		((JavascriptExecutor) this.chrome).executeScript("document.getElementById('history-chart').scrollIntoView();");
		shot("09-charts");
	}

	@Test
	@Order(8)
	void theRunsAndTheAdministrationPage() throws IOException {
		open("/runs");
		List<WebElement> runs = this.chrome.findElements(By.cssSelector("table.runs tbody tr[data-run]"));
		assertThat(runs).hasSizeGreaterThanOrEqualTo(4);
		assertThat(runs.get(0).getText()).contains("analyst").contains("reaggregate").contains("210700 锦州市").contains("已完成");
		shot("10-runs");
		open("/admin");
		assertThat(text("error-title")).isEqualTo("没有权限");
		signOut();
		signIn("admin", "demo-admin-2026");
		open("/admin");
		assertThat(this.chrome.findElement(By.id("definitions")).getText()).contains("reaggregate").contains("nightly")
			.contains("0 0 2 * * *");
		assertThat(this.chrome.findElement(By.id("users")).getText()).contains("analyst 分析员（analyst）")
			.contains("viewer 查看员（viewer）")
			.contains("admin 管理员（admin）");
		shot("11-admin");
		signOut();
		assertThat(this.chrome.getCurrentUrl()).endsWith("/login?logout");
	}

	private void open(String path) {
		this.chrome.get("http://127.0.0.1:" + this.port + path);
	}

	private void signIn(String user, String password) {
		open("/login");
		this.chrome.findElement(By.id("username")).sendKeys(user);
		this.chrome.findElement(By.id("password")).sendKeys(password);
		clickAndWait(By.id("sign-in"));
	}

	private void signOut() {
		clickAndWait(By.id("sign-out"));
	}

	/**
	 * Clicks what leads to another page and waits until that page is there: a click returns before
	 * the browser has left the page, and under load the next look would still see the old one.
	 */
	private void clickAndWait(By target) {
		String before = this.chrome.getCurrentUrl();
		this.chrome.findElement(target).click();
		new WebDriverWait(this.chrome, Duration.ofMinutes(2)).until((driver) -> !driver.getCurrentUrl().equals(before)
				&& "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	private void scrollTo(WebElement element) {
		((JavascriptExecutor) this.chrome).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
	}

	private String text(String id) {
		return this.chrome.findElement(By.id(id)).getText();
	}

	private WebElement cell(String item) {
		return this.chrome.findElement(By.cssSelector("td[data-item='" + item + "']"));
	}

	private void shot(String name) throws IOException {
		HeadlessChromium.screenshot(this.chrome, SCREENSHOTS, name);
	}

	private Map<String, List<String>> coverageOnPage() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (WebElement row : this.chrome.findElements(By.cssSelector("#coverage tbody tr"))) {
			List<String> counts = Stream.of("expected", "accepted", "rejected", "missing")
				.map((column) -> row.findElement(By.cssSelector("td." + column)).getAttribute("textContent").strip())
				.toList();
			rows.put(row.getAttribute("data-code"), counts);
		}
		return rows;
	}

	private static Map<String, List<String>> coverageInFile() throws IOException {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		for (Map<String, String> row : outputRows("coverage.csv")) {
			rows.put(row.get("node_code"),
					List.of(row.get("expected"), row.get("accepted"), row.get("rejected"), row.get("missing")));
		}
		return rows;
	}

	private static Map<String, BigDecimal> totalsInFile() throws IOException {
		Map<String, BigDecimal> totals = new HashMap<>();
		for (Map<String, String> row : outputRows("totals.csv")) {
			totals.put(row.get("node_code") + " " + row.get("item"), new BigDecimal(row.get("value")));
		}
		return totals;
	}

	private List<String> visibleRows() {
		return this.chrome.findElements(By.cssSelector("#coverage tbody tr"))
			.stream()
			.filter(WebElement::isDisplayed)
			.map((row) -> row.getAttribute("data-code"))
			.toList();
	}

	/** A canonical CSV's values by item. */
	private static Map<String, BigDecimal> values(String csv) {
		return csv.lines()
			.skip(1)
			.map((line) -> line.split(","))
			.filter((fields) -> fields.length >= 4 && !fields[3].isBlank())
			.collect(Collectors.toMap((fields) -> fields[2], (fields) -> new BigDecimal(fields[3])));
	}

	/** What a 2021 report adds to its governments: its non-zero cells, and the derived sums of them. */
	private static Map<String, BigDecimal> contributions(Map<String, BigDecimal> values) {
		Catalog catalog = Catalog.forReportYear(YEAR);
		Map<String, BigDecimal> added = new HashMap<>();
		for (Item item : catalog.printedItems()) {
			BigDecimal value = values.getOrDefault(item.code().value(), BigDecimal.ZERO);
			if (value.signum() != 0) {
				added.put(item.code().value(), value);
			}
		}
		catalog.derivedSums().forEach((sum, parts) -> {
			BigDecimal total = parts.stream()
				.map((part) -> values.getOrDefault(part.code().value(), BigDecimal.ZERO))
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			if (total.signum() != 0) {
				added.put(sum.code().value(), total);
			}
		});
		return added;
	}

	private static BigDecimal number(WebElement row, String column) {
		return new BigDecimal(row.findElement(By.cssSelector("td." + column)).getText().replace("+", ""));
	}

	private static String plus(String count, int change) {
		return String.valueOf(Integer.parseInt(count) + change);
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static boolean startsWithBom(byte[] bytes) {
		return bytes.length >= 3 && Arrays.equals(Arrays.copyOf(bytes, 3), OutputFiles.BOM);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
