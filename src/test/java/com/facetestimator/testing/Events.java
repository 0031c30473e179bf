package com.facetestimator.testing;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.nio.file.Path;

/** Loads the committed events/ files the way `sam local invoke -e` would feed them. */
public final class Events {
    public static final Path DIR = Path.of("events");

    private Events() {}

    public static APIGatewayV2HTTPEvent load(String name) {
        return EventLoader.loadApiGatewayHttpEvent(DIR.resolve(name).toString());
    }
}
