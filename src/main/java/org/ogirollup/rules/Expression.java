package org.ogirollup.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The parsed text of a linear rule, before its code templates are expanded: signed, optionally
 * weighted code templates on both sides of {@code =}, {@code <=} or {@code >=}.
 *
 * <p>Grammar: {@code side (= | <= | >=) side}; {@code side := [+|-] term ((+|-) term)*};
 * {@code term := integer | [integer *] code}; a code is letters, digits, {@code _}, {@code .}
 * and {@code {...}} placeholders.
 */
record Expression(List<TermTemplate> left, Relation relation, List<TermTemplate> right) {

	/**
	 * A term before expansion: a signed coefficient and a code template such as
	 * {@code apply.new.{c}}; without a code ({@code null}) the term is the constant coefficient.
	 */
	record TermTemplate(int coefficient, String code) {
	}

	static Expression parse(String text) {
		return new Parser(tokenize(text), text).expression();
	}

	private static List<String> tokenize(String text) {
		List<String> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char ch = text.charAt(i);
			if (Character.isWhitespace(ch)) {
				i++;
			}
			else if ((ch == '<' || ch == '>') && i + 1 < text.length() && text.charAt(i + 1) == '=') {
				tokens.add(text.substring(i, i + 2));
				i += 2;
			}
			else if (ch == '=' || ch == '+' || ch == '-' || ch == '*') {
				tokens.add(String.valueOf(ch));
				i++;
			}
			else if (Character.isDigit(ch)) {
				int start = i;
				while (i < text.length() && Character.isDigit(text.charAt(i))) {
					i++;
				}
				tokens.add(text.substring(start, i));
			}
			else if (isCodeChar(ch) || ch == '{') {
				int start = i;
				while (i < text.length() && (isCodeChar(text.charAt(i)) || text.charAt(i) == '{')) {
					if (text.charAt(i) == '{') {
						int close = text.indexOf('}', i);
						if (close < 0) {
							throw new IllegalArgumentException("unclosed { in: " + text);
						}
						i = close;
					}
					i++;
				}
				tokens.add(text.substring(start, i));
			}
			else {
				throw new IllegalArgumentException("unexpected '" + ch + "' in: " + text);
			}
		}
		return tokens;
	}

	private static boolean isCodeChar(char ch) {
		return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_'
				|| ch == '.';
	}

	/** A recursive-descent parser over the tokens; one instance per rule text. */
	private static final class Parser {

		private final List<String> tokens;

		private final String text;

		private int next;

		Parser(List<String> tokens, String text) {
			this.tokens = tokens;
			this.text = text;
		}

		Expression expression() {
			List<TermTemplate> left = side();
			String symbol = take("a relation (=, <=, >=)");
			Relation relation;
			try {
				relation = Relation.fromSymbol(symbol);
			}
			catch (IllegalArgumentException ex) {
				throw fail("expected =, <= or >= but found " + symbol);
			}
			List<TermTemplate> right = side();
			if (this.next < this.tokens.size()) {
				throw fail("unexpected " + this.tokens.get(this.next));
			}
			return new Expression(left, relation, right);
		}

		private List<TermTemplate> side() {
			List<TermTemplate> terms = new ArrayList<>();
			int sign = 1;
			if (peekIs("+") || peekIs("-")) {
				sign = take("a sign").equals("-") ? -1 : 1;
			}
			terms.add(term(sign));
			while (peekIs("+") || peekIs("-")) {
				sign = take("a sign").equals("-") ? -1 : 1;
				terms.add(term(sign));
			}
			return terms;
		}

		private TermTemplate term(int sign) {
			int coefficient = 1;
			String token = take("a term");
			if (Character.isDigit(token.charAt(0))) {
				coefficient = Integer.parseInt(token);
				if (!peekIs("*")) {
					return new TermTemplate(sign * coefficient, null);
				}
				take("*");
				token = take("a code");
			}
			if (!Character.isLetter(token.charAt(0)) && token.charAt(0) != '{') {
				throw fail("expected a code but found " + token);
			}
			return new TermTemplate(sign * coefficient, token);
		}

		private boolean peekIs(String token) {
			return this.next < this.tokens.size() && this.tokens.get(this.next).equals(token);
		}

		private String take(String what) {
			if (this.next >= this.tokens.size()) {
				throw fail("expected " + what + " at the end");
			}
			return this.tokens.get(this.next++);
		}

		private IllegalArgumentException fail(String problem) {
			return new IllegalArgumentException(problem + " in: " + this.text);
		}

	}

}
