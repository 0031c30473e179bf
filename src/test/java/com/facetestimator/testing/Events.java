package com.facetestimator.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads the committed events/ files the way `sam local invoke -e` would feed them. */
public final class Events {
    public static final Path DIR = Path.of("events");

    private Events() {}

    public static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent(DIR.resolve(name).toString());
    }

    /**
     * Gives each sample patient of the events/ files ({@code demo-patient-N}) a fresh id, the
     * same one for every event passed to one instance: a test that runs a file with its own
     * patient does not see, nor leave, the state of any other.
     */
    public static final class FreshPatients {
        private static final Pattern SAMPLE_PATIENT = Pattern.compile("demo-patient-\\d+");
        private final Map<String, String> ids = new HashMap<>();
        private final String label;

        public FreshPatients(String label) {
            this.label = label;
        }

        public APIGatewayV2HTTPEvent apply(APIGatewayV2HTTPEvent event) {
            event.setRawPath(replace(event.getRawPath()));
            if (event.getPathParameters() != null) {
                Map<String, String> params = new HashMap<>(event.getPathParameters());
                params.replaceAll((k, v) -> replace(v));
                event.setPathParameters(params);
            }
            if (event.getRequestContext() != null && event.getRequestContext().getHttp() != null) {
                event.getRequestContext().getHttp().setPath(replace(event.getRequestContext().getHttp().getPath()));
            }
            if (!event.getIsBase64Encoded()) {
                event.setBody(replace(event.getBody()));
            }
            return event;
        }

        private String replace(String text) {
            if (text == null) {
                return null;
            }
            Matcher m = SAMPLE_PATIENT.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, ids.computeIfAbsent(m.group(), sample -> ApiStack.newPatientId(label)));
            }
            return m.appendTail(out).toString();
        }
    }
}
