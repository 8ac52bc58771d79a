package no.avtaleportal.agreement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One mapping of a YAML file read with its line numbers: each value is checked as it is read,
 * and each problem is recorded with the line and the path of the field, such as
 * {@code agreements[1].clauses[0].heading}.
 */
final class YamlMap {

	private final Node node;

	private final String path;

	private final Map<String, Node> values = new LinkedHashMap<>();

	private final List<ImportProblem> problems;

	private YamlMap(Node node, String path, List<ImportProblem> problems) {
		this.node = node;
		this.path = path;
		this.problems = problems;
		if (node instanceof MappingNode mapping) {
			for (NodeTuple tuple : mapping.getValue()) {
				if (tuple.getKeyNode() instanceof ScalarNode key) {
					this.values.put(key.getValue(), tuple.getValueNode());
				}
			}
		}
		else if (node != null) {
			problem(node, path, "notMapping");
		}
	}

	static YamlMap root(Node node, List<ImportProblem> problems) {
		return new YamlMap(node, "", problems);
	}

	int line() {
		return lineOf(this.node);
	}

	String path() {
		return this.path;
	}

	/** The path of a field of this mapping. */
	String path(String key) {
		return this.path.isEmpty() ? key : this.path + "." + key;
	}

	boolean has(String key) {
		return this.values.containsKey(key) && !isNull(this.values.get(key));
	}

	/** A reference to something else (a key, a number) with where it was written. */
	Ref ref(String key, boolean required) {
		String value = text(key, required);
		return (value != null) ? new Ref(value, lineOf(this.values.get(key)), path(key)) : null;
	}

	String text(String key, boolean required) {
		Node value = this.values.get(key);
		if (value == null || isNull(value)) {
			if (required) {
				problem(this.node, path(key), "required");
			}
			return null;
		}
		if (!(value instanceof ScalarNode scalar)) {
			problem(value, path(key), "notText");
			return null;
		}
		String text = scalar.getValue().strip();
		if (required && text.isEmpty()) {
			problem(value, path(key), "required");
			return null;
		}
		return text.isEmpty() ? null : text;
	}

	LocalDate date(String key, boolean required) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problem(this.values.get(key), path(key), "date", text);
			return null;
		}
	}

	Integer number(String key, boolean required, int minimum) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(text);
			if (number >= minimum) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problem(this.values.get(key), path(key), "number", String.valueOf(minimum));
		return null;
	}

	boolean bool(String key, boolean defaultValue) {
		String text = text(key, false);
		if (text == null) {
			return defaultValue;
		}
		if (text.equals("true") || text.equals("false")) {
			return Boolean.parseBoolean(text);
		}
		problem(this.values.get(key), path(key), "boolean", text);
		return defaultValue;
	}

	<E extends Enum<E>> E choice(String key, Class<E> type, boolean required) {
		String text = text(key, required);
		if (text == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			problem(this.values.get(key), path(key), "choice", text,
					Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
			return null;
		}
	}

	YamlMap map(String key) {
		Node value = this.values.get(key);
		return (value == null || isNull(value)) ? null : new YamlMap(value, path(key), this.problems);
	}

	List<YamlMap> maps(String key) {
		List<YamlMap> result = new ArrayList<>();
		List<Node> items = items(key);
		for (int i = 0; i < items.size(); i++) {
			result.add(new YamlMap(items.get(i), path(key) + "[" + i + "]", this.problems));
		}
		return result;
	}

	List<Ref> refs(String key) {
		List<Ref> result = new ArrayList<>();
		List<Node> items = items(key);
		for (int i = 0; i < items.size(); i++) {
			String itemPath = path(key) + "[" + i + "]";
			if (items.get(i) instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				result.add(new Ref(scalar.getValue().strip(), lineOf(scalar), itemPath));
			}
			else {
				problem(items.get(i), itemPath, "notText");
			}
		}
		return result;
	}

	private List<Node> items(String key) {
		Node value = this.values.get(key);
		if (value == null || isNull(value)) {
			return List.of();
		}
		if (!(value instanceof SequenceNode sequence)) {
			problem(value, path(key), "notList");
			return List.of();
		}
		return sequence.getValue();
	}

	/** Reports every field of this mapping that is not one of the known ones (a typo, usually). */
	void allowOnly(String... known) {
		Set<String> allowed = Set.of(known);
		this.values.forEach((key, value) -> {
			if (!allowed.contains(key)) {
				problem(value, path(key), "unknownField");
			}
		});
	}

	/** Reports a problem with the value of a field of this mapping (or the mapping, when it has none). */
	void reject(String key, String code, String... arguments) {
		Node at = this.values.containsKey(key) ? this.values.get(key) : this.node;
		problem(at, path(key), code, arguments);
	}

	void problem(Node at, String field, String code, String... arguments) {
		this.problems.add(new ImportProblem(lineOf(at), field, code, List.of(arguments)));
	}

	private static boolean isNull(Node node) {
		return node instanceof ScalarNode scalar && scalar.getTag().getValue().endsWith(":null")
				&& (scalar.getValue().isEmpty() || scalar.getValue().equals("~") || scalar.getValue().equals("null"));
	}

	private static int lineOf(Node node) {
		return (node != null && node.getStartMark() != null) ? node.getStartMark().getLine() + 1 : 0;
	}

	/**
	 * A value that names something else, with the line and field it was written in.
	 */
	record Ref(String value, int line, String field) {

		ImportProblem problem(String code) {
			return new ImportProblem(this.line, this.field, code, List.of(this.value));
		}

	}

}
