package com.facetestimator.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.facetestimator.api.HttpApiHandler;
import com.facetestimator.local.TemplateRoutes;
import com.facetestimator.store.TableBootstrap;
import com.facetestimator.testing.Events;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What `sam validate` and `sam build` would catch, tested without SAM CLI. */
class SamTemplateTest {
    private static final Path TEMPLATE = Path.of("template.yaml");

    @Test
    void parsesWithShortFormTags() throws IOException {
        Map<String, Object> template = TemplateRoutes.parse(TEMPLATE);
        assertThat(template).containsEntry("Transform", "AWS::Serverless-2016-10-31");
        Map<String, Object> fees = resource("FeesTable");
        assertThat(fees).containsEntry("Type", "AWS::DynamoDB::Table");
        Map<String, Object> outputs = map(template.get("Outputs"));
        assertThat(map(map(outputs.get("ApiUrl")).get("Value"))).containsKey("Fn::Sub");
    }

    @Test
    void everyHandlerClassExistsAndServesItsRoutes() throws Exception {
        for (TemplateRoutes.Route route : TemplateRoutes.routes(TEMPLATE)) {
            Class<?> type = Class.forName(route.handlerClass());
            assertThat(RequestHandler.class).as(route.handlerClass()).isAssignableFrom(type);
            assertThat(HttpApiHandler.class).isAssignableFrom(type);
            assertThat(type.getConstructors()).as(route.handlerClass() + ": Lambda needs a public no-arg constructor")
                    .anyMatch(c -> c.getParameterCount() == 0);
        }
    }

    @Test
    void everyRouteHasAnEventFileAndEveryEventFileARoute() throws IOException {
        Set<String> routes = new TreeSet<>();
        TemplateRoutes.routes(TEMPLATE).forEach(r -> routes.add(r.routeKey()));
        Set<String> covered = new TreeSet<>();
        try (Stream<Path> files = Files.list(Events.DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                var event = Events.load(file.getFileName().toString());
                assertThat(routes).as(file + " routeKey").contains(event.getRouteKey());
                assertThat(event.getRequestContext().getRouteKey()).isEqualTo(event.getRouteKey());
                covered.add(event.getRouteKey());
            }
        }
        assertThat(covered).isEqualTo(routes);
    }

    @Test
    void functionsRunJava21OnArm64WithSnapStartAndAnAlias() throws IOException {
        Map<String, Object> function = map(map(map(TemplateRoutes.parse(TEMPLATE).get("Globals")).get("Function")));
        assertThat(function).containsEntry("Runtime", "java21");
        assertThat(function.get("Architectures")).isEqualTo(List.of("arm64"));
        assertThat(map(function.get("SnapStart"))).containsEntry("ApplyOn", "PublishedVersions");
        assertThat(function).containsKey("AutoPublishAlias");
        assertThat(map(function.get("MemorySize"))).containsEntry("Ref", "FunctionMemorySize");
        Map<String, Object> parameters = map(TemplateRoutes.parse(TEMPLATE).get("Parameters"));
        assertThat(map(parameters.get("FunctionMemorySize"))).containsEntry("Default", 1024);
    }

    @Test
    void everyRouteRequiresIamByDefault() throws IOException {
        Map<String, Object> auth = map(map(resource("HttpApi").get("Properties")).get("Auth"));
        assertThat(auth).containsEntry("DefaultAuthorizer", "AWS_IAM").containsEntry("EnableIamAuthorizer", true);
        for (Map<String, Object> event : httpApiEvents("HttpApi")) {
            assertThat(event).as("a machine route keeps IAM: " + event).doesNotContainKey("Auth");
        }
    }

    /** The patient page's routes; every other browser route needs the practice's JWT. */
    private static final Set<String> PUBLIC_ROUTES = Set.of("POST /public/estimates", "GET /payers", "GET /localities");

