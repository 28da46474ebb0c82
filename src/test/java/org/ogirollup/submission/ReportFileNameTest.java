package org.ogirollup.submission;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFileNameTest {

	private static final Set<String> REGISTERED = Set.of("210900", "210900-D01", "210900-D01-X");

	@ParameterizedTest
	@CsvSource({ "210900.txt, 210900, OWN", "210900-阜新市2019年报.txt, 210900, OWN",
			"210900.consolidated.txt, 210900, CONSOLIDATED", "210900-全市.consolidated.txt, 210900, CONSOLIDATED",
			"210900-D01.txt, 210900-D01, OWN", "210900-D01-2019.txt, 210900-D01, OWN",
			"210900-D01-X.txt, 210900-D01-X, OWN", "210900.gbk.txt, 210900, OWN", "999999-abc.txt, 999999, OWN",
			"999999.txt, 999999, OWN" })
	void theUnitIsTheLongestRegisteredLeadingPart(String fileName, String unit, Scope scope) {
		ReportFileName name = ReportFileName.parse(fileName, REGISTERED::contains);

		assertThat(name.unitCode()).isEqualTo(unit);
		assertThat(name.scope()).isEqualTo(scope);
	}

}
