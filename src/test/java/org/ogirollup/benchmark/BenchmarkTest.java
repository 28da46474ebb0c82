package org.ogirollup.benchmark;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.ogirollup.benchmark.Benchmark.OgiRun;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkTest {

	@Test
	void theMedianRunKeepsItsOwnMemoryFigures() {
		OgiRun slow = new OgiRun(7.4, 3565, 230, 45, 390);
		OgiRun middle = new OgiRun(6.4, 3565, 220, 40, 380);
		OgiRun fast = new OgiRun(5.9, 3565, 210, 35, 370);

		assertThat(Benchmark.median(List.of(slow, fast, middle), Benchmark.BY_TIME)).isEqualTo(middle);
	}

	@Test
	void ofAnEvenNumberOfRoundsTheMedianIsTheFasterMiddleOne() {
		assertThat(Benchmark.median(List.of(3.4, 2.8, 3.1, 2.9), Comparator.naturalOrder())).isEqualTo(2.9);
		assertThat(Benchmark.median(List.of(3.1), Comparator.naturalOrder())).isEqualTo(3.1);
	}

}