    @Test
    void browserApiSignsStaffInWithJwtAndLeavesOnlyThePatientPagesRoutesOpenAndThrottled() throws IOException {
        Map<String, Object> props = map(resource("BrowserApi").get("Properties"));
        Map<String, Object> auth = map(props.get("Auth"));
        assertThat(auth).containsEntry("DefaultAuthorizer", "JwtAuthorizer");
        Map<String, Object> jwt = map(map(map(auth.get("Authorizers")).get("JwtAuthorizer")).get("JwtConfiguration"));
        assertThat(map(jwt.get("issuer"))).containsEntry("Ref", "JwtIssuer");
        assertThat(list(jwt.get("audience"))).containsExactly(Map.of("Ref", "JwtAudience"));

        Set<String> open = new TreeSet<>();
        Set<String> staff = new TreeSet<>();
        for (Map<String, Object> event : httpApiEvents("BrowserApi")) {
            String key = String.valueOf(event.get("Method")).toUpperCase(java.util.Locale.ROOT) + " " + event.get("Path");
            if (event.containsKey("Auth")) {
                assertThat(map(event.get("Auth"))).as(key).containsEntry("Authorizer", "NONE");
                open.add(key);
            } else {
                staff.add(key);
            }
        }
        assertThat(open).isEqualTo(PUBLIC_ROUTES);
        Set<String> machine = new TreeSet<>();
        httpApiEvents("HttpApi").forEach(e -> machine.add(String.valueOf(e.get("Method")).toUpperCase(java.util.Locale.ROOT) + " " + e.get("Path")));
        Set<String> staffAndPublic = new TreeSet<>(staff);
        staffAndPublic.addAll(open);
        assertThat(staffAndPublic).as("the pages' API serves every machine route too (add a Pages* event on BrowserApi beside each HttpApi event)")
                .containsAll(machine);
        assertThat(machine).as("the public estimate is only for the pages").doesNotContain("POST /public/estimates");

        Map<String, Object> routeSettings = map(props.get("RouteSettings"));
        for (String route : PUBLIC_ROUTES) {
            Map<String, Object> throttle = map(routeSettings.get(route));
            assertThat(throttle).as(route + " throttled").containsKeys("ThrottlingRateLimit", "ThrottlingBurstLimit");
        }
        String cors = String.valueOf(map(props.get("CorsConfiguration")).get("AllowOrigins"));
        assertThat(cors).as("CORS origins come from the parameter").contains("${CorsAllowedOrigins}").contains("PagesDistribution.DomainName");
    }

    @Test
    void thePublicEstimateCannotReadSessions() throws IOException {
        Map<String, Object> props = map(resource("PublicEstimatesFunction").get("Properties"));
        assertThat(props.get("Handler")).isEqualTo("com.facetestimator.api.PublicEstimatesHandler::handleRequest");
        assertThat(String.valueOf(props.get("Policies"))).contains("FeesTable").doesNotContain("SessionsTable");
    }

    @Test
    void pagesArePrivateBucketObjectsServedByCloudFrontThroughOriginAccessControl() throws IOException {
        Map<String, Object> bucket = map(resource("PagesBucket").get("Properties"));
        assertThat(map(bucket.get("PublicAccessBlockConfiguration"))).containsEntry("BlockPublicAcls", true)
                .containsEntry("BlockPublicPolicy", true).containsEntry("IgnorePublicAcls", true).containsEntry("RestrictPublicBuckets", true);

        Map<String, Object> oac = map(map(resource("PagesOriginAccessControl").get("Properties")).get("OriginAccessControlConfig"));
        assertThat(resource("PagesOriginAccessControl")).containsEntry("Type", "AWS::CloudFront::OriginAccessControl");
        assertThat(oac).containsEntry("OriginAccessControlOriginType", "s3").containsEntry("SigningBehavior", "always")
                .containsEntry("SigningProtocol", "sigv4");

        assertThat(resource("PagesDistribution")).containsEntry("Type", "AWS::CloudFront::Distribution");
        Map<String, Object> config = map(map(resource("PagesDistribution").get("Properties")).get("DistributionConfig"));
        Map<String, Object> origin = map(list(config.get("Origins")).get(0));
        assertThat(map(origin.get("DomainName"))).containsEntry("Fn::GetAtt", List.of("PagesBucket", "RegionalDomainName"));
        assertThat(map(origin.get("OriginAccessControlId"))).containsEntry("Fn::GetAtt", List.of("PagesOriginAccessControl", "Id"));
        assertThat(map(config.get("DefaultCacheBehavior"))).containsEntry("ViewerProtocolPolicy", "redirect-to-https");

        Map<String, Object> policy = map(map(resource("PagesBucketPolicy").get("Properties")).get("PolicyDocument"));
        Map<String, Object> read = map(list(policy.get("Statement")).get(0));
        assertThat(read).containsEntry("Effect", "Allow").containsEntry("Principal", Map.of("Service", "cloudfront.amazonaws.com"));
        assertThat(String.valueOf(read.get("Condition"))).contains("AWS:SourceArn").contains("${PagesDistribution}");
        assertThat(map(map(TemplateRoutes.parse(TEMPLATE).get("Outputs")).get("PagesUrl"))).containsKey("Value");
    }

