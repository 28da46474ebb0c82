package org.ogirollup.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ogirollup.generator.GenerationSummary;
import org.ogirollup.generator.Generator;
import org.ogirollup.generator.GeneratorOptions;
import org.springframework.boot.ApplicationArguments;

/**
 * The {@code generate} verb: writes a registry and rule-consistent submissions for demo data,
 * tests and benchmarks, with planted defects on request.
 */
public final class GenerateCommand implements Command {

	private static final List<String> OPTION_NAMES = List.of("scope", "years", "departments", "output", "seed", "defects",
			"consolidated", "documents", "pdf-font");

	private static final Set<String> OPTIONS = Set.of("scope", "years", "departments", "output", "seed", "defects",
			"consolidated", "documents", "pdf-font", "help");

	private static final String DEFAULT_OUTPUT = "input";

	@Override
	public String name() {
		return "generate";
	}

	@Override
	public String summary() {
		return "write a generated registry and submissions (demo data, tests, benchmarks)";
	}

	@Override
	public String usage() {
		return """
				usage: generate --scope=national|<province code> [--years=2019,2020,2021] [--departments=3]
				                [--output=input] [--seed=2019] [--defects=0] [--consolidated=false]
				                [--documents=0] [--pdf-font=FILE]

				Writes <output>/units.csv, <output>/<year>/*.csv (one own submission per unit and year,
				consistent with R1-R6 and X1-X3 by construction) and, with --defects, <output>/defects.csv.
				With --documents, some units send their own report as a published document instead:
				<unit>.html, .docx, .xlsx or .pdf, the same figures in the official tables.

				  --scope         national (nation root and 31 provinces) or a two-digit province code (required)
				  --years         report years, comma-separated, ascending, 2019 or later (default 2019,2020,2021)
				  --departments   departments per government, 0 to 99 (default 3)
				  --output        folder to write into; its year folders must be empty (default input)
				  --seed          seed of every random draw: same options, same bytes (default 2019)
				  --defects       defects of each kind to plant and list in defects.csv (default 0)
				  --consolidated  also write <code>.consolidated.csv for every city and province (default false)
				  --documents     units a year that send a web page, a Word, an Excel and a PDF report each,
				                  instead of CSV (default 0); PDF needs a font with Chinese characters
				  --pdf-font      that font, a TrueType .ttf or .ttc (default: the first found of
				                  /usr/share/fonts/truetype/wqy/wqy-microhei.ttc and other known places;
				                  apt-get install fonts-wqy-microhei installs it)

				example: generate --scope=21 --years=2019,2020,2021 --departments=2 --output=input --defects=1
				""";
	}

	@Override
	public int run(ApplicationArguments args) throws Exception {
		GeneratorOptions options = options(args);
		Path output = Path.of(single(args, "output", DEFAULT_OUTPUT));
		GenerationSummary summary = new Generator(options).generate(output);
		System.out.println("generated " + summary.line() + " in " + output);
		return 0;
	}

	/** The generator options the arguments ask for; every fault names its option. */
	static GeneratorOptions options(ApplicationArguments args) {
		for (String name : args.getOptionNames()) {
			if (!OPTIONS.contains(name)) {
				throw new IllegalArgumentException("unknown option --" + name + "; options are " + OPTION_NAMES);
			}
		}
		if (!args.getNonOptionArgs().isEmpty()) {
			throw new IllegalArgumentException("unexpected argument " + args.getNonOptionArgs().get(0)
					+ "; options are written --name=value");
		}
		String scope = single(args, "scope", null);
		if (scope == null) {
			throw new IllegalArgumentException("--scope is required: national or a two-digit province code such as 21");
		}
		try {
			return GeneratorOptions.builder(scope.trim())
				.years(years(single(args, "years", "2019,2020,2021")))
				.departments((int) number(args, "departments", GeneratorOptions.DEFAULT_DEPARTMENTS))
				.seed(number(args, "seed", GeneratorOptions.DEFAULT_SEED))
				.defects((int) number(args, "defects", 0))
				.consolidated(bool(args, "consolidated"))
				.documents((int) number(args, "documents", 0))
				.pdfFont(Optional.ofNullable(single(args, "pdf-font", null)).map(Path::of).orElse(null))
				.build();
		}
		catch (IllegalArgumentException ex) {
			throw (ex.getMessage() != null && ex.getMessage().startsWith("--")) ? ex
					: new IllegalArgumentException("--" + ex.getMessage(), ex);
		}
	}

	private static String single(ApplicationArguments args, String name, String fallback) {
		List<String> values = args.getOptionValues(name);
		if (values == null) {
			return fallback;
		}
		if (values.size() != 1 || values.get(0).isBlank()) {
			throw new IllegalArgumentException("--" + name + " needs exactly one value, as --" + name + "=...");
		}
		return values.get(0);
	}

	private static List<Integer> years(String text) {
		List<Integer> years = new ArrayList<>();
		for (String part : text.split(",")) {
			try {
				years.add(Integer.valueOf(part.trim()));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--years: '" + part.trim() + "' is not a year; write --years=2019,2020");
			}
		}
		return years;
	}

	private static long number(ApplicationArguments args, String name, long fallback) {
		String text = single(args, name, null);
		if (text == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.trim());
			if (!"seed".equals(name) && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
				throw new IllegalArgumentException("--" + name + ": " + text + " is out of range");
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + ": '" + text + "' is not a whole number");
		}
	}

	private static boolean bool(ApplicationArguments args, String name) {
		List<String> values = args.getOptionValues(name);
		if (values == null) {
			return false;
		}
		// a bare --consolidated means true, as for most command-line flags
		String text = values.isEmpty() ? "true" : single(args, name, "true").trim();
		if (!"true".equals(text) && !"false".equals(text)) {
			throw new IllegalArgumentException("--" + name + " must be true or false, not '" + text + "'");
		}
		return "true".equals(text);
	}

}
