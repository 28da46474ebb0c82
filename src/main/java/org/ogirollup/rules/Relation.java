package org.ogirollup.rules;

/** How the two sides of a linear rule compare. */
public enum Relation {

	EQUAL("=", "不等于"), AT_MOST("<=", "大于"), AT_LEAST(">=", "小于");

	private final String symbol;

	private final String brokenWords;

	Relation(String symbol, String brokenWords) {
		this.symbol = symbol;
		this.brokenWords = brokenWords;
	}

	/** The operator as written in a rules file. */
	public String symbol() {
		return this.symbol;
	}

	/** What a clerk reads between the two sides when the rule is broken. */
	public String brokenWords() {
		return this.brokenWords;
	}

	/** Whether {@code comparison}, the sign of left minus right, satisfies the relation. */
	boolean holds(int comparison) {
		return switch (this) {
			case EQUAL -> comparison == 0;
			case AT_MOST -> comparison <= 0;
			case AT_LEAST -> comparison >= 0;
		};
	}

	static Relation fromSymbol(String symbol) {
		for (Relation relation : values()) {
			if (relation.symbol.equals(symbol)) {
				return relation;
			}
		}
		throw new IllegalArgumentException("unknown relation " + symbol);
	}

}
