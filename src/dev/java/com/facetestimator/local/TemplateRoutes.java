package com.facetestimator.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads template.yaml the way SAM does, as far as routing goes: each AWS::Serverless::Function's
 * Handler and its HttpApi events. The local server routes from this, so a route declared in
 * the template needs no second registration. CloudFormation short-form tags (!Ref, !GetAtt,
 * !Sub, ...) become one-entry maps such as {@code {"Fn::Sub": "..."}}, as their long forms.
 */
public final class TemplateRoutes {

    /** One HttpApi event: {@code routeKey} as API Gateway writes it, e.g. {@code GET /payers/{payerId}/fees}. */
    public record Route(String functionId, String handlerClass, String method, String path) {
        public String routeKey() {
            return method + " " + path;
        }

        private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z0-9_]+)\\+?}");

        /** The path parameters if {@code rawPath} matches this route's path, else null. */
        public Map<String, String> match(String rawPath) {
            Matcher params = PARAM.matcher(path);
            StringBuilder regex = new StringBuilder("^");
            List<String> names = new ArrayList<>();
            int last = 0;
            while (params.find()) {
                regex.append(Pattern.quote(path.substring(last, params.start()))).append("([^/]+)");
                names.add(params.group(1));
                last = params.end();
            }
            regex.append(Pattern.quote(path.substring(last))).append("/?$");
            Matcher m = Pattern.compile(regex.toString()).matcher(rawPath);
            if (!m.matches()) {
                return null;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                values.put(names.get(i), m.group(i + 1));
            }
            return values;
        }
    }

    private TemplateRoutes() {}

    /**
     * A handler as Lambda makes one: the class the template names, through its no-argument
     * constructor (which takes its collaborators from the container).
     */
    @SuppressWarnings("unchecked")
    public static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> newHandler(String className) {
        try {
            return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("template.yaml names handler " + className + ", which cannot be constructed", e);
        }
    }

    /** The parsed template as plain maps and lists. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(Path template) throws IOException {
        try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
            Object doc = new Yaml(new CloudFormationConstructor()).load(reader);
            if (!(doc instanceof Map)) {
                throw new IOException(template + " is not a YAML mapping");
            }
            return (Map<String, Object>) doc;
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Route> routes(Path template) throws IOException {
        Map<String, Object> resources = (Map<String, Object>) parse(template).getOrDefault("Resources", Map.of());
        List<Route> routes = new ArrayList<>();
        for (var resource : resources.entrySet()) {
            Map<String, Object> body = (Map<String, Object>) resource.getValue();
            if (!"AWS::Serverless::Function".equals(body.get("Type"))) {
                continue;
            }
            Map<String, Object> props = (Map<String, Object>) body.getOrDefault("Properties", Map.of());
            String handler = String.valueOf(props.get("Handler"));
            String handlerClass = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
            Map<String, Object> events = (Map<String, Object>) props.getOrDefault("Events", Map.of());
            for (Object e : events.values()) {
                Map<String, Object> event = (Map<String, Object>) e;
                if (!"HttpApi".equals(event.get("Type"))) {
                    continue;
                }
                Map<String, Object> eventProps = (Map<String, Object>) event.get("Properties");
                routes.add(new Route(resource.getKey(), handlerClass,
                        String.valueOf(eventProps.get("Method")).toUpperCase(java.util.Locale.ROOT),
                        String.valueOf(eventProps.get("Path"))));
            }
        }
        return routes;
    }

    /** Keeps unknown local tags (the CloudFormation intrinsics) as their long-form maps. */
    private static final class CloudFormationConstructor extends SafeConstructor {
        CloudFormationConstructor() {
            super(new LoaderOptions());
            this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    String tag = node.getTag().getValue().substring(1);
                    String name = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
                    Object value;
                    if (node instanceof ScalarNode scalar) {
                        value = constructScalar(scalar);
                    } else if (node instanceof SequenceNode sequence) {
                        value = constructSequence(sequence);
                    } else {
                        value = constructMapping((MappingNode) node);
                    }
                    if (tag.equals("GetAtt") && value instanceof String dotted && dotted.contains(".")) {
                        value = List.of(dotted.substring(0, dotted.indexOf('.')), dotted.substring(dotted.indexOf('.') + 1));
                    }
                    return Map.of(name, value);
                }
            });
        }
    }
}
