package org.ogirollup.rules;

/** A rules file that cannot be used: raised at start-up, naming the file and the rule. */
public class RuleFileException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public RuleFileException(String file, String ruleId, String problem, Throwable cause) {
		super(file + ((ruleId != null) ? ", rule " + ruleId : "") + ": " + problem, cause);
	}

	public RuleFileException(String file, String ruleId, String problem) {
		this(file, ruleId, problem, null);
	}

}
