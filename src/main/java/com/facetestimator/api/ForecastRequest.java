package com.facetestimator.api;

import com.facetestimator.domain.estimate.Forecast;
import com.facetestimator.domain.estimate.RevenueForecast;
import com.facetestimator.domain.estimate.UnknownPayersException;
import com.facetestimator.domain.estimate.UnlocatedAppointmentsException;
import java.util.List;
import java.util.Locale;

/**
 * A POST /forecasts request decoded at the edge: the appointments (from JSON or, with
 * {@code Content-Type: text/csv}, from CSV rows through the same field decoding), how to name a
 * field of one of them the way the client wrote it, and the answer it asked for.
 */
final class ForecastRequest {
    /** The answer's form: JSON by default, with {@code ?detail=true} one row per appointment too, or CSV rows. */
    enum Answer { JSON, JSON_WITH_ROWS, CSV }

    /** How a field of the appointment at a position is named to the client: a JSON path, or a CSV line and column. */
    interface Naming {
        String field(int index, String field);
    }

    static final String CSV = "text/csv";

    private final List<RevenueForecast.Planned> appointments;
    private final Naming naming;
    private final Answer answer;

    ForecastRequest(List<RevenueForecast.Planned> appointments, Naming naming, Answer answer) {
        this.appointments = appointments;
        this.naming = naming;
        this.answer = answer;
    }

    static ForecastRequest read(ApiRequest request) {
        Answer answer = answer(request);
        boolean csv = isCsv(request.header("content-type"));
        ForecastRequest read = csv ? ForecastCsv.read(request.body()) : ForecastJson.read(request.body());
        return new ForecastRequest(read.appointments, read.naming, answer);
    }

    /** Runs the use case; appointments naming a payer with no profile are named as the client wrote them. */
    Forecast run(RevenueForecast forecasts) {
        try {
            return forecasts.forecast(appointments);
        } catch (UnknownPayersException e) {
            JsonFields problems = new JsonFields(FieldRules.MAX_REPORTED_ERRORS, false);
            e.positions().forEach(p -> problems.add(naming.field(p.index(), "payerId"), "no payer profile '" + p.payerId() + "' is loaded"));
            problems.throwIfAny();
            throw e; // unreachable: every position added a problem
        } catch (UnlocatedAppointmentsException e) {
            JsonFields problems = new JsonFields(FieldRules.MAX_REPORTED_ERRORS, false);
            e.positions().forEach(p -> problems.add(naming.field(p.index(), p.error().field()), p.error().message()));
            problems.throwIfAny();
            throw e; // unreachable: every position added a problem
        }
    }

    /**
     * The answer, written here so its size is known: one that would not fit Lambda's 6 MB response
     * (30,000 rows as JSON do not) is a 413 that says which form does, rather than a gateway error.
     */
    ApiResult answer(Forecast forecast) {
        String text = switch (answer) {
            case CSV -> ForecastCsv.write(forecast);
            case JSON -> JsonCodec.write(ForecastJson.write(forecast, false));
            case JSON_WITH_ROWS -> JsonCodec.write(ForecastJson.write(forecast, true));
        };
        if (!HttpApiResponses.fitsLambdaResponse(text)) {
            boolean rows = answer == Answer.JSON_WITH_ROWS;
            throw new ProblemException(Problem.answerTooLarge(rows ? "detail" : "appointments", forecast.count(),
                    HttpApiResponses.LAMBDA_RESPONSE_BYTES, rows
                            ? "ask for the rows as CSV (Accept: text/csv) and for the forecast without ?detail=true"
                            : "send the appointments in smaller batches"));
        }
        return ApiResult.written(200, answer == Answer.CSV ? CSV + "; charset=utf-8" : ApiResult.JSON, text);
    }

    private static Answer answer(ApiRequest request) {
        JsonFields fields = new JsonFields();
        fields.onlyKnownQuery(request, List.of("detail"));
        String detail = request.query("detail");
        if (detail != null && !detail.equals("true") && !detail.equals("false")) {
            fields.add("detail", "must be true or false");
        }
        fields.throwIfAny();
        if (accepts(request.header("accept"), CSV)) {
            return Answer.CSV;
        }
        return "true".equals(detail) ? Answer.JSON_WITH_ROWS : Answer.JSON;
    }

    /** {@code text/csv}, with or without parameters such as {@code charset=utf-8}. */
    static boolean isCsv(String contentType) {
        return contentType != null && mediaType(contentType).equals(CSV);
    }

    /** Whether an Accept header names {@code type} (a client asking for CSV names it; {@code *}/{@code *} means the default, JSON). */
    static boolean accepts(String accept, String type) {
        if (accept == null) {
            return false;
        }
        for (String range : accept.split(",")) {
            if (mediaType(range).equals(type) && quality(range) > 0) {
                return true;
            }
        }
        return false;
    }

    /** A media range's {@code q}: 1 when absent, 0 when unreadable (RFC 9110 section 12.4.2). */
    private static double quality(String range) {
        for (String parameter : range.split(";")) {
            String p = parameter.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String mediaType(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
