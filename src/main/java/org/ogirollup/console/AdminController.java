package org.ogirollup.console;

import java.util.Comparator;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.ogirollup.operations.AnalystUsers;
import org.ogirollup.operations.JobDefinition;
import org.ogirollup.operations.JobDefinitionCatalog;

/**
 * The administration page: the job definitions the service was started with (what each runs,
 * when, on which folders) and the users with their roles, as the configuration gives them;
 * both are changed in the configuration and take effect when the service starts again.
 */
@Controller
@Profile("serve")
class AdminController {

	private final JobDefinitionCatalog definitions;

	private final AnalystUsers users;

	AdminController(JobDefinitionCatalog definitions, AnalystUsers users) {
		this.definitions = definitions;
		this.users = users;
	}

	@GetMapping("/admin")
	String admin(Model model) {
		List<JobDefinition> all = this.definitions.definitions()
			.values()
			.stream()
			.sorted(Comparator.comparing(JobDefinition::name))
			.toList();
		model.addAttribute("definitions", all.stream().map(DefinitionRow::of).toList());
		model.addAttribute("users", this.users.users().stream().map((user) -> new UserRow(user.name(), roleWords(user))).toList());
		return "console/admin";
	}

	record UserRow(String name, String role) {
	}

	/** A definition as the page lists it. */
	record DefinitionRow(String name, String file, String cron, String years, String scope, String input,
			String output) {

		static DefinitionRow of(JobDefinition definition) {
			return new DefinitionRow(definition.name(), definition.source().getFileName().toString(),
					definition.cron().orElse("（手动启动）"),
					years(definition),
					definition.scope().orElse("全部"), definition.input().toString(), definition.output().toString());
		}

		private static String years(JobDefinition definition) {
			if (definition.years().givenAtTriggerTime()) {
				return "启动时给出";
			}
			if (definition.years().latest() > 0) {
				return "最近 " + definition.years().latest() + " 个年度";
			}
			return String.join("、", definition.years().years().stream().map(String::valueOf).toList());
		}

	}

	private static String roleWords(AnalystUsers.User user) {
		try {
			return user.roleOrDefault().words() + "（" + user.roleOrDefault().label() + "）";
		}
		catch (IllegalArgumentException ex) {
			return ex.getMessage();
		}
	}

}
