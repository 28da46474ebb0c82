package org.ogirollup.generator;

/**
 * One line of a canonical CSV submission, as text: defects are planted on rows so that they
 * can be anything a clerk might type.
 *
 * @param unitCode the unit the value belongs to
 * @param reportYear the report year as written
 * @param item the item code as written
 * @param value the value as written
 * @param scope {@code own} or {@code consolidated}
 * @param label the item's human label (ignored by readers), empty for unknown items
 */
record Row(String unitCode, String reportYear, String item, String value, String scope, String label) {

	Row withValue(String newValue) {
		return new Row(this.unitCode, this.reportYear, this.item, newValue, this.scope, this.label);
	}

	Row withReportYear(String newYear) {
		return new Row(this.unitCode, newYear, this.item, this.value, this.scope, this.label);
	}

}
