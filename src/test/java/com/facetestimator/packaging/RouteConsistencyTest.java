package com.facetestimator.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.facetestimator.local.TemplateRoutes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The contract (docs/API.md), its schemas (openapi.yaml), the deployment (template.yaml) and
 * the README's route table name the same routes. A route docs/API.md marks "(not served yet)"
 * must be absent from the other three until the mark goes. Each mismatch says which file lacks
 * which route, so whoever adds a route sees every place it still has to go.
 */
class RouteConsistencyTest {
    static final Path API_MD = Path.of("docs/API.md");
    static final Path OPENAPI = Path.of("openapi.yaml");
    static final Path TEMPLATE = Path.of("template.yaml");
    static final Path README = Path.of("README.md");
    static final String NOT_SERVED = "*(not served yet)*";

    /** A method and a path template as API Gateway writes a route key, query and optional parts cut off. */
    private static final Pattern ROUTE = Pattern.compile("\\b(GET|POST|PUT|PATCH|DELETE) (/[A-Za-z0-9_{}/.-]*)");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyFileNamesTheSameRoutes() throws IOException {
        Contract contract = contract(Files.readString(API_MD, StandardCharsets.UTF_8));
        Map<Path, Set<String>> served = Map.of(
                OPENAPI, openApiRoutes(Files.readString(OPENAPI, StandardCharsets.UTF_8)),
                TEMPLATE, templateRoutes(),
                README, readmeRoutes(Files.readString(README, StandardCharsets.UTF_8)));

        List<String> problems = new ArrayList<>();
        for (Path file : List.of(TEMPLATE, OPENAPI, README)) {
            Set<String> routes = served.get(file);
            for (String route : contract.served()) {
                if (!routes.contains(route)) {
                    problems.add(file + " lacks " + route + " (in " + API_MD + ")");
                }
            }
            for (String route : routes) {
                if (contract.notServed().contains(route)) {
                    problems.add(file + " has " + route + ", which " + API_MD + " marks " + NOT_SERVED
                            + ": remove the mark once it is served");
                } else if (!contract.served().contains(route)) {
                    problems.add(API_MD + " lacks " + route + " (in " + file + ")");
                }
            }
        }
        assertThat(problems).as("route mismatches").isEmpty();
    }

    @Test
    void theContractNamesTheRoutesServedToday() throws IOException {
        // Guards the parsing: if the patterns stopped matching, the comparison above would pass empty.
        Contract contract = contract(Files.readString(API_MD, StandardCharsets.UTF_8));
        assertThat(contract.served()).contains("POST /estimates", "POST /forecasts", "GET /payers",
                "GET /payers/{payerId}/fees", "POST /patients/{patientId}/sessions",
                "GET /patients/{patientId}/sessions", "PATCH /patients/{patientId}/sessions/{sessionId}");
        assertThat(templateRoutes()).hasSizeGreaterThanOrEqualTo(7);
    }

    @Test
    void routeMentionsAreReadWithoutTheirQueryOrOptionalParts() {
        Contract c = contract("""
                ## POST /estimates
                - `GET /patients/{patientId}/sessions[?region=R][&asOf=D]`: the sessions
                - `GET /payers/{payerId}/fees?site=S&date=D[&locality=L]`: rows
                - `GET /localities[?zip=Z]` *(not served yet)*: all of them
                a POST that replays records nothing twice; GET /payers lists them
                """);
        assertThat(c.served()).containsExactlyInAnyOrder("POST /estimates", "GET /patients/{patientId}/sessions",
                "GET /payers/{payerId}/fees", "GET /payers");
        assertThat(c.notServed()).containsExactly("GET /localities");
        assertThat(readmeRoutes("| `POST /estimates` | codes |\n| route | what |\n`curl -X POST /estimates` in prose\n"))
                .containsExactly("POST /estimates");
    }

    record Contract(Set<String> served, Set<String> notServed) {}

    static Contract contract(String markdown) {
        Set<String> served = new TreeSet<>();
        Set<String> notServed = new TreeSet<>();
        for (String line : markdown.split("\n")) {
            Matcher m = ROUTE.matcher(line);
            while (m.find()) {
                String route = m.group(1) + " " + stripTrailingSlash(m.group(2));
                boolean marked = line.indexOf(NOT_SERVED, m.end()) >= 0;
                (marked ? notServed : served).add(route);
            }
        }
        served.removeAll(notServed);
        return new Contract(served, notServed);
    }

    /** The README's route table: rows whose first cell is a route key in backticks. */
    static Set<String> readmeRoutes(String markdown) {
        Set<String> routes = new TreeSet<>();
        Pattern row = Pattern.compile("^\\|\\s*`" + ROUTE.pattern() + "[^`]*`\\s*\\|");
        for (String line : markdown.split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                routes.add(m.group(1) + " " + stripTrailingSlash(m.group(2)));
            }
        }
        return routes;
    }

    @SuppressWarnings("unchecked")
    static Set<String> openApiRoutes(String yaml) {
        Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        Set<String> routes = new TreeSet<>();
        ((Map<String, Object>) doc.get("paths")).forEach((path, item) -> ((Map<String, Object>) item).keySet().stream()
                .filter(METHODS::contains)
                .forEach(method -> routes.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return routes;
    }

    static Set<String> templateRoutes() throws IOException {
        Set<String> routes = new TreeSet<>();
        TemplateRoutes.routes(TEMPLATE).forEach(r -> routes.add(r.routeKey()));
        return routes;
    }

    private static String stripTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
