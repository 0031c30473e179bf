package com.facetestimator.api;

import com.facetestimator.domain.FieldError;
import com.facetestimator.domain.InvalidInputException;
import com.facetestimator.domain.estimate.Appointment;
import com.facetestimator.domain.estimate.AtRiskReason;
import com.facetestimator.domain.estimate.Forecast;
import com.facetestimator.domain.estimate.RevenueForecast;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * POST /forecasts as the CSV file a practice-management system exports (RFC 4180, parsed by
 * Commons CSV): a header row naming the columns in any order, one appointment per row. Each row
 * becomes the object a JSON appointment is and goes through the same {@link AppointmentReader},
 * its cells read from their text ({@code levels} and {@code diagnoses} split on {@code ;}), so a
 * field the reader learns is a column with no second validator. Problems are named by the file's
 * line and the column ({@code line 3: levels}). The answer is one row per appointment.
 */
final class ForecastCsv {
    /** The appointment's own id, then every field the appointment reader knows, nested ones flattened. */
    static final Set<String> COLUMNS = columns();
    static final List<String> ANSWER_COLUMNS = List.of("appointmentId", "codes", "allowed", "payerPays", "patientPays", "atRisk", "reasons");
    private static final String ID = "appointmentId";
    private static final String COVERAGE = "coverage";
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setHeader(ANSWER_COLUMNS.toArray(String[]::new)).get();

    private ForecastCsv() {}

    private static Set<String> columns() {
        Set<String> columns = new TreeSet<>(AppointmentReader.FIELDS);
        columns.remove(COVERAGE);
        columns.addAll(AppointmentReader.COVERAGE_FIELDS);
        columns.add(ID);
        return Set.copyOf(columns);
    }

    static ForecastRequest read(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("body", "a CSV file with a header row naming the columns is required");
        }
        JsonFields problems = new JsonFields(FieldRules.MAX_REPORTED_ERRORS, false);
        List<RevenueForecast.Planned> planned = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(records.next(), problems);
            Map<String, Integer> idLines = new HashMap<>();
            long lineBefore = parser.getCurrentLineNumber(); // the record that ended there started on the next line
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) lineBefore + 1;
                lineBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (lines.size() == RevenueForecast.MAX_APPOINTMENTS) {
                    throw new ProblemException(Problem.tooMany("appointments", RevenueForecast.MAX_APPOINTMENTS, "appointments"));
                }
                lines.add(line);
                if (record.size() != header.size()) {
                    problems.add("line " + line, "has " + record.size() + " cells; the header names " + header.size() + " columns");
                    continue;
                }
                RevenueForecast.Planned row = row(header, record, line, idLines, problems);
                if (row != null) {
                    planned.add(row);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // Commons CSV reports a quote that is never closed (or text after one) this way.
            throw new InvalidInputException("body", "is not valid CSV (RFC 4180): " + quoteProblem(e));
        }
        if (lines.isEmpty()) {
            problems.add("body", "holds no appointment: one row per appointment after the header row");
        }
        problems.throwIfAny();
        int[] lineOf = lines.stream().mapToInt(Integer::intValue).toArray();
        return new ForecastRequest(planned, (index, field) -> cell(lineOf[index], field), null);
    }

    /** The header's column names; any unknown or repeated one is refused before a row is read. */
    private static List<String> header(CSVRecord record, JsonFields problems) {
        List<String> header = new ArrayList<>(record.size());
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip(); // the byte-order mark spreadsheet programs write
            }
            header.add(name);
            if (name.isEmpty()) {
                problems.add("line 1", "column " + (i + 1) + " has no name");
            } else if (!COLUMNS.contains(name)) {
                problems.add(cell(1, JsonFields.safeName(name)), "is not a known column; the columns are " + String.join(", ", new TreeSet<>(COLUMNS)));
            } else if (!seen.add(name)) {
                problems.add(cell(1, name), "appears more than once");
            }
        }
        problems.throwIfAny();
        return header;
    }

    /** One row as the JSON object it stands for, decoded by the appointment reader; null when a cell is bad. */
    private static RevenueForecast.Planned row(List<String> header, CSVRecord record, int line, Map<String, Integer> idLines,
                                               JsonFields problems) {
        Map<String, Object> object = new LinkedHashMap<>();
        Map<String, Object> coverage = null;
        for (int i = 0; i < header.size(); i++) {
            String value = record.get(i);
            if (value.isEmpty()) {
                continue; // an empty cell is an absent field
            }
            String column = header.get(i);
            if (AppointmentReader.COVERAGE_FIELDS.contains(column)) {
                if (coverage == null) {
                    coverage = new LinkedHashMap<>();
                    object.put(COVERAGE, coverage);
                }
                coverage.put(column, value);
            } else {
                object.put(column, value);
            }
        }
        JsonFields fields = new JsonFields(Integer.MAX_VALUE, true);
        String id = fields.id(object, "", ID, true);
        Appointment appointment = AppointmentReader.read(object, "", fields, Set.of(ID));
        if (id != null) {
            Integer earlier = idLines.putIfAbsent(id, line);
            if (earlier != null) {
                fields.add(ID, "repeats the appointmentId of line " + earlier);
            }
        }
        for (FieldError e : fields.errors()) {
            problems.add(cell(line, e.field()), e.message());
        }
        return fields.count() == 0 ? new RevenueForecast.Planned(id, appointment) : null;
    }

    /** {@code line 3: levels} for the reader's {@code levels[1]}, {@code line 3: copay} for {@code coverage.copay}. */
    static String cell(int line, String field) {
        String f = field.startsWith(COVERAGE + ".") ? field.substring(COVERAGE.length() + 1) : field;
        int end = f.length();
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) == '.' || f.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return "line " + line + ": " + f.substring(0, end);
    }

    private static String quoteProblem(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("line (\\d+)").matcher(message);
        String where = line.find() ? " on line " + line.group(1) : "";
        return "a quoted cell" + where + " is not closed, or has text after its closing quote";
    }

    /** One row per appointment, in the order given: appointmentId, codes, allowed, payerPays, patientPays, atRisk, reasons. */
    static String write(Forecast forecast) {
        StringWriter out = new StringWriter(64 + forecast.appointments().size() * 80);
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            for (Forecast.AppointmentForecast a : forecast.appointments()) {
                printer.printRecord(a.appointmentId(), String.join(";", a.codes()), money(a.allowed()), money(a.payerPays()),
                        money(a.patientPays()), a.atRisk(), a.reasons().stream().map(AtRiskReason::code).collect(Collectors.joining(";")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter has no I/O to fail
        }
        return out.toString();
    }

    private static String money(BigDecimal amount) {
        return MoneyJson.money(amount).toPlainString();
    }
}