    /** The distribution's viewer-request function maps paths to files as the local server does. */
    @Test
    void cloudFrontMapsPagePathsToTheFilesTheLocalServerServes() throws Exception {
        String code = String.valueOf(map(resource("PagesPathFunction").get("Properties")).get("FunctionCode"));
        String script = code + "\nfor (const uri of process.argv.slice(1)) console.log(handler({ request: { uri } }).uri);";
        List<String> paths = List.of("/", "/patient", "/forecast", "/css/site.css", "/js/frontdesk.js", "/js/");
        List<String> command = new ArrayList<>(List.of("node", "-e", script));
        command.addAll(paths);
        Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output.lines().toList()).containsExactly(
                "/index.html", "/patient.html", "/forecast.html", "/css/site.css", "/js/frontdesk.js", "/js/index.html");
    }

    /** The HttpApi events (their Properties) of every function that are attached to {@code apiId}. */
    private static List<Map<String, Object>> httpApiEvents(String apiId) throws IOException {
        List<Map<String, Object>> events = new ArrayList<>();
        for (Object r : resources().values()) {
            Map<String, Object> resource = map(r);
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                continue;
            }
            Object declared = map(resource.get("Properties")).get("Events");
            for (Object e : declared == null ? List.of() : map(declared).values()) {
                Map<String, Object> event = map(e);
                Map<String, Object> props = map(event.get("Properties"));
                if ("HttpApi".equals(event.get("Type")) && Map.of("Ref", apiId).equals(props.get("ApiId"))) {
                    events.add(props);
                }
            }
        }
        return events;
    }

    @Test
    void noPolicyHasAWildcardAndEachNamesOnlyTables() throws IOException {
        List<String> problems = new ArrayList<>();
        for (var entry : resources().entrySet()) {
            Map<String, Object> resource = map(entry.getValue());
            if (!"AWS::Serverless::Function".equals(resource.get("Type"))) {
                continue;
            }
            List<Object> policies = list(map(resource.get("Properties")).get("Policies"));
            assertThat(policies).as(entry.getKey() + " has its own policy").isNotEmpty();
            for (Object policy : policies) {
                for (Object st : list(map(policy).get("Statement"))) {
                    Map<String, Object> statement = map(st);
                    for (Object action : list(statement.get("Action"))) {
                        if (String.valueOf(action).contains("*")) {
                            problems.add(entry.getKey() + " action " + action);
                        }
                    }
                    Object res = statement.get("Resource");
                    if (!(res instanceof Map<?, ?> ref) || !ref.containsKey("Fn::GetAtt")) {
                        problems.add(entry.getKey() + " resource " + res);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void tablesAreOnDemandEncryptedWithRecoveryAndMatchTheBootstrapKeys() throws IOException {
        for (String name : List.of("FeesTable", "SessionsTable")) {
            Map<String, Object> props = map(resource(name).get("Properties"));
            assertThat(props).containsEntry("BillingMode", "PAY_PER_REQUEST");
            assertThat(map(props.get("SSESpecification"))).containsEntry("SSEEnabled", true);
            assertThat(map(props.get("PointInTimeRecoverySpecification"))).containsEntry("PointInTimeRecoveryEnabled", true);
        }
        assertThat(list(map(resource("FeesTable").get("Properties")).get("KeySchema")))
                .containsExactly(Map.of("AttributeName", TableBootstrap.PK, "KeyType", "HASH"),
                        Map.of("AttributeName", TableBootstrap.SK, "KeyType", "RANGE"));
        assertThat(list(map(resource("SessionsTable").get("Properties")).get("KeySchema")))
                .containsExactly(Map.of("AttributeName", TableBootstrap.PK, "KeyType", "HASH"));
    }

    @Test
    void everyFunctionHasALogGroupWithRetention() throws IOException {
        Set<String> functions = new TreeSet<>();
        Set<String> logged = new TreeSet<>();
        for (var entry : resources().entrySet()) {
            Map<String, Object> resource = map(entry.getValue());
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                functions.add(entry.getKey());
            }
            if ("AWS::Logs::LogGroup".equals(resource.get("Type"))) {
                Map<String, Object> props = map(resource.get("Properties"));
                assertThat(props).containsKey("RetentionInDays");
                String sub = String.valueOf(map(props.get("LogGroupName")).get("Fn::Sub"));
                logged.add(sub.substring(sub.indexOf("${") + 2, sub.indexOf('}')));
            }
        }
        assertThat(logged).isEqualTo(functions);
    }

    @Test
    void passesCfnLintWhenInstalled() throws Exception {
        Path cfnLint = onPath("cfn-lint");
        if (cfnLint == null) {
            System.out.println("SKIPPED: cfn-lint is not on the PATH; template.yaml was not linted");
        }
        Assumptions.assumeTrue(cfnLint != null, "cfn-lint is not on the PATH; template.yaml was not linted");
        Process p = new ProcessBuilder(cfnLint.toString(), TEMPLATE.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    static Path onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static Map<String, Object> resources() throws IOException {
        return map(TemplateRoutes.parse(TEMPLATE).get("Resources"));
    }

    private static Map<String, Object> resource(String id) throws IOException {
        return map(resources().get(id));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of(o);
    }
}
