package org.ogirollup.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.ogirollup.registry.Registry;
import org.ogirollup.registry.RegistryException;
import org.ogirollup.registry.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegistryCacheTest {

	private static final String UNITS = """
			code,name,level,parent_code
			210000,辽宁省,province,
			210100,沈阳市,city,210000
			""";

	@TempDir
	Path input;

	private final RegistryCache cache = new RegistryCache();

	@Test
	void unchangedFileIsReadOnce() throws Exception {
		// given
		Files.writeString(this.input.resolve("units.csv"), UNITS);

		// when
		Registry first = this.cache.of(this.input.toString());
		Registry second = this.cache.of(this.input.toString());

		// then
		assertThat(second).isSameAs(first);
		assertThat(first.units()).extracting(Unit::code).containsExactly("210000", "210100");
	}

	@Test
	void correctedFileIsReadAgain() throws Exception {
		// given
		Path units = this.input.resolve("units.csv");
		Files.writeString(units, UNITS);
		Registry before = this.cache.of(this.input.toString());

		// when: a county added, the file's time moved on as an editor would
		Files.writeString(units, UNITS + "210102,和平区,county,210100\n");
		Files.setLastModifiedTime(units, FileTime.fromMillis(Files.getLastModifiedTime(units).toMillis() + 2000));
		Registry after = this.cache.of(this.input.toString());

		// then
		assertThat(before.size()).isEqualTo(2);
		assertThat(after.size()).isEqualTo(3);
		assertThat(after.contains("210102")).isTrue();
	}

	@Test
	void missingFileIsTheReadersError() {
		assertThatExceptionOfType(RegistryException.class).isThrownBy(() -> this.cache.of(this.input.toString()))
			.withMessageContaining("找不到单位名录");
	}

}
