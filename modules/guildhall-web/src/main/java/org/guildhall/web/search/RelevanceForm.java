package org.guildhall.web.search;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;
import jakarta.ws.rs.FormParam;

import org.guildhall.relevance.Tuning;

/** The relevance weights as typed on the admin page, with a message per field that is not a number in range. */
public record RelevanceForm(Map<String, String> values, Map<String, String> errors, Tuning tuning, long version, String sample) {

    static final String[] FIELDS = {"title", "tags", "body", "recencyBoost", "recencyDays", "thanksBoost", "staleFactor"};

    /** Bound from the posted form. */
    public static class Fields {
        @FormParam("title") public String title;
        @FormParam("tags") public String tags;
        @FormParam("body") public String body;
        @FormParam("recencyBoost") public String recencyBoost;
        @FormParam("recencyDays") public String recencyDays;
        @FormParam("thanksBoost") public String thanksBoost;
        @FormParam("staleFactor") public String staleFactor;
        @FormParam("version") public Long version;
        @FormParam("sample") public String sample;

        RelevanceForm read(Validator validator) {
            var typed = new LinkedHashMap<String, String>();
            typed.put("title", title);
            typed.put("tags", tags);
            typed.put("body", body);
            typed.put("recencyBoost", recencyBoost);
            typed.put("recencyDays", recencyDays);
            typed.put("thanksBoost", thanksBoost);
            typed.put("staleFactor", staleFactor);
            var errors = new LinkedHashMap<String, String>();
            var numbers = new LinkedHashMap<String, Double>();
            typed.forEach((field, value) -> {
                try {
                    numbers.put(field, Double.parseDouble(value == null ? "" : value.strip()));
                } catch (NumberFormatException e) {
                    errors.put(field, "Enter a number.");
                    numbers.put(field, 0.0);
                }
            });
            var tuning = new Tuning(numbers.get("title"), numbers.get("tags"), numbers.get("body"), numbers.get("recencyBoost"),
                    (int) Math.round(numbers.get("recencyDays")), numbers.get("thanksBoost"), numbers.get("staleFactor"));
            validator.validate(tuning).forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            return new RelevanceForm(typed, errors, tuning, version == null ? -1 : version, sample == null ? "" : sample.strip());
        }
    }

    static RelevanceForm of(Tuning tuning, long version, String sample) {
        var values = new LinkedHashMap<String, String>();
        values.put("title", number(tuning.title()));
        values.put("tags", number(tuning.tags()));
        values.put("body", number(tuning.body()));
        values.put("recencyBoost", number(tuning.recencyBoost()));
        values.put("recencyDays", String.valueOf(tuning.recencyDays()));
        values.put("thanksBoost", number(tuning.thanksBoost()));
        values.put("staleFactor", number(tuning.staleFactor()));
        return new RelevanceForm(values, Map.of(), tuning, version, sample == null ? "" : sample);
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
