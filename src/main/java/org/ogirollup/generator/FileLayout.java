package org.ogirollup.generator;

import java.util.SplittableRandom;

/**
 * Decides, from the seed alone, which files look unusual: which are Excel-style encodings and
 * which governments send their departments in one file.
 */
final class FileLayout {

	private static final double GB18030_SHARE = 0.05;

	private static final double BOM_CRLF_SHARE = 0.05;

	private static final double GROUPED_SHARE = 0.10;

	private final long seed;

	FileLayout(long seed) {
		this.seed = seed;
	}

	/** The encoding of the file named by a key (its name without extension) in a year. */
	FileVariant variant(String fileKey, int year) {
		double draw = Draws.stream(this.seed, fileKey, year, "file.variant").nextDouble();
		if (draw < GB18030_SHARE) {
			return FileVariant.GB18030;
		}
		if (draw < GB18030_SHARE + BOM_CRLF_SHARE) {
			return FileVariant.UTF8_BOM_CRLF;
		}
		return FileVariant.UTF8;
	}

	/** Whether a government's departments share one file {@code <gov>-departments.csv} this year. */
	boolean groupsDepartments(String governmentCode, int year) {
		SplittableRandom random = Draws.stream(this.seed, governmentCode, year, "file.grouped");
		return random.nextDouble() < GROUPED_SHARE;
	}

	static String ownFile(String unitCode) {
		return unitCode + ".csv";
	}

	static String departmentsFile(String governmentCode) {
		return governmentCode + "-departments.csv";
	}

	static String copyFile(String unitCode) {
		return unitCode + "-copy.csv";
	}

	static String consolidatedFile(String governmentCode) {
		return governmentCode + ".consolidated.csv";
	}

}
