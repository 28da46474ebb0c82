package org.ogirollup.console;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver, for the console's browser
 * tests. Never skipped: without the browser the tests fail and say how to install it
 * ({@code scripts/browser-test-setup.sh}, which {@code .ci/run} calls). Started with a fresh
 * profile and without any network of its own (no sync, updates, QUIC or first-run pages),
 * which this machine's closed network needs; downloads go to a folder of the test's.
 */
final class HeadlessChromium {

	private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/lib/chromium/chromium");

	private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private HeadlessChromium() {
	}

	/** A new browser; the caller quits it. */
	static ChromeDriver start(Path profile, Path downloads) throws IOException {
		File driver = find("OGI_TEST_CHROMEDRIVER", DRIVERS, "chromedriver (Debian's chromium-driver)");
		File browser = find("OGI_TEST_CHROMIUM", BROWSERS, "chromium");
		Files.createDirectories(profile);
		Files.createDirectories(downloads);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN", "--user-data-dir=" + profile);
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false, "intl.accept_languages", "zh-CN,zh"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver)
			.usingAnyFreePort()
			.withTimeout(Duration.ofSeconds(60))
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return chrome;
	}

	/** Writes what the browser shows as a PNG. */
	static Path screenshot(ChromeDriver chrome, Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		Files.write(file, ((TakesScreenshot) chrome).getScreenshotAs(OutputType.BYTES));
		return file;
	}

	private static File find(String variable, List<String> places, String what) {
		String named = System.getenv(variable);
		if (named != null && !named.isBlank()) {
			File file = new File(named);
			if (file.canExecute()) {
				return file;
			}
			throw new IllegalStateException(variable + "=" + named + " is not an executable " + what);
		}
		for (String place : places) {
			File file = new File(place);
			if (file.canExecute()) {
				return file;
			}
		}
		throw new IllegalStateException("The console's browser tests need " + what + ", which is not installed: run"
				+ " scripts/browser-test-setup.sh as root (apt-get install chromium chromium-driver), or set " + variable);
	}

}
